import { z } from 'zod';
import { applicationStatuses, type applications } from '../db/schema.ts';
import { workplaceTypeSchema } from './jobs/posting.ts';

type Application = typeof applications.$inferSelect;

export const applicationStatusSchema = z
  .enum(applicationStatuses)
  .describe('Pipeline stage: saved, applied, interviewing, offer, accepted, rejected or withdrawn');

/** A posting's details as the user saved them from a page: theirs alone, never the catalogue's. */
export const applicationPostingSchema = z.object({
  locations: z.array(z.string()),
  workplaceType: workplaceTypeSchema.nullable(),
  employmentType: z.string().nullable(),
  salaryMin: z.number().nullable(),
  salaryMax: z.number().nullable(),
  salaryCurrency: z.string().nullable(),
});
export type ApplicationPosting = z.infer<typeof applicationPostingSchema>;

/** An application as tools return it. */
export const applicationSchema = z.object({
  id: z.uuid(),
  company: z.string(),
  title: z.string(),
  url: z.string().nullable(),
  group: z.string().describe('The application group the user files this under'),
  status: applicationStatusSchema,
  notes: z.string(),
  jobId: z.uuid().nullable(),
  posting: applicationPostingSchema.optional().describe('Places, remote, contract and pay as saved from the page, when saved with the browser extension'),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});

export type ApplicationView = z.infer<typeof applicationSchema>;

/** Shapes a stored application for tool output; the owner's id stays out of it. */
export function toApplicationView({ userId: _owner, posting, createdAt, updatedAt, ...fields }: Application): ApplicationView {
  return {
    ...fields,
    // Left out, not null, when there is none: most applications are of a catalogue job, whose details are there.
    ...(posting ? { posting: applicationPostingSchema.parse(posting) } : {}),
    createdAt: createdAt.toISOString(),
    updatedAt: updatedAt.toISOString(),
  };
}
