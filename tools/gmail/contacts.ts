import { and, asc, eq, inArray } from 'drizzle-orm';
import { z } from 'zod';
import type { Transaction } from '../../db/database.ts';
import { contactApplications, contacts } from '../../db/schema.ts';
import { NotFoundError, ValidationError } from '../errors.ts';
import { storableText } from '../storable-input.ts';

export const contactSchema = z.object({
  id: z.uuid(),
  name: z.string().nullable(),
  email: z.string(),
  company: z.string().nullable(),
  role: z.string().nullable(),
  applicationIds: z.array(z.uuid()),
});
export type ContactView = z.infer<typeof contactSchema>;

export const contactChangesSchema = z
  .object({
    name: storableText().trim().min(1).max(200).nullable().optional(),
    company: storableText().trim().min(1).max(200).nullable().optional(),
    role: storableText().trim().min(1).max(200).nullable().optional(),
  })
  .strict();

export async function listContacts(db: Transaction): Promise<ContactView[]> {
  const rows = await db.select().from(contacts).orderBy(asc(contacts.name), asc(contacts.email));
  const links = rows.length
    ? await db.select().from(contactApplications).where(inArray(contactApplications.contactId, rows.map((row) => row.id)))
    : [];
  return rows.map((row) => ({
    id: row.id,
    name: row.name,
    email: row.email,
    company: row.company,
    role: row.role,
    applicationIds: links.filter((link) => link.contactId === row.id).map((link) => link.applicationId),
  }));
}

async function contactView(db: Transaction, id: string) {
  const found = (await listContacts(db)).find((contact) => contact.id === id);
  if (!found) throw new NotFoundError('Contact', id);
  return found;
}

export async function updateContact(db: Transaction, options: { id: string; changes: z.infer<typeof contactChangesSchema>; now: Date }) {
  const updated = await db
    .update(contacts)
    .set({ ...options.changes, updatedAt: options.now })
    .where(eq(contacts.id, options.id))
    .returning({ id: contacts.id });
  if (!updated.length) throw new NotFoundError('Contact', options.id);
  return contactView(db, options.id);
}

/** One person seen under two addresses: `mergeId`'s applications move to `keepId`, whose empty fields it fills, then it is deleted. */
export async function mergeContacts(db: Transaction, options: { keepId: string; mergeId: string; now: Date }) {
  if (options.keepId === options.mergeId) throw new ValidationError('A contact cannot be merged into itself', [{ path: 'mergeId', message: 'must differ from keepId' }]);
  const [keep] = await db.select().from(contacts).where(eq(contacts.id, options.keepId));
  const [merge] = await db.select().from(contacts).where(eq(contacts.id, options.mergeId));
  if (!keep) throw new NotFoundError('Contact', options.keepId);
  if (!merge) throw new NotFoundError('Contact', options.mergeId);
  const moved = await db.select().from(contactApplications).where(eq(contactApplications.contactId, merge.id));
  if (moved.length) {
    await db
      .insert(contactApplications)
      .values(moved.map((link) => ({ userId: link.userId, contactId: keep.id, applicationId: link.applicationId })))
      .onConflictDoNothing();
  }
  await db
    .update(contacts)
    .set({ name: keep.name ?? merge.name, company: keep.company ?? merge.company, role: keep.role ?? merge.role, updatedAt: options.now })
    .where(eq(contacts.id, keep.id));
  await db.delete(contacts).where(and(eq(contacts.id, merge.id)));
  return contactView(db, keep.id);
}

export async function deleteContact(db: Transaction, id: string) {
  const deleted = await db.delete(contacts).where(eq(contacts.id, id)).returning({ id: contacts.id });
  if (!deleted.length) throw new NotFoundError('Contact', id);
}
