import { decodeHTML } from 'entities';
import { z } from 'zod';
import { htmlToPlainText, looksEntityEscaped } from './html-to-plain-text.ts';
import { distinctLocations, toDate, workplaceTypeFromText, type Posting } from './posting.ts';
import { salaryFromText } from './salary-from-text.ts';
import { noSalary, yearlySalary, type SalaryInterval } from './yearly-salary.ts';

// Pages in the wild get schema.org wrong in every way: a field that does not parse is dropped, not fatal.
const lenient = <Schema extends z.ZodType>(schema: Schema) => schema.optional().catch(undefined);
// Microdata and some JSON-LD repeat a single-valued property; the first value wins.
const firstOf = <Schema extends z.ZodType>(schema: Schema) =>
  z.preprocess((value) => (Array.isArray(value) ? value[0] : value), schema);
const oneOrMany = <Schema extends z.ZodType>(schema: Schema) =>
  z.preprocess((value) => (Array.isArray(value) ? value : [value]), z.array(schema));

const text = firstOf(z.union([z.string(), z.number()]).transform(String));
const amount = firstOf(z.union([z.number(), z.string().trim().min(1).pipe(z.coerce.number())]));
const named = z.union([z.string(), z.object({ name: lenient(text) }).transform((value) => value.name)]);

const postalAddressSchema = z.union([
  z.string(),
  z.object({
    addressLocality: lenient(text),
    addressRegion: lenient(text),
    addressCountry: lenient(firstOf(named)),
  }),
]);
const placeSchema = z.object({ name: lenient(text), address: lenient(firstOf(postalAddressSchema)) });

const quantitativeValueSchema = z.object({
  value: lenient(amount),
  minValue: lenient(amount),
  maxValue: lenient(amount),
  unitText: lenient(text),
});

/** The schema.org JobPosting properties Atlas reads (https://schema.org/JobPosting). */
export const schemaOrgJobPostingSchema = z.object({
  title: text.pipe(z.string().trim().min(1)),
  description: lenient(text),
  datePosted: lenient(text),
  dateModified: lenient(text),
  employmentType: lenient(oneOrMany(text)),
  hiringOrganization: lenient(firstOf(named)),
  jobLocation: lenient(oneOrMany(placeSchema.catch({}))),
  jobLocationType: lenient(oneOrMany(text)),
  applicantLocationRequirements: lenient(oneOrMany(named.catch(undefined))),
  baseSalary: lenient(
    firstOf(
      z.object({
        currency: lenient(text),
        value: lenient(firstOf(z.union([amount.transform((value) => ({ value })), quantitativeValueSchema]))),
      }),
    ),
  ),
  url: lenient(text),
});
type SchemaOrgJobPosting = z.infer<typeof schemaOrgJobPostingSchema>;

const salaryUnits = new Set<string>(['HOUR', 'DAY', 'WEEK', 'MONTH', 'YEAR']);

function salaryRange(salary: SchemaOrgJobPosting['baseSalary']) {
  const value = salary?.value;
  if (!value) return noSalary;
  const unit = 'unitText' in value ? value.unitText?.toUpperCase() : undefined;
  return yearlySalary({
    min: ('minValue' in value ? value.minValue : undefined) ?? value.value,
    max: ('maxValue' in value ? value.maxValue : undefined) ?? value.value,
    currency: salary.currency,
    interval: unit && salaryUnits.has(unit) ? (unit as SalaryInterval) : null,
  });
}

function locationName(place: z.infer<typeof placeSchema>): string | undefined {
  const address = place.address;
  if (typeof address === 'string') return address;
  const parts = [address?.addressLocality, address?.addressRegion, address?.addressCountry].filter(Boolean);
  return parts.length > 0 ? parts.join(', ') : place.name;
}

/** Titles and names in JSON-LD are plain text, yet pages often leave entities in them ("R&amp;D"). */
const plain = (value: string) => decodeHTML(value).replace(/\s+/g, ' ').trim();

/** The hiring organisation a schema.org JobPosting names, or null. */
export function hiringOrganizationName(data: unknown): string | null {
  const parsed = schemaOrgJobPostingSchema.safeParse(data);
  return parsed.success ? plain(parsed.data.hiringOrganization ?? '') || null : null;
}

/** Maps one schema.org JobPosting (from JSON-LD or microdata) found on `pageUrl` to a posting. */
export function postingFromSchemaOrg(data: unknown, pageUrl: URL): Posting | null {
  const parsed = schemaOrgJobPostingSchema.safeParse(data);
  if (!parsed.success) return null;
  const posting = parsed.data;
  const remote = posting.jobLocationType?.some((type) => type.toUpperCase() === 'TELECOMMUTE') ?? false;
  const locations = distinctLocations(
    (posting.jobLocation ?? []).map(locationName).concat(remote ? (posting.applicantLocationRequirements ?? []) : []),
  );
  const description = htmlToPlainText(posting.description ?? '', { escaped: looksEntityEscaped(posting.description ?? '') });
  // baseSalary when the page gives one; many pages state pay only in the description.
  const salary = salaryRange(posting.baseSalary);
  const url = pageUrl.href.split('#')[0]!;
  return {
    source: 'web',
    externalId: url,
    company: plain(posting.hiringOrganization ?? '') || pageUrl.hostname,
    title: plain(posting.title),
    locations,
    workplaceType: remote ? 'remote' : workplaceTypeFromText(locations.join(' ')),
    employmentType: posting.employmentType?.join(', ') || null,
    ...(salary !== noSalary ? salary : yearlySalary(salaryFromText(description) ?? {})),
    description,
    url,
    applyUrl: url,
    publishedAt: toDate(posting.datePosted),
    updatedAt: toDate(posting.dateModified ?? posting.datePosted),
  };
}
