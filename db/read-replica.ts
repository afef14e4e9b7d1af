import { sql } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import { BeginWithFirstStatementClient } from './begin-with-first-statement.ts';
import type { Database, Transaction } from './database.ts';
import * as schema from './schema.ts';
import { withUser } from './with-user.ts';

/** Which server answered a read: the replica, or the primary when the replica was behind or unreachable. */
export type ServedBy = 'replica' | 'primary';

export interface ReadReplica {
  /**
   * Runs `work` as `userId` on the replica, under the same row-level security as on the primary, once
   * the replica has replayed every commit the primary had flushed when the read began; otherwise in
   * `primary`, a transaction the caller already holds on the primary for that user.
   */
  read<T>(options: { userId: string; primary: Transaction }, work: (reads: Transaction, servedBy: ServedBy) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** A replica that cannot be reached right now; the read is served by the primary instead. */
export class ReplicaUnreachableError extends Error {
  override readonly name = 'ReplicaUnreachableError';
}

/**
 * Opens a streaming replica (hot standby) of the primary for reads that may go there.
 *
 * Read-your-writes: a read goes to the replica only when `pg_last_wal_replay_lsn()` there has reached
 * the primary's `pg_current_wal_flush_lsn()` taken as the read began. Every write acknowledged before
 * then (this user's from any app process, a browser, an MCP client or a background job) has its commit
 * flushed at or below that position, and a standby snapshot taken after replaying a commit sees it, so
 * the replica answers exactly what the primary would. A per-user "last write" mark would need every
 * write path to record it (and a cookie MCP clients do not keep); the global position needs nothing
 * recorded, costs one primary round-trip that reads no table, and on a streaming replica a few
 * milliseconds of waiting at most. When the replica has not caught up within `waitMilliseconds`, or
 * cannot be reached, the primary answers: a lagging replica delays a read by `waitMilliseconds` at most,
 * an unreachable one by its connection timeout (2 s) at most, and neither hides a write.
 */
export function openReadReplica(options: {
  url: string;
  /** The pool's size (default 10). */
  maxConnections?: number;
  /** How long a read waits for the replica to catch up before the primary answers it (default 50 ms). */
  waitMilliseconds?: number;
  /** Told which server answered each read (for metrics). */
  onRead?: (servedBy: ServedBy) => void;
  /** Told when the replica stops being reachable (reads are then served by the primary); once per outage. */
  onUnreachable?: (error: unknown) => void;
}): ReadReplica {
  const pool = new pg.Pool({ connectionString: options.url, max: options.maxConnections ?? 10, connectionTimeoutMillis: 2_000, Client: BeginWithFirstStatementClient });
  // An idle connection the replica drops (a restart) must not take the process down.
  pool.on('error', (error) => options.onUnreachable?.(error));
  const replica: Database = drizzle(pool, { schema });
  const waitMilliseconds = options.waitMilliseconds ?? 50;
  let reachable = true;

  async function caughtUp(reads: Transaction, target: string): Promise<boolean> {
    const deadline = performance.now() + waitMilliseconds;
    for (;;) {
      const result = (await reads.execute(sql`select coalesce(pg_last_wal_replay_lsn() >= ${target}::pg_lsn, false) as "caughtUp"`)) as unknown as { rows: { caughtUp: boolean }[] };
      if (result.rows[0]?.caughtUp) return true;
      if (performance.now() >= deadline) return false;
      await new Promise((resolve) => setTimeout(resolve, 2));
    }
  }

  return {
    close: () => pool.end(),
    async read(read, work) {
      const flushed = (await read.primary.execute(sql`select pg_current_wal_flush_lsn()::text as lsn`)) as unknown as { rows: { lsn: string }[] };
      const target = flushed.rows[0]!.lsn;
      let working = false;
      try {
        const answer = await withUser(replica, read.userId, async (reads) => {
          if (!(await caughtUp(reads, target))) return { served: false as const };
          working = true;
          reachable = true;
          options.onRead?.('replica');
          return { served: true as const, value: await work(reads, 'replica') };
        });
        if (answer.served) return answer.value;
      } catch (error) {
        // Only a failure before the work began is the replica's: the work's own errors are the caller's.
        if (working) throw error;
        // One report per outage, not one per search while it lasts.
        if (reachable) options.onUnreachable?.(new ReplicaUnreachableError(`The read replica could not be reached: ${error instanceof Error ? error.message : String(error)}`));
        reachable = false;
      }
      options.onRead?.('primary');
      return work(read.primary, 'primary');
    },
  };
}
