import { and, eq, inArray, isNotNull } from 'drizzle-orm';
import type { Transaction } from '../../db/database.ts';
import { applications, gmailSignals, outreachDrafts } from '../../db/schema.ts';
import { normalizeSubject, parseMailbox, parseMailboxList, type Mailbox } from './addresses.ts';
import { classifyMessage, hiringSenders } from './classify.ts';
import { imitatedSender, scamRequest } from './imitated-sender.ts';
import type { MessageMetadata } from './gmail-api.ts';
import { addressesSoftware } from './instructions-to-software.ts';
import { KnownCorrespondents } from './known-correspondents.ts';
import { jobSiteDomains, matchApplication, type ApplicationMatch } from './match.ts';
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
  const known = await KnownCorrespondents.load(db, options.messages.map((message) => message.threadId));
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

    const readable = { from, subject, snippet: message.snippet, labelIds: message.labelIds };
    const byName = matchApplication(readable, candidates);
    const prior = known.lookup(message.threadId, from);
    // Mail from the employer of a tracked application (its thread, its people, its own domain) is
    // read as about that hiring; a person there answering in the thread with no step named is a reply.
    const fromEmployer = prior !== undefined || (byName?.confident === true && byName.evidence[0] === 'company_domain');
    const kind =
      classifyMessage(readable, { fromEmployer }) ??
      (prior?.by === 'thread' && !automatedSender.test(from.email.split('@')[0]!) ? 'recruiter_reply' : undefined);
    if (!kind) continue;
    const match = resolveMatch(byName, prior);
    if (!match) continue;
    // A sender imitating the employer or its hiring system, or an offer asking for what no employer
    // asks by mail, goes to review flagged, tied to no application, and moves nothing.
    const suspectedPhishing =
      imitatedSender(from, { applications: candidates, trustedDomains: [...hiringSenders, ...known.vouchedDomains()], jobSites: jobSiteDomains }) ??
      (kind === 'offer' ? scamRequest(`${subject}\n${message.snippet}`) : null);
    if (suspectedPhishing) {
      if (await recordSignal(db, { ...metadataOf(message, from), kind, applicationId: null, confident: false, suspectedPhishing, syncRunId, userId, now })) stored++;
      continue;
    }
    const confident = match.confident && !addressesSoftware(`${subject}\n${message.snippet}`);
    const inserted = await recordSignal(db, {
      ...metadataOf(message, from),
      kind,
      applicationId: match.applicationId,
      // Mail that gives orders to software waits for the user, however sure the match.
      confident,
      syncRunId,
      userId,
      now,
    });
    if (inserted) {
      stored++;
      known.learn({ threadId: message.threadId, from, applicationId: match.applicationId, vouched: confident });
    }
  }
  return stored;
}

/** Senders that are systems, not people: a no-reply address never writes a reply. */
const automatedSender = /^(no-?reply|do-?not-?reply|ne-?pas-?repondre|nao-?responder|no-?responder|non-?rispondere|niet-?beantwoorden|notifications?|mailer|bounce|news(letter)?)\b/i;

/**
 * The application a message is about, from what it says (company, domain, title) and what earlier
 * mail showed (its thread, its sender). A sure reading of the message itself wins; otherwise the
 * thread or sender decides, sure only when what taught it was sure and the message does not point
 * elsewhere.
 */
function resolveMatch(byName: ApplicationMatch | undefined, prior: ReturnType<KnownCorrespondents['lookup']>) {
  if (!prior || byName?.confident) return byName;
  const agrees = !byName || byName.applicationId === prior.applicationId;
  return { applicationId: prior.applicationId, confident: prior.vouched && agrees };
}

/** The metadata a signal keeps: ids, sender, subject, snippet and date. */
function metadataOf(message: MessageMetadata, from: Mailbox) {
  return { messageId: message.id, threadId: message.threadId, from, subject: message.headers.subject ?? '', snippet: message.snippet, receivedAt: message.receivedAt };
}
