import { and, eq, sql } from 'drizzle-orm';
import type { Transaction } from '../../db/database.ts';
import {
  applicationStatusHistory,
  applications,
  contactApplications,
  contacts,
  gmailSignals,
  type applicationStatuses,
} from '../../db/schema.ts';
import { domainOf, type Mailbox } from './addresses.ts';
import type { SignalKind } from './classify.ts';
import { hiringSenderOf } from './hiring-senders.ts';
import { isAutomatedAddress, isTeamAddress } from './who-writes.ts';

type ApplicationStatus = (typeof applicationStatuses)[number];

/**
 * What each kind of mail may do to an application: the status it moves to and the statuses it may
 * move from. Mail only moves an application forward (a late confirmation never undoes an interview, a
 * delay note never touches one), never reopens one the user closed (accepted, rejected, withdrawn),
 * and nothing but a rejection or a closed position ends one.
 */
const moves: Record<SignalKind, { to: ApplicationStatus; from: readonly ApplicationStatus[] } | undefined> = {
  application_confirmation: { to: 'applied', from: ['saved'] },
  // The employer writing about the application, or saying it is still under review, means it was sent.
  recruiter_reply: { to: 'applied', from: ['saved'] },
  still_reviewing: { to: 'applied', from: ['saved'] },
  interview_invitation: { to: 'interviewing', from: ['saved', 'applied'] },
  interview_scheduling: { to: 'interviewing', from: ['saved', 'applied'] },
  assessment_invitation: { to: 'interviewing', from: ['saved', 'applied'] },
  offer: { to: 'offer', from: ['saved', 'applied', 'interviewing'] },
  rejection: { to: 'rejected', from: ['saved', 'applied', 'interviewing'] },
  position_closed: { to: 'withdrawn', from: ['saved', 'applied', 'interviewing', 'offer'] },
};

/** The status a signal moves an application to, or undefined when it would not move it. */
export function statusAfterSignal(current: ApplicationStatus, kind: SignalKind): ApplicationStatus | undefined {
  const move = moves[kind];
  return move && move.from.includes(current) ? move.to : undefined;
}

export interface SignalInput {
  messageId: string;
  threadId: string;
  kind: SignalKind;
  from: Mailbox;
  subject: string;
  snippet: string;
  receivedAt: Date;
  applicationId: string | null;
  confident: boolean;
  syncRunId: string | null;
  /** Why the sender looks like an imitation, when it does: the signal waits for the user and labelThread refuses it. */
  suspectedPhishing?: string | null;
  /** The employer named by mail about a role the user does not track: stored for review, tied to no application. */
  companyNamed?: string | null;
}

/**
 * Stores one matched message's metadata, once per (user, message): a message seen again (a re-sync,
 * a resumed run) changes nothing, so the user's review decisions stand. A confident match moves the
 * application's status with a history entry naming Gmail and the message.
 */
export async function recordSignal(db: Transaction, input: SignalInput & { userId: string; now: Date }): Promise<boolean> {
  const { userId, now } = input;
  const [inserted] = await db
    .insert(gmailSignals)
    .values({
      userId,
      messageId: input.messageId,
      threadId: input.threadId,
      kind: input.kind,
      applicationId: input.applicationId,
      review: input.confident && input.applicationId ? 'applied' : 'needs_review',
      senderName: input.from.name,
      senderEmail: input.from.email,
      subject: input.subject,
      snippet: input.snippet,
      receivedAt: input.receivedAt,
      syncRunId: input.syncRunId,
      suspectedPhishing: input.suspectedPhishing ?? null,
      companyNamed: input.companyNamed ?? null,
      createdAt: now,
    })
    .onConflictDoNothing({ target: [gmailSignals.userId, gmailSignals.messageId] })
    .returning({ id: gmailSignals.id });
  if (!inserted) return false;
  if (input.confident && input.applicationId) {
    await applySignal(db, { userId, signalId: inserted.id, applicationId: input.applicationId, kind: input.kind, from: input.from, now });
  }
  return true;
}

/** Acts on a signal the user or a confident match vouched for: the status change and the sender as a contact. */
export async function applySignal(
  db: Transaction,
  options: { userId: string; signalId: string; applicationId: string; kind: SignalKind; from: Mailbox; now: Date },
) {
  const { userId, signalId, applicationId, kind, now } = options;
  const [application] = await db.select().from(applications).where(eq(applications.id, applicationId)).for('update');
  if (!application) return;
  const next = statusAfterSignal(application.status, kind);
  if (next) {
    await db.update(applications).set({ status: next, updatedAt: now }).where(eq(applications.id, applicationId));
    await db.insert(applicationStatusHistory).values({
      userId,
      applicationId,
      fromStatus: application.status,
      toStatus: next,
      actor: 'gmail',
      changedAt: now,
      gmailSignalId: signalId,
    });
  }
  await rememberContact(db, { userId, from: options.from, company: application.company, applicationId, now });
}

/** A person who wrote about an application becomes a contact linked to it; automated senders do not. */
async function rememberContact(
  db: Transaction,
  options: { userId: string; from: Mailbox; company: string; applicationId: string; now: Date },
) {
  const { from } = options;
  if (isAutomatedAddress(from.email) || isTeamAddress(from.email) || hiringSenderOf(from.email)) return;
  await db
    .insert(contacts)
    .values({ userId: options.userId, name: from.name, email: from.email, company: options.company, createdAt: options.now, updatedAt: options.now })
    .onConflictDoNothing();
  const [contact] = await db
    .select({ id: contacts.id })
    .from(contacts)
    .where(and(eq(contacts.userId, options.userId), sql`lower(${contacts.email}) = ${from.email.toLowerCase()}`));
  if (!contact) return;
  await db
    .insert(contactApplications)
    .values({ userId: options.userId, contactId: contact.id, applicationId: options.applicationId })
    .onConflictDoNothing();
}
