import { sql } from 'drizzle-orm';
import type { Database, Transaction } from './database.ts';
import { sendDriverRows } from './query-rows.ts';
import { workBehindFirstStatement } from './work-behind-first-statement.ts';

/**
 * Select-list items that make the rest of a transaction act as `userId`: `app.user_id` for the
 * row-level security policies and the restricted `atlas_app` role (`set_config('role', …)` is what
 * `SET LOCAL ROLE` does, with the same membership check). Both are LOCAL: they end with the
 * transaction and never leak to a pooled connection's next user. Items rather than a statement, so a
 * caller can read what it needs in the same round trip.
 */
export function actAsUser(userId: string) {
  // The id is written into the statement rather than sent as a parameter, so a transaction's first
  // statement has none and goes with its BEGIN in one round trip (db/begin-with-first-statement.ts).
  // Only a well-formed UUID is ever written in.
  if (!uuidPattern.test(userId)) throw new Error('The acting user id is not a UUID');
  return sql.raw(`set_config('app.user_id', '${userId}', true), set_config('role', 'atlas_app', true)`);
}

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Runs `work` in a transaction as the restricted `atlas_app` role with `app.user_id` set to the
 * acting user, so row-level security limits every statement to that user's rows.
 */
export function withUser<T>(db: Database, userId: string, work: (tx: Transaction) => Promise<T>): Promise<T> {
  return db.transaction(async (tx) => {
    // Work's statements go right behind the one that acts as the user, on the same connection.
    const { result } = await workBehindFirstStatement(() => sendDriverRows(tx, sql`select ${actAsUser(userId)}`), () => work(tx));
    return result;
  });
}

/**
 * Runs `work` as `atlas_auth`, the role sign-in uses before a user is known: it reaches only the
 * credential tables (users, sessions, access tokens).
 */
export function withAuthRole<T>(db: Database, work: (tx: Transaction) => Promise<T>): Promise<T> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`set local role atlas_auth`);
    return work(tx);
  });
}
