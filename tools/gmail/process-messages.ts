import { and, eq, inArray, isNotNull } from 'drizzle-orm';
import type { Transaction } from '../../db/database.ts';
import { applications, gmailSignals, outreachDrafts } from '../../db/schema.ts';
import { normalizeSubject, parseMailbox, parseMailboxList, type Mailbox } from './addresses.ts';
import { classifyMessage } from './classify.ts';
import type { MessageMetadata } from './gmail-api.ts';
import { addressesSoftware } from './instructions-to-software.ts';
import { matchApplication } from './match.ts';
import { recordSignal } from './record-signal.ts';

/** Message ids of this batch Atlas already stored: neither fetched nor judged again, so decisions stand. */
export async function knownMessageIds(db: Transaction, messageIds: string[]) {
  if (messageIds.length === 0) return new Set<string>();
  const rows = await db.select({ messageId: gmailSignals.messageId }).from(gmailSignals).where(inArray(gmailSignals.messageId, messageIds));
  return new Set(rows.map((row) => row.messageId));
}

/**
 * Judges a batch of message metadata in memory and stores only what matches the user's pipeline:
 * job signals matched to an application, the user's sent outreach drafts, and replies to them.
 * Everything else is dropped here. Returns how many new signals were stored.
 */
export async function processMessages(
  db: Transaction,
  options: { userId: string; mailboxAddress: string; messages: MessageMetadata[]; syncRunId: string; now: Date },
): Promise<number> {
  const { userId, syncRunId, now } = options;
  const candidates = await db
    .select({ id: applications.id, company: applications.company, title: applications.title, url: applications.url })
    .from(applications);
  const drafts = await db
    .select()
    .from(outreachDrafts)
    .where(isNotNull(outreachDrafts.recipientEmail));
  const own = options.mailboxAddress.toLowerCase();
  let stored = 0;

  // Sent mail first, so a reply in the same batch finds its draft already marked sent.
  const ordered = [...options.messages].sort((a, b) => Number(b.labelIds.includes('SENT')) - Number(a.labelIds.includes('SENT')) || a.receivedAt.getTime() - b.receivedAt.getTime());
  for (const message of ordered) {
    const from = parseMailbox(message.headers.from);
    if (!from) continue;
    const subject = message.headers.subject ?? '';

    if (message.labelIds.includes('SENT')) {
      const recipients = new Set(parseMailboxList(message.headers.to).map((recipient) => recipient.email));
      const draft = drafts.find(
        (candidate) =>
          candidate.status === 'draft' &&
          recipients.has(candidate.recipientEmail!.toLowerCase()) &&
          normalizeSubject(candidate.subject) === normalizeSubject(subject),
      );
      if (draft) {
        await db
          .update(outreachDrafts)
          .set({ status: 'sent', sentAt: message.receivedAt, gmailThreadId: message.threadId, updatedAt: now })
          .where(and(eq(outreachDrafts.id, draft.id), eq(outreachDrafts.status, 'draft')));
        Object.assign(draft, { status: 'sent', sentAt: message.receivedAt, gmailThreadId: message.threadId });
      }
      continue;
    }
    if (from.email === own) continue;

    const answered = drafts.find(
      (draft) => draft.status === 'sent' && draft.gmailThreadId === message.threadId && draft.sentAt && draft.sentAt <= message.receivedAt,
    );
    if (answered) {
      if (!answered.repliedAt) {
        await db.update(outreachDrafts).set({ repliedAt: message.receivedAt, updatedAt: now }).where(eq(outreachDrafts.id, answered.id));
        answered.repliedAt = message.receivedAt;
      }
      const kind = classifyMessage({ from, subject, snippet: message.snippet, labelIds: message.labelIds }) ?? 'recruiter_reply';
      const inserted = await recordSignal(db, {
        ...metadataOf(message, from),
        kind,
        applicationId: answered.applicationId,
        // Mail that gives orders to software waits for the user, however sure the match.
        confident: answered.applicationId !== null && !addressesSoftware(`${subject}\n${message.snippet}`),
        syncRunId,
        userId,
        now,
      });
      if (inserted) stored++;
      continue;
    }

    const kind = classifyMessage({ from, subject, snippet: message.snippet, labelIds: message.labelIds });
    if (!kind) continue;
    const match = matchApplication({ from, subject, snippet: message.snippet }, candidates);
    if (!match) continue;
    const inserted = await recordSignal(db, {
      ...metadataOf(message, from),
      kind,
      applicationId: match.applicationId,
      confident: match.confident && !addressesSoftware(`${subject}\n${message.snippet}`),
      syncRunId,
      userId,
      now,
    });
    if (inserted) stored++;
  }
  return stored;
}

/** The metadata a signal keeps: ids, sender, subject, snippet and date. */
function metadataOf(message: MessageMetadata, from: Mailbox) {
  return { messageId: message.id, threadId: message.threadId, from, subject: message.headers.subject ?? '', snippet: message.snippet, receivedAt: message.receivedAt };
}
