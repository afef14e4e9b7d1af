import { sql, type SQL } from 'drizzle-orm';
import type { Transaction } from '../../db/database.ts';
import { queryRows } from '../../db/query-rows.ts';

/** Catalogue ids, newest first: what a search with filters but no words returns. */
export async function newestRanking(db: Transaction, options: { conditions: SQL[]; limit: number }): Promise<string[]> {
  const rows = await queryRows<{ id: string }>(db, sql`
    select j.id from jobs j
    where ${sql.join(options.conditions, sql` and `)}
    order by coalesce(j.published_at, j.created_at) desc, j.id
    limit ${options.limit}
  `);
  return rows.map((row) => row.id);
}
