import { lt } from 'drizzle-orm';
import type { Database } from '../../db/database.ts';
import { auditEvents, users } from '../../db/schema.ts';
import { withAuthRole, withUser } from '../../db/with-user.ts';
import { retentionCutoff } from './audit-log.ts';

const day = 24 * 60 * 60 * 1000;

/**
 * Deletes audit entries older than the retention period. Row-level security binds this sweep too,
 * so it works one user at a time, each in the user's own transaction; returns how many it removed.
 */
export async function pruneAuditLog(database: Database, options: { retentionDays: number; now: Date }): Promise<number> {
  const cutoff = retentionCutoff(options.retentionDays, options.now);
  const everyone = await withAuthRole(database, (tx) => tx.select({ id: users.id }).from(users));
  let removed = 0;
  for (const { id } of everyone) {
    const deleted = await withUser(database, id, (tx) =>
      tx.delete(auditEvents).where(lt(auditEvents.createdAt, cutoff)).returning({ id: auditEvents.id }),
    );
    removed += deleted.length;
  }
  return removed;
}

/** Prunes the audit log now and then once a day, without keeping the process alive; returns a stop function. */
export function scheduleAuditLogPruning(options: {
  database: Database;
  retentionDays: number;
  logError: (error: unknown) => void;
  now?: () => Date;
}): () => void {
  const now = options.now ?? (() => new Date());
  const prune = () => {
    pruneAuditLog(options.database, { retentionDays: options.retentionDays, now: now() }).catch(options.logError);
  };
  prune();
  const timer = setInterval(prune, day);
  timer.unref();
  return () => clearInterval(timer);
}
