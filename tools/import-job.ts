import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { applications, applicationStatuses } from '../db/schema.ts';
import { defineTool } from './define-tool.ts';
import { savePosting } from './jobs/catalogue.ts';
import { catalogueJobSchema, toCatalogueJobView } from './jobs/catalogue-job-schema.ts';
import { importPostingFromUrl } from './jobs/import-posting-from-url.ts';
import { requireJobSources } from './jobs/job-sources.ts';
import { webAddress } from './storable-input.ts';

export const importJob = defineTool({
  name: 'importJob',
  title: 'Import a job from a URL',
  description:
    'Import one job posting from its web address into the job catalogue and return it. Works with Greenhouse, Lever and Ashby posting pages and with any page that carries schema.org JobPosting data. Importing the same URL again updates the posting instead of duplicating it.',
  effect: 'write',
  openWorld: true,
  idempotent: true,
  input: z.object({
    url: webAddress().max(2000).describe('The address of the job posting page (http or https)'),
  }),
  output: z.object({
    job: catalogueJobSchema,
    outcome: z.enum(['added', 'updated', 'unchanged']).describe('What the import did to the catalogue'),
    application: z
      .object({ id: z.uuid(), status: z.enum(applicationStatuses) })
      .nullable()
      .describe("The user's application for this job when it is already in their pipeline; null when it is not saved"),
  }),
  async run({ url }, context) {
    const { posting, board } = await importPostingFromUrl(url, requireJobSources(context));
    const { job, outcome } = await savePosting(context.db, posting, { board, now: context.now() });
    if (outcome !== 'unchanged') context.catalogueChanged?.();
    const [application = null] = await context.db
      .select({ id: applications.id, status: applications.status })
      .from(applications)
      .where(eq(applications.jobId, job.id))
      .limit(1);
    return { job: toCatalogueJobView(job), outcome, application };
  },
});
