import { statedYearsOfExperience } from './years-of-experience.ts';

export const seniorityLevels = ['intern', 'junior', 'mid', 'senior', 'lead', 'principal'] as const;
export type Seniority = (typeof seniorityLevels)[number];

// Checked from the most senior down, so "Senior Staff Engineer" reads as lead. The years are the
// usual floor for the level when the posting itself states none.
const titleLevels: { level: Seniority; pattern: RegExp; typicalYears: number }[] = [
  { level: 'principal', pattern: /\b(principal|head of|director|vp|vice president|chief)\b/i, typicalYears: 10 },
  { level: 'lead', pattern: /\b(lead|staff)\b/i, typicalYears: 7 },
  { level: 'senior', pattern: /\b(senior|sr\.?)(?=\s|$)/i, typicalYears: 5 },
  { level: 'mid', pattern: /\b(mid[\s-]?level|intermediate)\b/i, typicalYears: 2 },
  { level: 'junior', pattern: /\b(junior|jr\.?|entry[\s-]level|graduate)(?=\s|$)/i, typicalYears: 0 },
  { level: 'intern', pattern: /\b(intern|internship|trainee|apprentice)\b/i, typicalYears: 0 },
];

export function seniorityOfTitle(title: string) {
  return titleLevels.find(({ pattern }) => pattern.test(title)) ?? null;
}

// Someone with this many more years than an entry-level role asks for may be passed over.
const overqualifiedMargin = 6;

export interface ExperienceFit {
  seniority: Seniority | null;
  requiredYears: number | null;
  cvYears: number | null;
  /** 0–1; null when either side is unknown. */
  fit: number | null;
  note: string;
}

/** How the candidate's years compare with what the posting asks, stated or implied by its title. */
export function experienceFit(options: { title: string; requiredText: string; cvYears: number | null }): ExperienceFit {
  const { cvYears } = options;
  const level = seniorityOfTitle(options.title);
  const statedYears = statedYearsOfExperience(options.requiredText);
  const requiredYears = statedYears ?? level?.typicalYears ?? null;
  const seniority = level?.level ?? null;
  const asked = statedYears !== null ? `${statedYears}+ years asked` : level ? `a title at ${level.level} level` : null;
  if (cvYears === null) {
    return { seniority, requiredYears, cvYears, fit: null, note: 'The CV states no dates or years of experience to compare' };
  }
  if (requiredYears === null || asked === null) {
    const note = `The posting states no experience level; the CV shows about ${cvYears} years`;
    return { seniority, requiredYears, cvYears, fit: null, note };
  }
  if (cvYears < requiredYears) {
    const fit = Math.round((cvYears / requiredYears) * 1000) / 1000;
    return { seniority, requiredYears, cvYears, fit, note: `About ${cvYears} years in the CV for ${asked}` };
  }
  const entryLevel = seniority === 'junior' || seniority === 'intern';
  if (entryLevel && cvYears >= requiredYears + overqualifiedMargin) {
    const note = `About ${cvYears} years in the CV for a role at ${seniority} level: may read as overqualified`;
    return { seniority, requiredYears, cvYears, fit: 0.7, note };
  }
  return { seniority, requiredYears, cvYears, fit: 1, note: `About ${cvYears} years in the CV meets ${asked}` };
}
