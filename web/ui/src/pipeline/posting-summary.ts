import type { Application } from '../tool-types.ts';

type ApplicationPosting = NonNullable<Application['posting']>;

const workplaceWords: Record<NonNullable<ApplicationPosting['workplaceType']>, string> = { remote: 'Remote', hybrid: 'Hybrid', onsite: 'On-site' };

/**
 * One line of what an application saved from a page keeps of its posting: places, remote, contract
 * and pay. The pay has no period: a page may give it a year, a month or a day.
 */
export function postingSummary(posting: ApplicationPosting): string {
  const { salaryMin, salaryMax, salaryCurrency } = posting;
  const money = (amount: number) =>
    salaryCurrency ? new Intl.NumberFormat('en', { style: 'currency', currency: salaryCurrency, maximumFractionDigits: 0 }).format(amount) : amount.toLocaleString('en');
  const pay =
    salaryMin !== null && salaryMax !== null && salaryMin !== salaryMax ? `${money(salaryMin)}–${money(salaryMax)}` : salaryMin !== null || salaryMax !== null ? money((salaryMin ?? salaryMax)!) : null;
  return [posting.locations.join('; '), posting.workplaceType && workplaceWords[posting.workplaceType], posting.employmentType, pay].filter(Boolean).join(' · ');
}
