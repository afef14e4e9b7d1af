import { and, desc, eq, inArray, isNull, ne } from 'drizzle-orm';
import type { Transaction } from '../../db/database.ts';
import { applications, gmailSignals } from '../../db/schema.ts';
import { statedDate, type StatedDate } from './stated-date.ts';

export interface InterviewFromMail {
  threadId: string;
  applicationId: string | null;
  /** The application's company, else the sender's name or address. */
  employer: string;
  subject: string;
  receivedAt: Date;
  /** The day (and time) the subject or snippet states; null when it states none. */
  stated: StatedDate | null;
}

const interviewKinds = ['interview_invitation', 'interview_scheduling'] as const;

/**
 * Interviews as the user's mail announces them: invitations and bookings confirmed or moved, newest
 * first, leaving out mail the user dismissed and mail that looks like phishing. The newest message of a
 * thread speaks for it, so a moved interview takes its new day.
 */
export async function interviewsFromMail(db: Transaction): Promise<InterviewFromMail[]> {
  const rows = await db
    .select({ signal: gmailSignals, company: applications.company })
    .from(gmailSignals)
    .leftJoin(applications, eq(applications.id, gmailSignals.applicationId))
    .where(and(inArray(gmailSignals.kind, [...interviewKinds]), ne(gmailSignals.review, 'dismissed'), isNull(gmailSignals.suspectedPhishing)))
    .orderBy(desc(gmailSignals.receivedAt));
  const byThread = new Map<string, InterviewFromMail>();
  for (const { signal, company } of rows) {
    const stated = statedDate(`${signal.subject} ${signal.snippet}`, signal.receivedAt);
    const known = byThread.get(signal.threadId);
    // A later "Re:" without a day keeps the day an earlier message in the thread gave.
    if (known && (known.stated || !stated)) continue;
    byThread.set(signal.threadId, {
      threadId: signal.threadId,
      applicationId: signal.applicationId,
      employer: company ?? signal.senderName ?? signal.senderEmail,
      subject: signal.subject,
      receivedAt: known?.receivedAt ?? signal.receivedAt,
      stated,
    });
  }
  return [...byThread.values()];
}
