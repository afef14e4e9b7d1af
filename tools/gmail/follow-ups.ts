import { and, asc, eq, isNull, lte } from 'drizzle-orm';
import type { Transaction } from '../../db/database.ts';
import { outreachDrafts } from '../../db/schema.ts';

export interface FollowUpSuggestion {
  draftId: string;
  applicationId: string | null;
  recipientName: string | null;
  recipientEmail: string | null;
  subject: string;
  sentAt: Date;
  daysWithoutReply: number;
}

const dayMs = 24 * 60 * 60 * 1000;

/**
 * Outreach the user sent from Gmail (found by sync) with no reply in its thread after `afterDays`:
 * each is a suggestion to draft a follow-up. A reply in the thread stops the clock.
 */
export async function listFollowUps(db: Transaction, options: { now: Date; afterDays: number }): Promise<FollowUpSuggestion[]> {
  const rows = await db
    .select()
    .from(outreachDrafts)
    .where(and(eq(outreachDrafts.status, 'sent'), isNull(outreachDrafts.repliedAt), lte(outreachDrafts.sentAt, new Date(options.now.getTime() - options.afterDays * dayMs))))
    .orderBy(asc(outreachDrafts.sentAt));
  return rows.map((row) => ({
    draftId: row.id,
    applicationId: row.applicationId,
    recipientName: row.recipientName,
    recipientEmail: row.recipientEmail,
    subject: row.subject,
    sentAt: row.sentAt!,
    daysWithoutReply: Math.floor((options.now.getTime() - row.sentAt!.getTime()) / dayMs),
  }));
}
