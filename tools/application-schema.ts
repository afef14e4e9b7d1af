import { z } from 'zod';
import { applicationStatuses, type applications } from '../db/schema.ts';

type Application = typeof applications.$inferSelect;

export const applicationStatusSchema = z
  .enum(applicationStatuses)
  .describe('Pipeline stage: saved, applied, interviewing, offer, accepted, rejected or withdrawn');

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
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});

export type ApplicationView = z.infer<typeof applicationSchema>;

/** Shapes a stored application for tool output; the owner's id stays out of it. */
export function toApplicationView({ userId: _owner, createdAt, updatedAt, ...fields }: Application): ApplicationView {
  return { ...fields, createdAt: createdAt.toISOString(), updatedAt: updatedAt.toISOString() };
}
