import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { applicationStatusHistory, applications, jobs } from '../db/schema.ts';
import { applicationSchema, applicationStatusSchema, toApplicationView } from './application-schema.ts';
import { defineTool } from './define-tool.ts';
import { NotFoundError } from './errors.ts';
import { storableText } from './storable-input.ts';

export const saveJob = defineTool({
  name: 'saveJob',
  title: 'Save a job to the pipeline',
  description:
    "Put a catalogue job into the user's pipeline, in a group and at a status (saved unless told otherwise). Saving a job that is already in the pipeline changes nothing and returns the application the user already has; use updateApplication to move it.",
  effect: 'write',
  idempotent: true,
  input: z.object({
    jobId: z.uuid().describe('The id of the catalogue job, as searchJobs returns it'),
    group: storableText().trim().min(1).max(100).default('General').describe('The application group to file it under'),
    status: applicationStatusSchema.default('saved').describe('The pipeline stage to start at'),
  }),
  output: z.object({
    application: applicationSchema,
    created: z.boolean().describe('False when the job was already in the pipeline'),
  }),
  async run({ jobId, group, status }, { db, userId, actor, now }) {
    const [job] = await db.select().from(jobs).where(eq(jobs.id, jobId));
    if (!job) throw new NotFoundError('Job', jobId);

    // The unique (user, job) index makes a second save a no-op, even when two arrive at once.
    const [created] = await db
      .insert(applications)
      .values({ userId, jobId, company: job.company, title: job.title, url: job.url ?? job.applyUrl, group, status })
      .onConflictDoNothing({ target: [applications.userId, applications.jobId] })
      .returning();
    if (created) {
      await db
        .insert(applicationStatusHistory)
        .values({ userId, applicationId: created.id, fromStatus: null, toStatus: status, actor, changedAt: now() });
      return { application: toApplicationView(created), created: true };
    }
    const [existing] = await db.select().from(applications).where(and(eq(applications.userId, userId), eq(applications.jobId, jobId)));
    return { application: toApplicationView(existing!), created: false };
  },
});
