import { isNull, sql } from 'drizzle-orm';
import type { Database, Transaction } from '../../db/database.ts';
import { jobs } from '../../db/schema.ts';
import { storedOccupation } from './posting-occupation.ts';

/**
 * Reads the occupation of catalogue postings written before Atlas stored it (`jobs.occupation` is
 * null), in batches, yielding to the event loop between them: a few hundred titles per batch is a
 * few milliseconds of pattern matching, so requests keep being served while a big catalogue catches up.
 * Returns how many postings were read.
 */
export async function classifyUnreadPostings(database: Database | Transaction, options: { batchSize?: number; signal?: AbortSignal } = {}): Promise<number> {
  const batchSize = options.batchSize ?? 500;
  let read = 0;
  for (;;) {
    if (options.signal?.aborted) return read;
    // The catalogue holds no user data and has no row-level security, so it is read as the owner.
    const batch = await database.select({ id: jobs.id, title: jobs.title, description: jobs.description }).from(jobs).where(isNull(jobs.occupation)).limit(batchSize);
    if (batch.length === 0) return read;
    const values = batch.map((job) => ({ id: job.id, occupation: storedOccupation(job) }));
    await database.execute(sql`
      update jobs set occupation = data.occupation
      from jsonb_to_recordset(${JSON.stringify(values)}::jsonb) as data(id uuid, occupation text)
      where jobs.id = data.id and jobs.occupation is null
    `);
    read += batch.length;
    await new Promise((resolve) => setImmediate(resolve));
  }
}
