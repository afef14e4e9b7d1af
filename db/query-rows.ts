import type { SQL } from 'drizzle-orm';
import type { Database, Transaction } from './database.ts';

/**
 * Runs raw SQL and returns its rows. Both drivers (node-postgres and PGlite) answer with `{ rows }`,
 * which drizzle's shared transaction type does not spell out. Name the row type after what the query selects.
 */
export async function queryRows<Row>(db: Database | Transaction, query: SQL): Promise<Row[]> {
  const result = (await db.execute(query)) as unknown as { rows: Row[] };
  return result.rows;
}
