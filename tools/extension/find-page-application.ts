import { and, eq, or } from 'drizzle-orm';
import type { Transaction } from '../../db/database.ts';
import { applications, jobs } from '../../db/schema.ts';
import { boardPostingAddress } from '../jobs/board-posting-url.ts';

/**
 * The address a page is saved under: without its fragment and campaign tags (utm_*), so the same
 * posting reached from a newsletter and from a search is one application.
 */
export function pageAddress(url: string): string {
  const address = new URL(url);
  address.hash = '';
  for (const name of [...address.searchParams.keys()]) if (/^utm_/i.test(name)) address.searchParams.delete(name);
  return address.href;
}

/**
 * The catalogue job a page is, by the identity an import would give it: the board's posting id on a
 * hosted board page, else the page's address. Null when Atlas has not seen it.
 */
export async function findPageJob(db: Transaction, url: string) {
  const onBoard = boardPostingAddress(new URL(url));
  const identity = onBoard ? and(eq(jobs.source, onBoard.source), eq(jobs.externalId, onBoard.id)) : and(eq(jobs.source, 'web'), eq(jobs.externalId, url));
  const [job = null] = await db.select().from(jobs).where(identity).limit(1);
  return job;
}

/** The user's application for the page's job, or one they saved with the page's address. */
export async function findPageApplication(db: Transaction, options: { url: string; jobId: string | null }) {
  const byUrl = eq(applications.url, options.url);
  const [application = null] = await db
    .select()
    .from(applications)
    .where(options.jobId ? or(eq(applications.jobId, options.jobId), byUrl) : byUrl)
    .limit(1);
  return application;
}
