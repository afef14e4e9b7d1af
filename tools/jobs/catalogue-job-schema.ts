import { z } from 'zod';
import { postingSourceSchema, workplaceTypeSchema } from './posting.ts';
import type { CatalogueJob } from './catalogue.ts';

/** A posting in the shared catalogue, as tools return it. */
export const catalogueJobSchema = z.object({
  id: z.uuid(),
  source: postingSourceSchema,
  externalId: z.string(),
  company: z.string(),
  title: z.string(),
  locations: z.array(z.string()),
  workplaceType: workplaceTypeSchema.nullable(),
  employmentType: z.string().nullable(),
  salaryMin: z.number().int().nullable().describe('Yearly, in salaryCurrency'),
  salaryMax: z.number().int().nullable().describe('Yearly, in salaryCurrency'),
  salaryCurrency: z.string().nullable(),
  description: z.string(),
  url: z.string().nullable(),
  applyUrl: z.string().nullable(),
  publishedAt: z.iso.datetime().nullable(),
  updatedAt: z.iso.datetime().nullable(),
  closedAt: z.iso.datetime().nullable().describe('When the board stopped listing it; null while open'),
  duplicateOf: z.uuid().nullable().describe('The id of the same role imported earlier from another source'),
});

export type CatalogueJobView = z.infer<typeof catalogueJobSchema>;

const isoOrNull = (date: Date | null) => date?.toISOString() ?? null;

/** Shapes a catalogue row for tool output. */
export function toCatalogueJobView(job: CatalogueJob): CatalogueJobView {
  return {
    id: job.id,
    source: postingSourceSchema.parse(job.source),
    externalId: job.externalId,
    company: job.company,
    title: job.title,
    locations: job.locations,
    workplaceType: workplaceTypeSchema.nullable().catch(null).parse(job.workplaceType),
    employmentType: job.employmentType,
    salaryMin: job.salaryMin,
    salaryMax: job.salaryMax,
    salaryCurrency: job.salaryCurrency,
    description: job.description,
    url: job.url,
    applyUrl: job.applyUrl,
    publishedAt: isoOrNull(job.publishedAt),
    updatedAt: isoOrNull(job.updatedAt),
    closedAt: isoOrNull(job.closedAt),
    duplicateOf: job.duplicateOf,
  };
}
