import { readdirSync, readFileSync } from 'node:fs';
import { z } from 'zod';

export const levels = ['intern', 'junior', 'mid', 'senior', 'lead', 'principal'] as const;
const levelSchema = z.enum(levels);
const countrySchema = z.string().regex(/^[A-Z]{2}$/, 'an ISO 3166 alpha-2 code');
const contractSchema = z.enum(['full-time', 'part-time', 'contract', 'temporary', 'internship']);
const paySchema = z.object({
  min: z.number().positive().nullable(),
  max: z.number().positive().nullable(),
  currency: z.string().regex(/^[A-Z]{3}$/),
  period: z.enum(['hour', 'month', 'year']),
});

const cvTruthSchema = z.object({
  occupation: z.string(),
  neighbours: z.array(z.string()),
  level: levelSchema,
  city: z.string(),
  country: countrySchema,
  /** Countries the person may work in without a visa; "EU" stands for the EU/EEA and Switzerland. */
  authorisedCountries: z.array(z.string()).min(1),
  relocate: z.boolean(),
  skills: z.array(z.string()),
  languages: z.array(z.string().regex(/^[a-z]{2}$/)).min(1),
});

const postingTruthSchema = z.object({
  occupation: z.string(),
  level: levelSchema,
  city: z.string().nullable(),
  country: countrySchema.nullable(),
  workplace: z.enum(['onsite', 'hybrid', 'remote']),
  /** Where a remote employer hires from: ISO codes, "EU", or "*" for anywhere. */
  remoteCountries: z.array(z.string()),
  sponsorship: z.boolean(),
  skills: z.array(z.string()),
  languages: z.array(z.string().regex(/^[a-z]{2}$/)).min(1),
  pay: paySchema.nullable(),
  contract: contractSchema,
});

const requestTruthSchema = z.object({
  occupations: z.array(z.string()).min(1),
  neighbours: z.array(z.string()),
  level: levelSchema.nullable(),
  /** Where the person wants to work: a city in a country, or a whole country (city null). */
  places: z.array(z.object({ city: z.string().nullable(), country: z.string() })),
  /** "required": only remote work; the country it must be open to is `remoteFrom`. */
  remote: z.enum(['required', 'allowed']).nullable(),
  remoteFrom: z.string().nullable(),
  skills: z.array(z.string()),
  salaryFloor: paySchema.pick({ currency: true, period: true }).extend({ amount: z.number().positive() }).nullable(),
  contract: contractSchema.nullable(),
  postedWithinDays: z.number().int().positive().nullable(),
});

const cvSchema = z.object({ id: z.string(), file: z.string(), truth: cvTruthSchema });
const postingSchema = z.object({
  id: z.string(),
  title: z.string().min(1),
  company: z.string().min(1),
  locations: z.array(z.string()),
  workplaceType: z.enum(['onsite', 'hybrid', 'remote']).nullable(),
  employmentType: z.string().nullable(),
  salary: paySchema.nullable().describe('Only pay the source gives as structured fields; pay stated in the text is in the description only'),
  postedDaysAgo: z.number().int().min(0),
  description: z.string().min(1),
  truth: postingTruthSchema,
});
const requestSchema = z.object({ id: z.string(), text: z.string().min(1), truth: requestTruthSchema });

const dataFileSchema = z.object({
  _source: z.string(),
  skills: z.record(z.string(), z.record(z.string(), z.string())),
  cvs: z.array(cvSchema),
  postings: z.array(postingSchema),
  requests: z.array(requestSchema),
});

export type BenchmarkCv = z.infer<typeof cvSchema> & { text: string; group: string };
export type BenchmarkPosting = z.infer<typeof postingSchema> & { group: string };
export type BenchmarkRequest = z.infer<typeof requestSchema> & { group: string };
export type CvTruth = z.infer<typeof cvTruthSchema>;
export type PostingTruth = z.infer<typeof postingTruthSchema>;
export type RequestTruth = z.infer<typeof requestTruthSchema>;

export interface BenchmarkSet {
  cvs: BenchmarkCv[];
  postings: BenchmarkPosting[];
  requests: BenchmarkRequest[];
}

const folder = new URL('./', import.meta.url);

/** Every data file of the set (or only the one named), parsed and checked: ids unique, occupations known, CV files present. */
export function loadBenchmarkSet(options: { only?: string } = {}): BenchmarkSet {
  const occupations = z
    .object({ professions: z.record(z.string(), z.array(z.string())), hardNegatives: z.array(z.string()) })
    .parse(JSON.parse(readFileSync(new URL('occupations.json', folder), 'utf8')));
  const known = new Set([...Object.values(occupations.professions).flat(), ...occupations.hardNegatives]);
  const set: BenchmarkSet = { cvs: [], postings: [], requests: [] };
  for (const name of readdirSync(new URL('data/', folder)).filter((file) => file.endsWith('.json') && (!options.only || file === options.only)).sort()) {
    const group = name.replace(/\.json$/, '');
    const data = dataFileSchema.parse(JSON.parse(readFileSync(new URL(`data/${name}`, folder), 'utf8')));
    set.cvs.push(...data.cvs.map((cv) => ({ ...cv, group, text: readFileSync(new URL(cv.file, folder), 'utf8') })));
    set.postings.push(...data.postings.map((posting) => ({ ...posting, group })));
    set.requests.push(...data.requests.map((request) => ({ ...request, group })));
  }
  const ids = [...set.cvs, ...set.postings, ...set.requests].map((item) => item.id);
  const repeated = ids.filter((id, index) => ids.indexOf(id) !== index);
  if (repeated.length > 0) throw new Error(`Ids used twice: ${repeated.join(', ')}`);
  const named = [
    ...set.cvs.flatMap((cv) => [cv.truth.occupation, ...cv.truth.neighbours]),
    ...set.postings.map((posting) => posting.truth.occupation),
    ...set.requests.flatMap((request) => [...request.truth.occupations, ...request.truth.neighbours]),
  ];
  const unknown = [...new Set(named.filter((occupation) => !known.has(occupation)))];
  if (unknown.length > 0) throw new Error(`Occupations not in occupations.json: ${unknown.join(', ')}`);
  return set;
}
