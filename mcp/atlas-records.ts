import { desc, eq, gte } from 'drizzle-orm';
import { z } from 'zod';
import type { Transaction } from '../db/database.ts';
import { applications, applicationStatusHistory, briefings, jobs } from '../db/schema.ts';
import { withUser } from '../db/with-user.ts';
import { toApplicationView } from '../tools/application-schema.ts';
import { getCv } from '../tools/get-cv.ts';
import { listApplications } from '../tools/list-applications.ts';
import { runTool, type ToolCaller } from '../tools/run-tool.ts';

/** Most applications a resource or prompt carries; a larger pipeline shows its most recently updated. */
const pipelineLimit = 200;
const uuidSchema = z.uuid();

/**
 * The user's records that resources and prompts attach. Reads that a tool already makes go through
 * the tool (and so through runTool's row-level security and audit log); the rest run as the user too.
 */
export function atlasRecords(caller: ToolCaller) {
  const asUser = <Result>(work: (tx: Transaction) => Promise<Result>) => withUser(caller.database, caller.userId, work);

  return {
    async cv() {
      const { cv } = await runTool(getCv, {}, caller);
      return cv;
    },

    pipeline: () => runTool(listApplications, { limit: pipelineLimit }, caller),

    /** A posting in the shared catalogue (any user may read any posting), or undefined when there is none. */
    async job(id: string) {
      if (!uuidSchema.safeParse(id).success) return undefined;
      const [job] = await asUser((tx) => tx.select().from(jobs).where(eq(jobs.id, id)));
      return job;
    },

    /** One of the user's applications, or undefined when the id names none of theirs. */
    async application(id: string) {
      if (!uuidSchema.safeParse(id).success) return undefined;
      const [application] = await asUser((tx) => tx.select().from(applications).where(eq(applications.id, id)));
      return application && toApplicationView(application);
    },

    /** The latest weekly briefing's week and text, or undefined when none was written yet. */
    async latestBriefing() {
      const [latest] = await asUser((tx) =>
        tx.select({ weekOf: briefings.weekOf, text: briefings.text }).from(briefings).orderBy(desc(briefings.weekOf)).limit(1),
      );
      return latest;
    },

    /** Status changes since a moment, newest first, with the application each belongs to. */
    statusChangesSince(since: Date) {
      return asUser((tx) =>
        tx
          .select({
            company: applications.company,
            title: applications.title,
            fromStatus: applicationStatusHistory.fromStatus,
            toStatus: applicationStatusHistory.toStatus,
            changedAt: applicationStatusHistory.changedAt,
          })
          .from(applicationStatusHistory)
          .innerJoin(applications, eq(applications.id, applicationStatusHistory.applicationId))
          .where(gte(applicationStatusHistory.changedAt, since))
          .orderBy(desc(applicationStatusHistory.changedAt)),
      );
    },
  };
}

export type AtlasRecords = ReturnType<typeof atlasRecords>;
