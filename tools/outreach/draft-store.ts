import { and, desc, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Transaction } from '../../db/database.ts';
import { draftStatuses, outreachDrafts } from '../../db/schema.ts';
import { NotFoundError } from '../errors.ts';
import { gmailComposeUrl } from './gmail-compose-url.ts';
import { storableText } from '../storable-input.ts';

export const draftEvidenceSchema = z.object({
  passageId: z.string().describe('The CV passage quoted'),
  section: z.string().nullable().describe('The CV section the passage sits in'),
  quote: z.string().describe('Words copied exactly from the passage'),
});

export const flaggedClaimSchema = z.object({
  claim: z.string().describe('A sentence of the draft that states something the CV does not back'),
  reason: z.string().describe('What is missing from the CV'),
});

/** An outreach draft as tools and the REST API return it. */
export const outreachDraftSchema = z.object({
  id: z.uuid(),
  applicationId: z.uuid().nullable(),
  recipientName: z.string().nullable(),
  recipientEmail: z.string().nullable(),
  subject: z.string(),
  body: z.string(),
  evidence: z.array(draftEvidenceSchema).describe('The CV passages the draft relies on'),
  flaggedClaims: z.array(flaggedClaimSchema).describe('Claims no CV passage backs: the user should fix or remove them'),
  status: z.enum(draftStatuses).describe('draft until the user marks it sent; Atlas never sends'),
  gmailComposeUrl: z.url().describe("Opens the draft in Gmail's compose window, for the user to send"),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
export type OutreachDraftView = z.infer<typeof outreachDraftSchema>;

/** What the user may change on a draft. */
export const draftChangesSchema = z
  .object({
    subject: storableText().trim().min(1).max(300).optional(),
    body: storableText().trim().min(1).max(20_000).optional(),
    recipientName: storableText().trim().min(1).max(200).nullable().optional(),
    recipientEmail: z.email().max(320).nullable().optional(),
    status: z.enum(draftStatuses).optional().describe('sent: the user says they sent it themselves'),
  })
  .strict();
export type DraftChanges = z.infer<typeof draftChangesSchema>;

type DraftRow = typeof outreachDrafts.$inferSelect;

export function toDraftView(row: DraftRow): OutreachDraftView {
  return {
    id: row.id,
    applicationId: row.applicationId,
    recipientName: row.recipientName,
    recipientEmail: row.recipientEmail,
    subject: row.subject,
    body: row.body,
    evidence: z.array(draftEvidenceSchema).parse(row.evidence),
    flaggedClaims: z.array(flaggedClaimSchema).parse(row.flaggedClaims),
    status: row.status,
    gmailComposeUrl: gmailComposeUrl({ to: row.recipientEmail, subject: row.subject, body: row.body }),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

async function findDraft(db: Transaction, id: string) {
  if (!z.uuid().safeParse(id).success) throw new NotFoundError('Draft', id);
  const [row] = await db.select().from(outreachDrafts).where(eq(outreachDrafts.id, id));
  if (!row) throw new NotFoundError('Draft', id);
  return row;
}

/** The acting user's drafts, newest first; for one application when it is given. */
export async function listDrafts(db: Transaction, options: { applicationId?: string } = {}) {
  const rows = await db
    .select()
    .from(outreachDrafts)
    .where(and(options.applicationId ? eq(outreachDrafts.applicationId, options.applicationId) : undefined))
    .orderBy(desc(outreachDrafts.createdAt));
  return rows.map(toDraftView);
}

export async function readDraft(db: Transaction, id: string) {
  return toDraftView(await findDraft(db, id));
}

const sameSpacing = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * Applies the user's edits. A flagged claim the user removed from the body stops being flagged; the
 * rest stay until the user changes them (Atlas does not judge the user's own words).
 */
export async function updateDraft(db: Transaction, options: { id: string; changes: DraftChanges; now: Date }) {
  const { id, changes, now } = options;
  const current = await findDraft(db, id);
  const body = changes.body ?? current.body;
  const flaggedClaims = z
    .array(flaggedClaimSchema)
    .parse(current.flaggedClaims)
    .filter((flagged) => sameSpacing(body).includes(sameSpacing(flagged.claim)));
  const sentAt = changes.status === undefined ? current.sentAt : changes.status === 'sent' ? (current.sentAt ?? now) : null;
  const [row] = await db
    .update(outreachDrafts)
    .set({ ...changes, flaggedClaims, sentAt, updatedAt: now })
    .where(eq(outreachDrafts.id, id))
    .returning();
  return toDraftView(row!);
}

export async function deleteDraft(db: Transaction, id: string) {
  await findDraft(db, id);
  await db.delete(outreachDrafts).where(eq(outreachDrafts.id, id));
}
