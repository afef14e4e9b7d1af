import type { SQL } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';
import type { Database, Transaction } from './database.ts';

/**
 * Runs raw SQL and returns its rows. Both drivers (node-postgres and PGlite) answer with `{ rows }`,
 * which drizzle's shared transaction type does not spell out. Name the row type after what the query selects.
 */
export async function queryRows<Row>(db: Database | Transaction, query: SQL): Promise<Row[]> {
  const result = (await db.execute(query)) as unknown as { rows: Row[] };
  return result.rows;
}

const dialect = new PgDialect();

/** What both drivers under the owner's handle answer a parameterised query with. */
interface DriverClient {
  query(text: string, params: unknown[]): Promise<{ rows: unknown[] }>;
}

/**
 * Runs raw SQL on the owner's handle through the driver itself, outside any transaction, for the
 * statements made before every request is served: the session or token check and the rate limit.
 * Both drivers then give times as Dates (`asDate` takes either), other values as `queryRows` does.
 * Drizzle's own path costs these statements more than their work on embedded PGlite: each query that
 * carries drizzle's parsers for times copies PGlite's whole table of parsers (over 300 types), about
 * 0.2–0.3 ms a statement, and on a server it builds a prepared-query object per call.
 */
export async function queryDriverRows<Row>(db: Database, query: SQL): Promise<Row[]> {
  const { sql: text, params } = dialect.sqlToQuery(query);
  const client = (db as unknown as { $client: DriverClient }).$client;
  return (await client.query(text, params)).rows as Row[];
}
