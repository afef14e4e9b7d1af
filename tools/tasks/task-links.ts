import { eq } from 'drizzle-orm';
import type { Transaction } from '../../db/database.ts';
import { applications, contacts, outreachDrafts } from '../../db/schema.ts';
import { NotFoundError } from '../errors.ts';

export interface TaskLinks {
  applicationId?: string | null;
  contactId?: string | null;
  draftId?: string | null;
}

/**
 * Foreign keys are checked past row-level security, so a task could point at another user's record by
 * its id; each link is looked up as the user first, and one they cannot see is not found.
 */
export async function checkTaskLinks(db: Transaction, links: TaskLinks) {
  if (links.applicationId) {
    const [found] = await db.select({ id: applications.id }).from(applications).where(eq(applications.id, links.applicationId));
    if (!found) throw new NotFoundError('Application', links.applicationId);
  }
  if (links.contactId) {
    const [found] = await db.select({ id: contacts.id }).from(contacts).where(eq(contacts.id, links.contactId));
    if (!found) throw new NotFoundError('Contact', links.contactId);
  }
  if (links.draftId) {
    const [found] = await db.select({ id: outreachDrafts.id }).from(outreachDrafts).where(eq(outreachDrafts.id, links.draftId));
    if (!found) throw new NotFoundError('Draft', links.draftId);
  }
}
