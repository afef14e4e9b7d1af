import pg from 'pg';

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
 * How many statements `work` sends. Round trips, not rows, are what a request pays most for, and
 * unlike a latency the count does not move with the machine's load.
 */
export async function countStatements(work: () => Promise<void>): Promise<number> {
  return (await statementsSent(work)).length;
}
