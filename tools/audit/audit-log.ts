import { and, desc, gte, lt } from 'drizzle-orm';
import { z } from 'zod';
import type { Transaction } from '../../db/database.ts';
import { auditEvents, changeActor } from '../../db/schema.ts';

/** Who acted and from where, as the audit log records it. Never the content of what was read or written. */
export interface AuditSource {
  actor: (typeof changeActor.enumValues)[number];
  /** Which credential acted beyond the channel: an access token by name, a browser session. */
  actorDetail?: string | null;
  /** The client's IP address; none for stdio MCP and background work. */
  clientAddress?: string | null;
}

export interface AuditEntry extends AuditSource {
  /** What happened, as a verb: a tool name (`updateApplication`), or `export`, `createAccessToken`. */
  action: string;
  /** What kind of record it touched: `application`, `cv`, `email signal`, `account`. */
  recordKind: string;
  recordId?: string | null;
}

/** Appends one entry to the acting user's audit log, inside the caller's transaction. */
export async function recordAuditEvent(db: Transaction, entry: AuditEntry, at: Date) {
  await db.insert(auditEvents).values({
    actor: entry.actor,
    actorDetail: entry.actorDetail ?? null,
    clientAddress: entry.clientAddress ?? null,
    action: entry.action,
    recordKind: entry.recordKind,
    recordId: entry.recordId ?? null,
    createdAt: at,
  });
}

export const auditEventViewSchema = z.object({
  id: z.uuid(),
  actor: z.enum(changeActor.enumValues),
  actorDetail: z.string().nullable(),
  action: z.string(),
  recordKind: z.string(),
  recordId: z.string().nullable(),
  clientAddress: z.string().nullable(),
  createdAt: z.date(),
});
export type AuditEventView = z.infer<typeof auditEventViewSchema>;

/**
 * The acting user's audit log, newest first, within the retention period (entries past it are
 * hidden even before the daily pruning removes them). `before` pages back through older entries.
 */
export function listAuditEvents(
  db: Transaction,
  options: { limit: number; before?: Date; retentionDays: number; now: Date },
): Promise<AuditEventView[]> {
  const oldestKept = retentionCutoff(options.retentionDays, options.now);
  return db
    .select({
      id: auditEvents.id,
      actor: auditEvents.actor,
      actorDetail: auditEvents.actorDetail,
      action: auditEvents.action,
      recordKind: auditEvents.recordKind,
      recordId: auditEvents.recordId,
      clientAddress: auditEvents.clientAddress,
      createdAt: auditEvents.createdAt,
    })
    .from(auditEvents)
    .where(and(gte(auditEvents.createdAt, oldestKept), options.before ? lt(auditEvents.createdAt, options.before) : undefined))
    .orderBy(desc(auditEvents.createdAt), desc(auditEvents.id))
    .limit(options.limit);
}

export function retentionCutoff(retentionDays: number, now: Date) {
  return new Date(now.getTime() - retentionDays * 24 * 60 * 60 * 1000);
}
