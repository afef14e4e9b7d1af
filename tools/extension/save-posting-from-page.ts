import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { applicationStatusHistory, applications } from '../../db/schema.ts';
import { applicationSchema, applicationStatusSchema, toApplicationView, type ApplicationPosting } from '../application-schema.ts';
import { defineTool } from '../define-tool.ts';
import { boardPostingAddress } from '../jobs/board-posting-url.ts';
import { savePosting } from '../jobs/catalogue.ts';
import { storableText, webAddress } from '../storable-input.ts';
import { boardPostingOrNull } from './board-posting.ts';
import { findPageApplication, findPageJob, pageAddress } from './find-page-application.ts';
import { pagePostingSchema } from './page-posting-schema.ts';

/**
 * Saves the posting the browser extension shows into the user's pipeline, with the user's corrections,
 * group, stage and note; saving it again updates the same application. Only what Atlas fetched itself
 * from a public address joins the shared catalogue: a hosted board posting, re-read from the board's
 * API. A posting read from the user's page (its markup or text) or typed by them stays theirs, as an
 * application with the details they saw and no catalogue job, unless Atlas already has the job there.
 * Not a model tool: the extension's endpoint calls it.
 */
export const savePostingFromPage = defineTool({
  name: 'savePostingFromPage',
  title: 'Save the job posting on a page',
  description: "Saves the posting the browser extension shows into the user's pipeline, or updates the application it already has.",
  effect: 'write',
  input: z.object({
    url: webAddress().max(2000),
    posting: pagePostingSchema,
    group: storableText().trim().min(1).max(100).optional().describe('Unset: General for a new application, unchanged for one already saved'),
    status: applicationStatusSchema.optional().describe('Unset: saved for a new application, unchanged for one already saved'),
    notes: storableText().max(10_000).optional(),
  }),
  output: z.object({ application: applicationSchema, created: z.boolean() }),
  async run({ url: pageUrl, posting, group, status, notes }, context) {
    const url = pageAddress(pageUrl);
    const { db, userId, actor } = context;
    const now = context.now();
    const onBoard = boardPostingAddress(new URL(url));
    // A board that is down or no longer lists the posting: the page's posting is saved as the user's own.
    const fetched = onBoard && (await boardPostingOrNull(context, onBoard));
    let job = await findPageJob(db, url);
    if (onBoard && fetched) {
      job = (await savePosting(db, fetched, { board: onBoard.board, now })).job;
      context.catalogueChanged?.();
    }
    const jobId = job?.id ?? null;
    const details: ApplicationPosting = {
      locations: posting.locations,
      workplaceType: posting.workplaceType,
      employmentType: posting.employmentType,
      salaryMin: posting.salaryMin,
      salaryMax: posting.salaryMax,
      salaryCurrency: posting.salaryCurrency,
    };

    const existing = await findPageApplication(db, { url, jobId });
    if (existing) {
      const [updated] = await db
        .update(applications)
        .set({ title: posting.title, company: posting.company, posting: details, group, status, notes, updatedAt: now })
        .where(eq(applications.id, existing.id))
        .returning();
      if (status !== undefined && existing.status !== status) {
        await db.insert(applicationStatusHistory).values({ userId, applicationId: existing.id, fromStatus: existing.status, toStatus: status, actor, changedAt: now });
      }
      return { application: toApplicationView(updated!), created: false };
    }
    const [created] = await db
      .insert(applications)
      .values({ userId, jobId, company: posting.company, title: posting.title, url, posting: details, group: group ?? 'General', status: status ?? 'saved', notes: notes ?? '', createdAt: now, updatedAt: now })
      .returning();
    await db.insert(applicationStatusHistory).values({ userId, applicationId: created!.id, fromStatus: null, toStatus: created!.status, actor, changedAt: now });
    return { application: toApplicationView(created!), created: true };
  },
});
