import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { applicationStatusHistory, applications } from '../db/schema.ts';
import { applicationSchema, applicationStatusSchema, toApplicationView } from './application-schema.ts';
import { defineTool } from './define-tool.ts';
import { NotFoundError, ValidationError } from './errors.ts';
import { storableText } from './storable-input.ts';

export const updateApplication = defineTool({
  name: 'updateApplication',
  title: 'Update an application',
  description:
    "Change the status, notes or group of one application in the user's pipeline. A status change is recorded in the application's history. Only applications the user already tracks can be changed.",
  effect: 'write',
  destructive: true,
  idempotent: true,
  input: z.object({
    applicationId: z.uuid().describe('The id of the application, as listApplications returns it'),
    status: applicationStatusSchema.optional().describe('The new pipeline stage'),
    notes: storableText().max(10_000).optional().describe("Replaces the application's notes"),
    group: storableText().trim().min(1).max(100).optional().describe('Moves the application to this group'),
  }),
  output: z.object({
    application: applicationSchema,
    statusChanged: z.boolean().describe('True when this call changed the status'),
  }),
  async run({ applicationId, status, notes, group }, { db, actor, now }) {
    if (status === undefined && notes === undefined && group === undefined) {
      throw new ValidationError('Nothing to update: give a status, notes or group', [
        { path: 'status', message: 'status, notes or group is required' },
      ]);
    }
    const [current] = await db.select().from(applications).where(eq(applications.id, applicationId)).for('update');
    if (!current) throw new NotFoundError('Application', applicationId);

    const [updated] = await db
      .update(applications)
      .set({ status, notes, group, updatedAt: now() })
      .where(eq(applications.id, applicationId))
      .returning();
    if (!updated) throw new NotFoundError('Application', applicationId);

    const statusChanged = status !== undefined && status !== current.status;
    if (statusChanged) {
      await db.insert(applicationStatusHistory).values({
        userId: current.userId,
        applicationId,
        fromStatus: current.status,
        toStatus: status,
        actor,
        changedAt: now(),
      });
    }
    return { application: toApplicationView(updated), statusChanged };
  },
});
