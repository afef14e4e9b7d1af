import { sql, StringChunk, type SQL } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle, Transaction } from '../../db/database.ts';
import { openTestDatabase } from '../../db/test-database.ts';
import { inRolledBackCatalogue, seedJobs } from '../test-catalogue.ts';
import { catalogueState, surelySampledEstimate } from './term-statistics.ts';

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await openTestDatabase();
});
afterAll(() => handle.close());

/** Has the planner believe `jobs` holds `rows` rows at its present size, as statistics after an analyse would say. */
async function plannerBelieves(db: Transaction, rows: number) {
  await db.execute(sql`
    update pg_class set reltuples = ${rows}, relpages = greatest(1, pg_relation_size('jobs') / current_setting('block_size')::int)
    where oid = 'jobs'::regclass
  `);
}

/** The literal text of each statement `work` sends through `db`. */
async function statementsRun(db: Transaction, work: () => Promise<unknown>) {
  const seen: string[] = [];
  const execute = db.execute.bind(db);
  db.execute = ((query: SQL) => {
    seen.push(query.queryChunks.map((chunk) => (chunk instanceof StringChunk ? chunk.value.join('') : '')).join(''));
    return execute(query);
  }) as typeof db.execute;
  try {
    await work();
  } finally {
    db.execute = execute;
  }
  return seen;
}

describe('catalogueState', () => {
  it('counts a small catalogue exactly, with a version that changes when a posting is added', async () => {
    await inRolledBackCatalogue(handle.db, 'none', async (db) => {
      await seedJobs(db, [{ title: 'Registered Nurse', company: 'Acme' }]);
      await plannerBelieves(db, 10);
      const before = await catalogueState(db);
      await seedJobs(db, [{ title: 'Staff Nurse', company: 'Acme' }]);
      const after = await catalogueState(db);

      expect(before.version).not.toBeNull();
      expect(after.size).toBe(before.size + 1);
      expect(after.version).not.toBe(before.version);
    });
  });

  it('takes the size of a catalogue the planner expects to be big from its estimate, without counting its postings', async () => {
    await inRolledBackCatalogue(handle.db, 'none', async (db) => {
      await seedJobs(db, [{ title: 'Registered Nurse', company: 'Acme' }]);
      await plannerBelieves(db, 1e10);
      const statements = await statementsRun(db, () => catalogueState(db));
      const state = await catalogueState(db);

      expect(state.size).toBeGreaterThan(surelySampledEstimate);
      expect(state.version).toBeNull();
      expect(statements.some((statement) => /count\(\*\)/.test(statement))).toBe(false);
    });
  });
});
