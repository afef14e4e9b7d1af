import pg from 'pg';

/**
 * How many statements `work` sends to the PostgreSQL server through `pg`, counted at the client every
 * pool connection uses. Round trips, not rows, are what a request pays most for, and unlike a latency
 * the count does not move with the machine's load. Nothing else may be querying meanwhile.
 */
export async function countStatements(work: () => Promise<void>): Promise<number> {
  const query = pg.Client.prototype.query;
  let count = 0;
  pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
    count += 1;
    return (query as (...args: unknown[]) => unknown).apply(this, args);
  } as typeof query;
  try {
    await work();
  } finally {
    pg.Client.prototype.query = query;
  }
  return count;
}
