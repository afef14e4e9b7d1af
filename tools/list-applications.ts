import { and, desc, eq, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import { applications } from '../db/schema.ts';
import { applicationSchema, applicationStatusSchema, toApplicationView } from './application-schema.ts';
import { defineTool } from './define-tool.ts';
import { storableText } from './storable-input.ts';

export const listApplications = defineTool({
  name: 'listApplications',
  title: 'List applications',
  description:
    "List the jobs in the user's pipeline, most recently updated first. Filter by status or application group; with no filter, returns the whole pipeline.",
  effect: 'read',
  input: z.object({
    status: applicationStatusSchema.optional().describe('Only applications at this pipeline stage'),
    group: storableText().trim().min(1).max(100).optional().describe('Only applications in this group (exact name)'),
    limit: z.number().int().min(1).max(200).default(50).describe('At most this many applications'),
  }),
  output: z.object({
    applications: z.array(applicationSchema),
    total: z.number().int().describe('How many applications matched, before the limit'),
  }),
  async run({ status, group, limit }, { db }) {
    const filters: SQL[] = [];
    if (status) filters.push(eq(applications.status, status));
    if (group) filters.push(eq(applications.group, group));
    const rows = await db
      .select()
      .from(applications)
      .where(and(...filters))
      .orderBy(desc(applications.updatedAt), desc(applications.createdAt));
    return { applications: rows.slice(0, limit).map(toApplicationView), total: rows.length };
  },
});
