import { and, asc, desc, eq, inArray, isNotNull, isNull, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Transaction } from '../../db/database.ts';
import { applications, contactApplications, contacts, gmailSignals, outreachDrafts, tasks } from '../../db/schema.ts';
import { signalKindSchema } from '../gmail/signal-schema.ts';

/**
 * A person in the user's search, as the People page and the contact tools show them: who they are,
 * the applications they relate to, the mail from them Atlas kept, when the user and they last wrote,
 * and the next step (the soonest open task linked to them).
 */
export const personSchema = z.object({
  id: z.uuid(),
  name: z.string().nullable(),
  email: z.string(),
  company: z.string().nullable(),
  role: z.string().nullable(),
  applications: z.array(z.object({ id: z.uuid(), company: z.string(), title: z.string(), status: z.string() })),
  messages: z.array(z.object({ subject: z.string(), kind: signalKindSchema, receivedAt: z.iso.datetime() })).describe('Mail from them Atlas kept, newest first, at most 5'),
  lastContact: z
    .object({ at: z.iso.datetime(), direction: z.enum(['from them', 'to them']), subject: z.string() })
    .nullable()
    .describe('The latest mail between the user and them'),
  nextStep: z.object({ taskId: z.uuid(), title: z.string(), dueOn: z.iso.date().nullable() }).nullable().describe('The soonest open task linked to them'),
});
export type Person = z.infer<typeof personSchema>;

const messagesShown = 5;

/** The user's contacts with what relates to them; `query` keeps those whose name, address, company or role holds it, `id` one person. */
export async function listPeople(db: Transaction, options: { query?: string; limit?: number; id?: string } = {}): Promise<Person[]> {
  const needle = options.query?.trim().toLowerCase();
  const rows = (
    await db
      .select()
      .from(contacts)
      .where(options.id ? eq(contacts.id, options.id) : undefined)
      .orderBy(asc(sql`lower(coalesce(${contacts.name}, ${contacts.email}))`))
  ).filter(
    (row) => !needle || [row.name, row.email, row.company, row.role].some((field) => field?.toLowerCase().includes(needle)),
  );
  const shown = rows.slice(0, options.limit ?? 500);
  if (shown.length === 0) return [];
  const ids = shown.map((row) => row.id);
  const emails = shown.map((row) => row.email.toLowerCase());

  const links = await db
    .select({ contactId: contactApplications.contactId, id: applications.id, company: applications.company, title: applications.title, status: applications.status })
    .from(contactApplications)
    .innerJoin(applications, sql`${applications.id} = ${contactApplications.applicationId}`)
    .where(inArray(contactApplications.contactId, ids));
  const mail = await db
    .select({ senderEmail: gmailSignals.senderEmail, subject: gmailSignals.subject, kind: gmailSignals.kind, receivedAt: gmailSignals.receivedAt })
    .from(gmailSignals)
    .where(inArray(sql`lower(${gmailSignals.senderEmail})`, emails))
    .orderBy(desc(gmailSignals.receivedAt));
  const sent = await db
    .select({ recipientEmail: outreachDrafts.recipientEmail, subject: outreachDrafts.subject, sentAt: outreachDrafts.sentAt })
    .from(outreachDrafts)
    .where(and(isNotNull(outreachDrafts.sentAt), inArray(sql`lower(${outreachDrafts.recipientEmail})`, emails)))
    .orderBy(desc(outreachDrafts.sentAt));
  const steps = await db
    .select({ contactId: tasks.contactId, id: tasks.id, title: tasks.title, dueOn: tasks.dueOn })
    .from(tasks)
    .where(and(isNull(tasks.doneAt), inArray(tasks.contactId, ids)))
    .orderBy(sql`${tasks.dueOn} asc nulls last`, asc(tasks.createdAt));

  return shown.map((row) => {
    const email = row.email.toLowerCase();
    const fromThem = mail.filter((message) => message.senderEmail.toLowerCase() === email);
    const toThem = sent.find((draft) => draft.recipientEmail?.toLowerCase() === email);
    const latestFrom = fromThem[0];
    const lastContact =
      latestFrom && (!toThem || latestFrom.receivedAt >= toThem.sentAt!)
        ? { at: latestFrom.receivedAt.toISOString(), direction: 'from them' as const, subject: latestFrom.subject }
        : toThem
          ? { at: toThem.sentAt!.toISOString(), direction: 'to them' as const, subject: toThem.subject }
          : null;
    const step = steps.find((task) => task.contactId === row.id);
    return {
      id: row.id,
      name: row.name,
      email: row.email,
      company: row.company,
      role: row.role,
      applications: links.filter((link) => link.contactId === row.id).map(({ id, company, title, status }) => ({ id, company, title, status })),
      messages: fromThem.slice(0, messagesShown).map((message) => ({ subject: message.subject, kind: message.kind, receivedAt: message.receivedAt.toISOString() })),
      lastContact,
      nextStep: step ? { taskId: step.id, title: step.title, dueOn: step.dueOn } : null,
    };
  });
}
