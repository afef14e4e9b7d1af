import { sql, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import { storableInteger, storableText } from '../storable-input.ts';

export const employmentTypes = ['full-time', 'part-time', 'contract', 'temporary', 'internship'] as const;

/** The filters searchJobs takes; each narrows the catalogue before ranking. */
export const jobFiltersSchema = z.object({
  location: storableText()
    .trim()
    .min(1)
    .max(100)
    .optional()
    .describe('Only jobs whose listed location contains this place, e.g. "Berlin", "Germany" or "London"'),
  remoteOnly: z.boolean().optional().describe('Only fully remote jobs'),
  minimumSalary: storableInteger()
    .positive()
    .optional()
    .describe('Only jobs whose stated yearly salary (top of the range) reaches this amount; jobs that state no salary are left out'),
  salaryCurrency: z
    .string()
    .regex(/^[A-Z]{3}$/)
    .optional()
    .describe('ISO 4217 currency of minimumSalary, e.g. "EUR"; without it, amounts in any currency count'),
  postedWithinDays: z.number().int().min(1).max(365).optional().describe('Only jobs published in the last this many days'),
  company: storableText().trim().min(1).max(100).optional().describe('Only jobs at companies whose name contains this text (any case)'),
  employmentType: z.enum(employmentTypes).optional().describe('Only jobs of this kind of contract'),
});

export type JobFilters = z.infer<typeof jobFiltersSchema>;

// Sources word employment types freely ("Full-time", "FULL_TIME", "Permanent", "Contractor"), so
// both sides are compared as bare lower-case letters.
const employmentTypeWordings: Record<(typeof employmentTypes)[number], string[]> = {
  'full-time': ['fulltime%', 'permanent%'],
  'part-time': ['parttime%'],
  contract: ['contract%', 'freelance%'],
  temporary: ['temporary%', 'temp', 'seasonal%'],
  internship: ['intern%', 'apprentice%', 'trainee%'],
};

function containing(text: string) {
  return `%${text.replace(/[\\%_]/g, '\\$&')}%`;
}

/** What every search over `jobs` aliased `j` requires: closed postings and postings merged into another never reach a user. */
export const openPostingConditions: readonly SQL[] = [sql`j.closed_at is null`, sql`j.duplicate_of is null`];

/** The SQL conditions, over `jobs` aliased `j`, for each filter given; none when no filter narrows the search. */
export function jobFilterConditions(filters: JobFilters, now: Date): SQL[] {
  const conditions: SQL[] = [];
  if (filters.location) {
    // One match over the places joined by a control character, which is taken out of the filter so
    // that no match spans two places, rather than a subquery per posting: a third of the time on 100k
    // postings. `job_places_text` is that join as a function a trigram index serves (migration 0027).
    conditions.push(sql`job_places_text(j.locations) ilike ${containing(filters.location.replace(/\p{Cc}/gu, ''))}`);
  }
  if (filters.remoteOnly) conditions.push(sql`j.workplace_type = 'remote'`);
  if (filters.minimumSalary !== undefined) {
    conditions.push(sql`coalesce(j.salary_max, j.salary_min) >= ${filters.minimumSalary}`);
  }
  if (filters.salaryCurrency) conditions.push(sql`upper(j.salary_currency) = ${filters.salaryCurrency}`);
  if (filters.postedWithinDays !== undefined) {
    const since = new Date(now.getTime() - filters.postedWithinDays * 24 * 60 * 60 * 1000);
    // A posting without a publication date counts from when Atlas first saw it.
    conditions.push(sql`coalesce(j.published_at, j.created_at) >= ${since.toISOString()}::timestamptz`);
  }
  if (filters.company) conditions.push(sql`j.company ilike ${containing(filters.company)}`);
  if (filters.employmentType) {
    const wordings = employmentTypeWordings[filters.employmentType];
    conditions.push(
      sql`regexp_replace(lower(j.employment_type), '[^a-z]', '', 'g') like any (array[${sql.join(
        wordings.map((wording) => sql`${wording}`),
        sql`, `,
      )}])`,
    );
  }
  return conditions;
}
