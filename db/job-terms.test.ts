import { randomUUID } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inRolledBackCatalogue } from '../tools/test-catalogue.ts';
import type { DatabaseHandle, Transaction } from './database.ts';
import { queryRows } from './query-rows.ts';
import { jobs } from './schema.ts';
import { openTestDatabase } from './test-database.ts';

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await openTestDatabase();
});
afterAll(() => handle.close());

const posting = (title: string, description: string) => ({ source: 'greenhouse', externalId: randomUUID(), company: 'Termwise', title, description });

/** The posting's words in job_terms, each with its weight next to what ts_rank_cd gives for that word alone. */
async function termsOf(db: Transaction, id: string) {
  return queryRows<{ word: string; weight: number; rank: number }>(db, sql`
    select t.word, t.weight, ts_rank_cd(j.search_text, to_tsquery('simple', quote_literal(t.word)), 1)::real as rank
    from job_terms t join jobs j on j.id = t.job_id where t.job_id = ${id} order by t.word
  `);
}

describe('job_terms', () => {
  it("holds an open posting's words, each weighed as the full-text rank weighs that word alone", async () => {
    await inRolledBackCatalogue(handle.db, 'none', async (db) => {
      const [job] = await db.insert(jobs).values(posting('Python Engineer', 'We build Python services. Engineers write tests.')).returning();
      const terms = await termsOf(db, job!.id);

      expect(terms.map((term) => term.word)).toEqual(['build', 'engin', 'python', 'servic', 'termwis', 'test', 'write']);
      for (const term of terms) expect(term.weight).toBeCloseTo(term.rank, 6);
    });
  });

  it('follows the posting: reworded, closed, reopened, merged into another and deleted', async () => {
    await inRolledBackCatalogue(handle.db, 'none', async (db) => {
      const [job] = await db.insert(jobs).values(posting('Python Engineer', 'Python services.')).returning();
      const words = async () => (await termsOf(db, job!.id)).map((term) => term.word);

      await db.update(jobs).set({ description: 'Go services.' }).where(eq(jobs.id, job!.id));
      expect(await words()).toEqual(['engin', 'go', 'python', 'servic', 'termwis']);
      await db.update(jobs).set({ closedAt: new Date() }).where(eq(jobs.id, job!.id));
      expect(await words()).toEqual([]);
      await db.update(jobs).set({ closedAt: null }).where(eq(jobs.id, job!.id));
      expect(await words()).toEqual(['engin', 'go', 'python', 'servic', 'termwis']);
      await db.update(jobs).set({ duplicateOf: randomUUID() }).where(eq(jobs.id, job!.id));
      expect(await words()).toEqual([]);
      await db.update(jobs).set({ duplicateOf: null }).where(eq(jobs.id, job!.id));
      await db.delete(jobs).where(eq(jobs.id, job!.id));
      expect(await queryRows(db, sql`select 1 from job_terms where job_id = ${job!.id}`)).toEqual([]);
    });
  });

  it('is left alone when a refresh only marks the posting as seen again', async () => {
    await inRolledBackCatalogue(handle.db, 'none', async (db) => {
      const [job] = await db.insert(jobs).values(posting('Data Analyst', 'SQL dashboards.')).returning();
      const before = await termsOf(db, job!.id);

      await db.update(jobs).set({ lastSeenAt: new Date(), title: 'Data Analyst' }).where(eq(jobs.id, job!.id));

      expect(await termsOf(db, job!.id)).toEqual(before);
    });
  });
});
