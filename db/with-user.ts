import { sql } from 'drizzle-orm';
import type { Database, Transaction } from './database.ts';

/**
 * Runs `work` in a transaction as the restricted `atlas_app` role with `app.user_id` set to the
 * acting user, so row-level security limits every statement to that user's rows. Both settings are
 * LOCAL: they end with the transaction and never leak to a pooled connection's next user.
 */
export function withUser<T>(db: Database, userId: string, work: (tx: Transaction) => Promise<T>): Promise<T> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`select set_config('app.user_id', ${userId}, true)`);
    await tx.execute(sql`set local role atlas_app`);
    return work(tx);
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
