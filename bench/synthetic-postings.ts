import type { Posting } from '../tools/jobs/posting.ts';
import { benefits, companyWords, industries, places, professions, requirementPhrasings, seniorities } from './posting-templates.ts';
import type { Random } from './random.ts';

export interface SyntheticPosting {
  posting: Posting;
  /** The profession and title the posting was made from; postings of one cluster read alike. */
  cluster: string;
}

const seniorityPool = seniorities.flatMap((seniority) => Array<typeof seniority>(seniority.weight).fill(seniority));
const dayMilliseconds = 24 * 60 * 60 * 1000;

function workplace(random: Random) {
  const roll = random.next();
  return roll < 0.3 ? 'remote' : roll < 0.65 ? 'hybrid' : 'onsite';
}

function employmentType(random: Random) {
  const roll = random.next();
  return roll < 0.8 ? 'Full-time' : roll < 0.9 ? 'Contract' : roll < 0.95 ? 'Part-time' : 'Internship';
}

/**
 * Postings that read like real ones: a profession's title at some seniority, a company, a city or
 * remote region, pay in the local currency for about 60%, and a description with the usual
 * sections (about us, duties, requirements, nice to have, benefits). Deterministic for a seed.
 */
export function syntheticPostings(random: Random, count: number, options: { now: Date }): SyntheticPosting[] {
  return Array.from({ length: count }, (_, index) => {
    const profession = random.pick(professions);
    const titleIndex = random.integer(0, profession.titles.length - 1);
    const seniority = random.pick(seniorityPool);
    const title = [seniority.prefix, profession.titles[titleIndex]].filter(Boolean).join(' ');
    const second = random.pick(companyWords.second);
    const company = `${random.pick(companyWords.first)} ${second}`;
    const place = random.pick(places);
    const workplaceType = workplace(random);
    const locations =
      workplaceType === 'remote' ? [`Remote - ${place.currency === 'USD' ? 'US' : 'Europe'}`] : [`${place.city}, ${place.country}`];

    const [required, preferred] = [random.sample(profession.skills, 6).slice(0, 4), random.sample(profession.skills, 2)];
    const niceToHave = preferred.filter((skill) => !required.includes(skill));
    const description = [
      'About us',
      `${company} is ${industries[second]}. We are ${random.integer(20, 2000)} people across ${random.integer(1, 12)} offices.`,
      "What you'll do",
      ...random.sample(profession.duties, 3).map((duty) => `- ${duty[0]!.toUpperCase()}${duty.slice(1)}.`),
      'Requirements',
      ...(seniority.years > 0 ? [`- ${seniority.years}+ years of experience as a ${profession.titles[titleIndex]}.`] : []),
      ...required.map((skill) => `- ${random.pick(requirementPhrasings)(skill)}.`),
      ...(niceToHave.length ? ['Nice to have', ...niceToHave.map((skill) => `- ${skill}`)] : []),
      'Benefits',
      ...random.sample(benefits, 3).map((benefit) => `- ${benefit[0]!.toUpperCase()}${benefit.slice(1)}`),
    ].join('\n');

    const paid = random.next() < 0.6;
    const midpoint = Math.round(profession.basePay * seniority.payFactor * place.payFactor * (0.9 + random.next() * 0.2)) * 1000;
    const publishedAt = new Date(options.now.getTime() - random.integer(0, 90) * dayMilliseconds);
    return {
      cluster: `${profession.key}/${titleIndex}`,
      posting: {
        source: 'greenhouse',
        externalId: `bench-${index}`,
        company,
        title,
        locations,
        workplaceType,
        employmentType: employmentType(random),
        salaryMin: paid ? Math.round(midpoint * 0.9) : null,
        salaryMax: paid ? Math.round(midpoint * 1.15) : null,
        salaryCurrency: paid ? place.currency : null,
        description,
        url: `https://boards.example.test/${company.toLowerCase().replace(/\s+/g, '-')}/jobs/${index}`,
        applyUrl: null,
        publishedAt,
        updatedAt: publishedAt,
      },
    };
  });
}
