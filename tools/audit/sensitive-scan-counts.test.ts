import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import type { DatabaseHandle, Transaction } from '../../db/database.ts';
import { openTestDatabase } from '../../db/test-database.ts';
import { withUser } from '../../db/with-user.ts';
import { sensitiveTables } from './audit-tool-call.ts';

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await openTestDatabase();
});
afterAll(() => handle.close());

async function rows<Row>(db: Transaction | DatabaseHandle['db'], query: ReturnType<typeof sql>): Promise<Row[]> {
  return ((await db.execute(query)) as unknown as { rows: Row[] }).rows;
}

const tableNames = sql.raw(`'{${Object.keys(sensitiveTables).join(',')}}'::text[]`);

async function counts(db: Transaction): Promise<Record<string, number>> {
  const [row] = await rows<{ scans: Record<string, number | string> }>(db, sql`select sensitive_scan_counts(${tableNames}) as scans`);
  return Object.fromEntries(Object.entries(row!.scans).map(([table, scans]) => [table, Number(scans)]));
}

describe('sensitive_scan_counts', () => {
  it("counts what Postgres's own per-table view counts, seq and index scans, for every sensitive table", async () => {
    await handle.db.transaction(async (tx) => {
      await rows(tx, sql`select count(*) from cvs`);
      await rows(tx, sql`select * from gmail_signals where id = '00000000-0000-0000-0000-000000000000'`);
      const view = await rows<{ relname: string; scans: string }>(
        tx,
        sql`select relname, coalesce(seq_scan, 0) + coalesce(idx_scan, 0) as scans from pg_stat_xact_user_tables where relname = any (${tableNames})`,
      );
      expect(await counts(tx)).toEqual(Object.fromEntries(view.map((row) => [row.relname, Number(row.scans)])));
    });
  });

  it('counts a read through an index created after the migrations, as one a later migration adds', async () => {
    await handle.db.execute(sql`create index cvs_file_name_added_later on cvs (file_name)`);
    try {
      await handle.db.transaction(async (tx) => {
        await rows(tx, sql`set local enable_seqscan = off`);
        const query = sql`select file_name from cvs where file_name = 'cv-added-later.pdf'`;
        const plan = await rows<{ 'QUERY PLAN': string }>(tx, sql`explain ${query}`);
        expect(plan.map((line) => line['QUERY PLAN']).join('\n')).toContain('cvs_file_name_added_later');
        const indexScans = async () => {
          const [row] = await rows<{ scans: string }>(tx, sql`select pg_stat_get_xact_numscans('cvs_file_name_added_later'::regclass) as scans`);
          return Number(row!.scans);
        };

        const before = await counts(tx);
        const indexBefore = await indexScans();
        await rows(tx, query);

        expect(await indexScans()).toBe(indexBefore + 1);
        expect((await counts(tx)).cvs).toBe(before.cvs! + 1);
      });
    } finally {
      await handle.db.execute(sql`drop index cvs_file_name_added_later`);
    }
  });

  it('keeps the list of counted relations out of reach of the roles the app acts as', async () => {
    const user = await handle.db.transaction(async (tx) => {
      const [row] = await rows<{ id: string }>(tx, sql`select id from users limit 1`);
      return row?.id ?? '00000000-0000-0000-0000-000000000000';
    });
    const refused = await withUser(handle.db, user, (tx) => tx.execute(sql`delete from scan_counted_relations`)).then(
      () => null,
      (error: Error & { cause?: Error }) => error.cause?.message ?? error.message,
    );
    expect(refused).toMatch(/permission denied/);
  });
});
