import { and, desc, eq, gte, type SQL } from 'drizzle-orm';
import type { Transaction } from '../../db/database.ts';
import { applications, gmailSignals } from '../../db/schema.ts';
import { NotFoundError, ValidationError } from '../errors.ts';
import type { SignalKind } from './classify.ts';
import { applySignal } from './record-signal.ts';
import { toSignalView, type SignalView } from './signal-schema.ts';

export interface SignalFilter {
  kind?: SignalKind;
  review?: (typeof gmailSignals.$inferSelect)['review'];
  applicationId?: string;
  since?: Date;
  limit?: number;
}

/** The user's stored job signals, newest first. */
export async function listSignals(db: Transaction, filter: SignalFilter): Promise<SignalView[]> {
  const conditions: SQL[] = [];
  if (filter.kind) conditions.push(eq(gmailSignals.kind, filter.kind));
  if (filter.review) conditions.push(eq(gmailSignals.review, filter.review));
  if (filter.applicationId) conditions.push(eq(gmailSignals.applicationId, filter.applicationId));
  if (filter.since) conditions.push(gte(gmailSignals.receivedAt, filter.since));
  const rows = await db
    .select()
    .from(gmailSignals)
    .where(and(...conditions))
    .orderBy(desc(gmailSignals.receivedAt))
    .limit(filter.limit ?? 50);
  return rows.map(toSignalView);
}

export type ReviewDecision =
  | { decision: 'confirm' }
  | { decision: 'correct'; kind?: SignalKind; applicationId?: string }
  | { decision: 'dismiss' }
  | { decision: 'track'; title: string; company?: string };

/**
 * The user's answer to a signal in the review queue. Confirming or correcting acts on it (status and
 * contact, as a confident match would); dismissing keeps it out of the pipeline. The decision is
 * stored on the signal, and since a message is never judged twice, re-syncs keep it.
 */
export async function reviewSignal(db: Transaction, options: { userId: string; signalId: string; answer: ReviewDecision; now: Date }) {
  const { userId, signalId, answer, now } = options;
  const [signal] = await db.select().from(gmailSignals).where(eq(gmailSignals.id, signalId)).for('update');
  if (!signal) throw new NotFoundError('Signal', signalId);

  if (answer.decision === 'dismiss') {
    const [updated] = await db.update(gmailSignals).set({ review: 'dismissed', reviewedAt: now }).where(eq(gmailSignals.id, signalId)).returning();
    return toSignalView(updated!);
  }
  if (answer.decision === 'track') return trackSignal(db, { userId, signal, title: answer.title, company: answer.company, now });
  const kind = answer.decision === 'correct' ? (answer.kind ?? signal.kind) : signal.kind;
  const applicationId = answer.decision === 'correct' ? (answer.applicationId ?? signal.applicationId) : signal.applicationId;
  if (!applicationId) {
    throw new ValidationError('Say which application this message is about', [{ path: 'applicationId', message: 'required: the signal has no application' }]);
  }
  const [application] = await db.select({ id: applications.id }).from(applications).where(eq(applications.id, applicationId));
  if (!application) throw new NotFoundError('Application', applicationId);
  const [updated] = await db
    .update(gmailSignals)
    .set({ kind, applicationId, review: answer.decision === 'confirm' ? 'confirmed' : 'corrected', reviewedAt: now })
    .where(eq(gmailSignals.id, signalId))
    .returning();
  if (signal.review !== 'applied' || applicationId !== signal.applicationId || kind !== signal.kind) {
    await applySignal(db, { userId, signalId, applicationId, kind, from: { name: signal.senderName, email: signal.senderEmail }, now });
  }
  return toSignalView(updated!);
}

/**
 * Mail about a role the user does not track yet, added to the pipeline from the review queue: the
 * application is created at the employer the mail named (or the one the user typed), and the message
 * then acts on it as a confirmed signal would.
 */
async function trackSignal(
  db: Transaction,
  options: { userId: string; signal: typeof gmailSignals.$inferSelect; title: string; company?: string; now: Date },
) {
  const { userId, signal, now } = options;
  if (signal.applicationId) throw new ValidationError('This message is already about a tracked application', [{ path: 'decision', message: 'use confirm or correct' }]);
  const company = options.company?.trim() || signal.companyNamed;
  if (!company) throw new ValidationError('Say which company the role is at', [{ path: 'company', message: 'required: the message names no employer' }]);
  const [application] = await db
    .insert(applications)
    .values({ userId, company, title: options.title.trim(), url: null, status: 'saved', createdAt: now, updatedAt: now })
    .returning({ id: applications.id });
  const [updated] = await db
    .update(gmailSignals)
    .set({ applicationId: application!.id, review: 'confirmed', reviewedAt: now })
    .where(eq(gmailSignals.id, signal.id))
    .returning();
  await applySignal(db, { userId, signalId: signal.id, applicationId: application!.id, kind: signal.kind, from: { name: signal.senderName, email: signal.senderEmail }, now });
  return toSignalView(updated!);
}
