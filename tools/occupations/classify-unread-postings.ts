import { gt, isNull, lt, or, sql } from 'drizzle-orm';
import type { Database, Transaction } from '../../db/database.ts';
import { jobs } from '../../db/schema.ts';
import { occupationRulesVersion, storedOccupation } from './posting-occupation.ts';

/**
 * Reads the occupation of catalogue postings written before Atlas stored it (`jobs.occupation` is
 * null) or read by an older version of the rules, in batches, yielding to the event loop between them: a few hundred titles per batch is a
 * few milliseconds of pattern matching, so requests keep being served while a big catalogue catches up.
 * Returns how many postings were read.
 */
export async function classifyUnreadPostings(database: Database | Transaction, options: { batchSize?: number; signal?: AbortSignal } = {}): Promise<number> {
  const batchSize = options.batchSize ?? 500;
  let read = 0;
  for (;;) {
    if (options.signal?.aborted) return read;
    // The catalogue holds no user data and has no row-level security, so it is read as the owner.
    // Written as two ranges so the index on the rules version finds them; a posting never read has no version.
    const stale = or(isNull(jobs.occupationRules), lt(jobs.occupationRules, occupationRulesVersion), gt(jobs.occupationRules, occupationRulesVersion));
    const batch = await database.select({ id: jobs.id, title: jobs.title, description: jobs.description }).from(jobs).where(stale).limit(batchSize);
    if (batch.length === 0) return read;
    const values = batch.map((job) => ({ id: job.id, occupation: storedOccupation(job) }));
    // A posting reworded meanwhile was read by the current rules when it was written.
    await database.execute(sql`
      update jobs set occupation = data.occupation, occupation_rules = ${occupationRulesVersion}
      from jsonb_to_recordset(${JSON.stringify(values)}::jsonb) as data(id uuid, occupation text)
      where jobs.id = data.id and jobs.occupation_rules is distinct from ${occupationRulesVersion}
    `);
    read += batch.length;
    await new Promise((resolve) => setImmediate(resolve));
  }
}
