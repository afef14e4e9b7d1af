const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });
const dateTimeFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

export function formatDate(iso: string | null | undefined) {
  return iso ? dateFormat.format(new Date(iso)) : '';
}

export function formatDateTime(iso: string | null | undefined) {
  return iso ? dateTimeFormat.format(new Date(iso)) : '';
}

/** "€60,000–80,000" from a yearly range; empty when the posting names no salary. */
export function formatSalaryRange(job: { salaryMin: number | null; salaryMax: number | null; salaryCurrency: string | null }) {
  const { salaryMin, salaryMax, salaryCurrency } = job;
  if (salaryMin === null && salaryMax === null) return '';
  const money = new Intl.NumberFormat(undefined, {
    style: salaryCurrency ? 'currency' : 'decimal',
    ...(salaryCurrency ? { currency: salaryCurrency } : {}),
    maximumFractionDigits: 0,
  });
  if (salaryMin !== null && salaryMax !== null && salaryMin !== salaryMax) return `${money.format(salaryMin)}–${money.format(salaryMax)} a year`;
  return `${money.format(salaryMin ?? salaryMax!)} a year`;
}

export function formatUsd(amount: number) {
  return new Intl.NumberFormat(undefined, { style: 'currency', currency: 'USD', minimumFractionDigits: 2, maximumFractionDigits: 4 }).format(amount);
}

/** "1 job", "3 jobs". */
export function countOf(count: number, singular: string, plural = `${singular}s`) {
  return `${count} ${count === 1 ? singular : plural}`;
}
