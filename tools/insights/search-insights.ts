import { asc, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Transaction } from '../../db/database.ts';
import { applications, applicationStatusHistory, gmailSignals, jobs } from '../../db/schema.ts';
import { listFollowUps } from '../gmail/follow-ups.ts';

/**
 * The picture of a user's search, from their own pipeline, status history and job mail: how far
 * applications got, how many went out each week, which sources and groups answer and invite, and how
 * long employers take to first answer.
 */

export const funnelStages = ['saved', 'applied', 'interviewing', 'offer', 'accepted'] as const;

const rateSchema = z.object({ name: z.string(), applied: z.number().int(), responded: z.number().int(), interviewed: z.number().int() });

export const insightsSchema = z.object({
  funnel: z.array(z.object({ stage: z.enum(funnelStages), reached: z.number().int() })).describe('Applications that reached each stage, ever'),
  appliedByWeek: z.array(z.object({ weekOf: z.iso.date(), applied: z.number().int() })).describe('The last 12 weeks, Monday first, oldest first'),
  bySource: z.array(rateSchema).describe('Applied applications per job source, with how many got an answer and an interview'),
  byGroup: z.array(rateSchema),
  firstReply: z.object({
    answered: z.number().int(),
    medianDays: z.number().nullable(),
    buckets: z.array(z.object({ label: z.string(), applications: z.number().int() })),
  }),
  followUpsPending: z.number().int(),
});
export type Insights = z.infer<typeof insightsSchema>;

const dayMs = 24 * 60 * 60 * 1000;
const weeksShown = 12;
const stageRank = new Map<string, number>(funnelStages.map((stage, index) => [stage, index]));
/** Mail that is an answer from the employer: anything but the automatic receipt. */
const answerKinds = new Set(['recruiter_reply', 'interview_invitation', 'interview_scheduling', 'assessment_invitation', 'still_reviewing', 'rejection', 'offer', 'position_closed']);

/** The Monday (UTC) of the week `at` falls in, as YYYY-MM-DD. */
function mondayOf(at: Date) {
  const day = new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), at.getUTCDate()));
  day.setUTCDate(day.getUTCDate() - ((day.getUTCDay() + 6) % 7));
  return day.toISOString().slice(0, 10);
}

const sourceNames: Record<string, string> = { manual: 'Added by hand' };

export async function searchInsights(db: Transaction, options: { now: Date; followUpAfterDays: number }): Promise<Insights> {
  const rows = await db
    .select({ id: applications.id, status: applications.status, group: applications.group, createdAt: applications.createdAt, source: jobs.source })
    .from(applications)
    .leftJoin(jobs, eq(jobs.id, applications.jobId));
  const history = await db
    .select({ applicationId: applicationStatusHistory.applicationId, toStatus: applicationStatusHistory.toStatus, changedAt: applicationStatusHistory.changedAt })
    .from(applicationStatusHistory)
    .orderBy(asc(applicationStatusHistory.changedAt));
  const mail = await db
    .select({ applicationId: gmailSignals.applicationId, kind: gmailSignals.kind, receivedAt: gmailSignals.receivedAt })
    .from(gmailSignals)
    .orderBy(asc(gmailSignals.receivedAt));

  // Grouped once by application, so the work grows with the rows read, not applications × rows.
  const historyOf = Map.groupBy(history, (change) => change.applicationId);
  const mailOf = Map.groupBy(mail, (message) => message.applicationId);
  const perApplication = rows.map((row) => {
    const changes = historyOf.get(row.id) ?? [];
    // The furthest stage on the way to a job: where it is now, or the furthest it got before ending.
    const furthest = Math.max(stageRank.get(row.status) ?? 0, ...changes.map((change) => stageRank.get(change.toStatus) ?? 0));
    const appliedAt = changes.find((change) => (stageRank.get(change.toStatus) ?? -1) >= 1)?.changedAt ?? (furthest >= 1 ? row.createdAt : null);
    const answers = (mailOf.get(row.id) ?? []).filter((message) => answerKinds.has(message.kind));
    const ended = row.status === 'rejected' || changes.some((change) => change.toStatus === 'rejected');
    const firstAnswer = answers.find((message) => !appliedAt || message.receivedAt >= appliedAt)?.receivedAt ?? null;
    return {
      ...row,
      furthest,
      appliedAt,
      responded: appliedAt !== null && (firstAnswer !== null || furthest >= 2 || ended),
      interviewed: furthest >= 2,
      daysToReply: appliedAt && firstAnswer ? (firstAnswer.getTime() - appliedAt.getTime()) / dayMs : null,
    };
  });
  const applied = perApplication.filter((application) => application.appliedAt !== null);

  const thisWeek = mondayOf(options.now);
  const weeks = Array.from({ length: weeksShown }, (_, index) => mondayOf(new Date(Date.parse(thisWeek) - (weeksShown - 1 - index) * 7 * dayMs)));
  const rates = (nameOf: (application: (typeof applied)[number]) => string) => {
    const names = [...new Set(applied.map(nameOf))].sort();
    return names.map((name) => {
      const members = applied.filter((application) => nameOf(application) === name);
      return { name, applied: members.length, responded: members.filter((member) => member.responded).length, interviewed: members.filter((member) => member.interviewed).length };
    });
  };
  const days = applied.flatMap((application) => (application.daysToReply === null ? [] : [application.daysToReply])).sort((first, second) => first - second);
  const middle = Math.floor(days.length / 2);
  const median = days.length === 0 ? null : days.length % 2 ? days[middle]! : (days[middle - 1]! + days[middle]!) / 2;
  const bucket = (label: string, from: number, to: number) => ({ label, applications: days.filter((value) => value >= from && value < to).length });

  return {
    funnel: funnelStages.map((stage, index) => ({ stage, reached: perApplication.filter((application) => application.furthest >= index).length })),
    appliedByWeek: weeks.map((weekOf) => ({ weekOf, applied: applied.filter((application) => mondayOf(application.appliedAt!) === weekOf).length })),
    bySource: rates((application) => (application.source ? (sourceNames[application.source] ?? application.source) : 'Added by hand')),
    byGroup: rates((application) => application.group),
    firstReply: {
      answered: days.length,
      medianDays: median === null ? null : Math.round(median * 10) / 10,
      buckets: [bucket('within 2 days', 0, 2), bucket('2–7 days', 2, 7), bucket('1–2 weeks', 7, 14), bucket('2 weeks or more', 14, Number.POSITIVE_INFINITY)],
    },
    followUpsPending: (await listFollowUps(db, { now: options.now, afterDays: options.followUpAfterDays })).length,
  };
}
