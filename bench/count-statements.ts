import type { PGlite, Transaction as PGliteTransaction } from '@electric-sql/pglite';
import pg from 'pg';
import type { DatabaseHandle } from '../db/database.ts';

/**
 * The statements `work` sends to the PostgreSQL server through `pg`, as their text, seen at the
 * client every pool connection uses: one query is one round trip. Nothing else may be querying meanwhile.
 */
export async function statementsSent(work: () => Promise<unknown>): Promise<string[]> {
  const query = pg.Client.prototype.query;
  const sent: string[] = [];
  pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
    const config = args[0] as string | { text?: string };
    sent.push(typeof config === 'string' ? config : (config.text ?? ''));
    return (query as (...passed: unknown[]) => unknown).apply(this, args);
  } as typeof query;
  try {
    await work();
  } finally {
    pg.Client.prototype.query = query;
  }
  return sent;
}

/**
 * The statements `work` runs on an embedded database, as their text, seen at the PGlite instance
 * (its queries, and those of the transactions it opens). The BEGIN and COMMIT PGlite sends for a
 * transaction are left out: a server's client sends them with the first and last statements.
 */
async function statementsRunEmbedded(client: PGlite, work: () => Promise<unknown>): Promise<string[]> {
  const sent: string[] = [];
  const { query, exec, transaction } = client;
  const counting = <Method extends (text: string, ...rest: never[]) => Promise<unknown>>(method: Method, owner: object) =>
    ((text: string, ...rest: never[]) => {
      sent.push(text);
      return method.call(owner, text, ...rest);
    }) as Method;
  client.query = counting(query, client);
  client.exec = counting(exec, client);
  client.transaction = ((callback: (tx: PGliteTransaction) => Promise<unknown>) =>
    transaction.call(client, (tx) => {
      const counted = Object.create(tx) as PGliteTransaction;
      counted.query = counting(tx.query, tx);
      counted.exec = counting(tx.exec, tx);
      return callback(counted);
    })) as typeof transaction;
  try {
    await work();
  } finally {
    // The methods are the prototype's: dropping the instance's own puts them back.
    for (const method of ['query', 'exec', 'transaction'] as const) delete (client as unknown as Record<string, unknown>)[method];
  }
  return sent;
}

/** The statements `work` sends on either kind of database (see statementsSent and statementsRunEmbedded). */
export function statementsSentBy(handle: DatabaseHandle, work: () => Promise<unknown>): Promise<string[]> {
  return handle.driver.kind === 'pglite' ? statementsRunEmbedded(handle.driver.client, work) : statementsSent(work);
}

/**
 * How many statements `work` sends. Round trips, not rows, are what a request pays most for, and
 * unlike a latency the count does not move with the machine's load.
 */
export async function countStatements(work: () => Promise<void>): Promise<number> {
  return (await statementsSent(work)).length;
}
