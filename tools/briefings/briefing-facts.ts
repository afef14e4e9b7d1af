import { and, asc, eq, gt, inArray, isNull, lte } from 'drizzle-orm';
import { z } from 'zod';
import type { Transaction } from '../../db/database.ts';
import { applications, applicationStatusHistory, searchHistory, tasks } from '../../db/schema.ts';
import type { ToolContext } from '../define-tool.ts';
import { listFollowUps } from '../gmail/follow-ups.ts';
import { searchJobs } from '../search-jobs.ts';
import { interviewsFromMail } from '../tasks/interviews-from-mail.ts';
import { stuckApplications } from '../tasks/task-suggestions.ts';
import { addDays, localClock } from './week.ts';

/** A job counts as one that fits when its match to the CV is at least this. */
export const fitScoreAtLeast = 70;
const jobsForYouCount = 3;

/** What a briefing is built from; every number and name in its text comes from here. */
export const briefingFactsSchema = z.object({
  weekOf: z.iso.date(),
  /** The user's day when it was written, in their time zone. */
  today: z.iso.date(),
  timeZone: z.string(),
  moved: z.array(z.object({ applicationId: z.uuid(), company: z.string(), title: z.string(), fromStatus: z.string().nullable(), toStatus: z.string(), changedAt: z.iso.datetime() })),
  stuck: z.array(z.object({ applicationId: z.uuid(), company: z.string(), title: z.string(), status: z.string(), idleDays: z.number().int() })),
  repliesAwaited: z.array(z.object({ draftId: z.uuid(), recipient: z.string(), subject: z.string(), daysWithoutReply: z.number().int() })),
  overdueFollowUps: z.array(z.object({ draftId: z.uuid(), recipient: z.string(), subject: z.string(), daysWithoutReply: z.number().int() })),
  interviewsAhead: z.array(z.object({ applicationId: z.uuid().nullable(), employer: z.string(), day: z.iso.date(), time: z.string().nullable() })),
  jobsForYou: z.array(z.object({ jobId: z.uuid(), title: z.string(), company: z.string(), score: z.number() })),
  tasksDue: z.array(z.object({ taskId: z.uuid(), title: z.string(), dueOn: z.iso.date() })),
  tasksOverdue: z.array(z.object({ taskId: z.uuid(), title: z.string(), dueOn: z.iso.date() })),
});
export type BriefingFacts = z.infer<typeof briefingFactsSchema>;

const weekMs = 7 * 24 * 60 * 60 * 1000;

/**
 * Gathers the facts of a user's week from their own data, under their row-level security: status
 * changes of the past seven days, applications stuck by the nudge rule, outreach awaiting a reply and
 * follow-ups past the reply clock, interviews the mail dates from today on, jobs for them from the
 * catalogue, and open tasks due by the end of the week or overdue.
 */
export async function gatherBriefingFacts(
  db: Transaction,
  options: { context: Omit<ToolContext, 'db'>; weekOf: string; timeZone: string; followUpAfterDays: number },
): Promise<BriefingFacts> {
  const { context, weekOf, timeZone, followUpAfterDays } = options;
  const now = context.now();
  const today = localClock(now, timeZone).day;
  const weekEnd = addDays(weekOf, 6);

  const moved = await db
    .select({ change: applicationStatusHistory, company: applications.company, title: applications.title })
    .from(applicationStatusHistory)
    .innerJoin(applications, eq(applications.id, applicationStatusHistory.applicationId))
    .where(and(gt(applicationStatusHistory.changedAt, new Date(now.getTime() - weekMs)), lte(applicationStatusHistory.changedAt, now)))
    .orderBy(asc(applicationStatusHistory.changedAt));

  const unanswered = await listFollowUps(db, { now, afterDays: 0 });
  const recipientOf = (followUp: (typeof unanswered)[number]) => followUp.recipientName ?? followUp.recipientEmail ?? 'the recipient';
  const toAwaited = (followUp: (typeof unanswered)[number]) => ({ draftId: followUp.draftId, recipient: recipientOf(followUp), subject: followUp.subject, daysWithoutReply: followUp.daysWithoutReply });

  const interviews = (await interviewsFromMail(db))
    .filter((interview) => interview.stated && interview.stated.day >= today)
    .map((interview) => ({ applicationId: interview.applicationId, employer: interview.employer, day: interview.stated!.day, time: interview.stated!.time }))
    .sort((first, second) => first.day.localeCompare(second.day) || (first.time ?? '').localeCompare(second.time ?? ''));

  const openTasks = await db
    .select({ id: tasks.id, title: tasks.title, dueOn: tasks.dueOn })
    .from(tasks)
    .where(and(isNull(tasks.doneAt), lte(tasks.dueOn, weekEnd)))
    .orderBy(asc(tasks.dueOn), asc(tasks.createdAt));
  const toTask = (task: (typeof openTasks)[number]) => ({ taskId: task.id, title: task.title, dueOn: task.dueOn! });

  return {
    weekOf,
    today,
    timeZone,
    moved: moved.map(({ change, company, title }) => ({
      applicationId: change.applicationId,
      company,
      title,
      fromStatus: change.fromStatus,
      toStatus: change.toStatus,
      changedAt: change.changedAt.toISOString(),
    })),
    stuck: (await stuckApplications(db, now))
      .sort((first, second) => second.idleDays - first.idleDays)
      .map(({ application, idleDays }) => ({ applicationId: application.id, company: application.company, title: application.title, status: application.status, idleDays })),
    repliesAwaited: unanswered.filter((followUp) => followUp.daysWithoutReply < followUpAfterDays).map(toAwaited),
    overdueFollowUps: unanswered.filter((followUp) => followUp.daysWithoutReply >= followUpAfterDays).map(toAwaited),
    interviewsAhead: interviews,
    jobsForYou: await jobsForYou(db, context),
    tasksDue: openTasks.filter((task) => task.dueOn! >= today).map(toTask),
    tasksOverdue: openTasks.filter((task) => task.dueOn! < today).map(toTask),
  };
}

/**
 * "Jobs for me": searchJobs with no query ranks the catalogue by fit to the CV and profile. Postings
 * already in the pipeline are not news. The search is the briefing's, not the user's, so its entry
 * leaves the user's search history again; the briefing's facts keep what it found.
 */
async function jobsForYou(db: Transaction, context: Omit<ToolContext, 'db'>) {
  const result = await searchJobs.run(searchJobs.input.parse({ query: '', limit: 20 }), { ...context, db });
  await db.delete(searchHistory).where(eq(searchHistory.id, result.searchId));
  const ids = result.jobs.map((job) => job.id);
  const saved = ids.length === 0 ? [] : await db.select({ jobId: applications.jobId }).from(applications).where(inArray(applications.jobId, ids));
  const inPipeline = new Set(saved.map((row) => row.jobId));
  return result.jobs
    .filter((job) => job.match && job.match.score >= fitScoreAtLeast && !inPipeline.has(job.id))
    .slice(0, jobsForYouCount)
    .map((job) => ({ jobId: job.id, title: job.title, company: job.company, score: job.match!.score }));
}
