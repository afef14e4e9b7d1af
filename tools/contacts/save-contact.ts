import { eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Transaction } from '../../db/database.ts';
import { applications, contactApplications, contacts } from '../../db/schema.ts';
import { ConflictError, NotFoundError, ValidationError } from '../errors.ts';
import { storableText } from '../storable-input.ts';
import { listPeople, type Person } from './people.ts';

const field = () => storableText().trim().min(1).max(200).nullable().optional();

/** A person added or changed by the user or the agent; fields left out stay as they are. */
export const contactInputSchema = z
  .object({
    id: z.uuid().optional().describe('Person to change; omit to add or match by email'),
    email: z.email().max(320).optional().describe('Needed to add someone'),
    name: field(),
    company: field(),
    role: field().describe('e.g. Hiring manager'),
    applicationId: z.uuid().optional().describe('Application to link them to'),
  })
  .strict();
export type ContactInput = z.infer<typeof contactInputSchema>;

/** The person with this id, as listPeople shows them. */
export async function personById(db: Transaction, id: string): Promise<Person> {
  const [found] = await listPeople(db, { id });
  if (!found) throw new NotFoundError('Contact', id);
  return found;
}

/**
 * Adds a person or changes one (by id, or by email when `mode` is 'upsert'), and links them to an
 * application. 'create' refuses an address already among the user's people, so a form never
 * overwrites someone by accident; the agent's tool upserts, so telling it about someone twice is safe.
 */
export async function saveContact(db: Transaction, options: { input: ContactInput; mode: 'create' | 'upsert'; now: Date }): Promise<{ person: Person; created: boolean }> {
  const { input, mode, now } = options;
  const changes = Object.fromEntries(Object.entries({ name: input.name, company: input.company, role: input.role }).filter(([, value]) => value !== undefined));
  if (input.applicationId) {
    const [application] = await db.select({ id: applications.id }).from(applications).where(eq(applications.id, input.applicationId));
    if (!application) throw new NotFoundError('Application', input.applicationId);
  }
  let id = input.id;
  let created = false;
  if (id) {
    if (input.email) {
      const [holder] = await db.select({ id: contacts.id }).from(contacts).where(eq(sql`lower(${contacts.email})`, input.email.toLowerCase()));
      if (holder && holder.id !== id) throw new ConflictError(`${input.email} is already another of your people: merge the two instead`);
    }
    const [updated] = await db.update(contacts).set({ ...changes, ...(input.email ? { email: input.email } : {}), updatedAt: now }).where(eq(contacts.id, id)).returning({ id: contacts.id });
    if (!updated) throw new NotFoundError('Contact', id);
  } else {
    if (!input.email) throw new ValidationError('An email address is needed to add a person', [{ path: 'email', message: 'required to add a person' }]);
    const [existing] = await db.select({ id: contacts.id }).from(contacts).where(eq(sql`lower(${contacts.email})`, input.email.toLowerCase()));
    if (existing && mode === 'create') throw new ConflictError(`${input.email} is already among your people`);
    if (existing) {
      id = existing.id;
      if (Object.keys(changes).length) await db.update(contacts).set({ ...changes, updatedAt: now }).where(eq(contacts.id, id));
    } else {
      const [inserted] = await db.insert(contacts).values({ email: input.email, ...changes }).returning({ id: contacts.id });
      id = inserted!.id;
      created = true;
    }
  }
  if (input.applicationId) await db.insert(contactApplications).values({ contactId: id, applicationId: input.applicationId }).onConflictDoNothing();
  return { person: await personById(db, id), created };
}
