import type { SQL } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';
import pg from 'pg';
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

/** What both drivers answer a parameterised query with, on the owner's handle or in a transaction. */
interface DriverClient {
  query(text: string, params: unknown[]): Promise<{ rows: unknown[] }>;
}

/**
 * The driver's own client under a drizzle handle: the pool or PGlite itself for the owner's handle,
 * the transaction's connection for a transaction (drizzle keeps it as its session's `client`).
 */
function driverClientOf(db: Database | Transaction): DriverClient | undefined {
  const owner = (db as unknown as { $client?: DriverClient }).$client;
  if (owner) return owner;
  return (db as unknown as { session?: { client?: DriverClient } }).session?.client;
}

/**
 * Runs raw SQL through the driver itself, on the owner's handle or inside a transaction (whose
 * statements then still run in it, as whoever it acts for), for the statements around every request
 * and tool call: the session or token check, the rate limit, a tool call's audit counters. Both
 * drivers then give times as Dates (`asDate` takes either), other values as `queryRows` does.
 * Drizzle's own path costs these statements more than their work: on embedded PGlite each query
 * that carries drizzle's parsers for times copies PGlite's whole table of parsers (over 300 types),
 * about 0.2–0.3 ms a statement, and on a server it builds a prepared-query object per call.
 */
export async function queryDriverRows<Row>(db: Database | Transaction, query: SQL): Promise<Row[]> {
  const client = driverClientOf(db);
  return client ? sendThrough<Row>(client, query) : queryRows<Row>(db, query);
}

/** The statement compiled by drizzle's dialect and handed to the driver's client at once. */
function sendThrough<Row>(client: DriverClient, query: SQL): Promise<Row[]> {
  const { sql: text, params } = dialect.sqlToQuery(query);
  return client.query(text, params).then((result) => result.rows as Row[]);
}

/**
 * As `queryDriverRows`, but the statement is in the driver's hands when this returns: anything that
 * stops it being sent throws here, at once, rather than in the promise. A transaction's next
 * statements may then be sent behind it without waiting for its answer (db/work-behind-first-statement.ts).
 */
export function sendDriverRows<Row>(db: Database | Transaction, query: SQL): Promise<Row[]> {
  const client = driverClientOf(db);
  if (!client) throw new Error('The database handle has no driver client to send a statement through');
  return sendThrough<Row>(client, query);
}

/**
 * As `queryDriverRows`, for a statement sent on most requests (the session check): on a PostgreSQL
 * server it is prepared under `name` once per connection and then only executed, so the server no
 * longer parses and plans it on every request. Postgres replans it itself when what it calls
 * changes (a migration replacing a function). `name` must belong to this one statement's text.
 * Embedded PGlite has no statements to keep, and runs it as queryDriverRows does.
 */
export async function queryPreparedDriverRows<Row>(db: Database | Transaction, name: string, query: SQL): Promise<Row[]> {
  const client = driverClientOf(db);
  if (!(client instanceof pg.Pool || client instanceof pg.Client)) return queryDriverRows<Row>(db, query);
  const { sql: text, params } = dialect.sqlToQuery(query);
  return (await (client as pg.Pool).query({ name, text, values: params })).rows as Row[];
}
