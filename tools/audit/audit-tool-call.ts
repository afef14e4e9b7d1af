import { sql } from 'drizzle-orm';
import type { Transaction } from '../../db/database.ts';
import { commitsWithLastStatement, followedByCommit } from '../../db/begin-with-first-statement.ts';
import { queryDriverRows, sendDriverRows } from '../../db/query-rows.ts';
import { workBehindFirstStatement } from '../../db/work-behind-first-statement.ts';
import { actAsUser, withUser } from '../../db/with-user.ts';
import type { Tool } from '../define-tool.ts';
import type { ToolCaller } from '../run-tool.ts';
import { recordAuditEvent, type AuditEntry } from './audit-log.ts';

/**
 * Tables whose rows are sensitive to read, with the record kind the audit log names them by. Reads of
 * these are logged like writes (promise 21).
 */
export const sensitiveTables: Record<string, string> = {
  cvs: 'cv',
  cv_passages: 'cv',
  gmail_signals: 'email signal',
  contacts: 'email contact',
  // A briefing's facts copy email signals: who awaits a reply, which interviews mail dated.
  briefings: 'briefing',
};

/**
 * How often this transaction has scanned each sensitive table so far, its indexes included, as one JSON
 * object (Postgres's own per-transaction counters, read by `sensitive_scan_counts`, migrations 0037 and
 * 0040: the table and index ids it reads are kept current by an event trigger on every DDL, so an index
 * added later is counted too; they can hold scans of earlier transactions on the same connection not
 * yet flushed, so only a difference means anything).
 */
const sensitiveScanCounts = sql`sensitive_scan_counts(${sql.raw(tableNameArray(Object.keys(sensitiveTables)))})`;

/**
 * The table names written into the statement, not sent as parameters: with none, the transaction's
 * first statement goes with its BEGIN in one round trip. They are this file's own constants.
 */
function tableNameArray(tables: string[]) {
  if (!tables.every((table) => /^[a-z_]+$/.test(table))) throw new Error('A sensitive table name is not a plain identifier');
  return `'{${tables.join(',')}}'::text[]`;
}

type ScansRow = { scans: Record<string, number | string> };

function scansOf([row]: ScansRow[]): Map<string, number> {
  return new Map(Object.entries(row!.scans).map(([table, scans]) => [table, Number(scans)]));
}

async function sensitiveScans(db: Transaction, thenCommit = false): Promise<Map<string, number>> {
  const statement = sql`select ${sensitiveScanCounts} as scans`;
  return scansOf(await queryDriverRows<ScansRow>(db, thenCommit ? followedByCommit(statement) : statement));
}

/** Acting as the user and the first reading of the counters, in one statement, sent before this returns (see workBehindFirstStatement). */
function actAsUserCountingScans(db: Transaction, userId: string): Promise<Map<string, number>> {
  return sendDriverRows<ScansRow>(db, sql`select ${actAsUser(userId)}, ${sensitiveScanCounts} as scans`).then(scansOf);
}

function kindsRead(before: Map<string, number>, after: Map<string, number>): string[] {
  const kinds = [...after].filter(([table, scans]) => scans > (before.get(table) ?? 0)).map(([table]) => sensitiveTables[table]!);
  return [...new Set(kinds)];
}

/** `emailSignal` → `email signal`: record kinds read as words in the log. */
function words(camelCase: string) {
  return camelCase.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
}

/**
 * The record a write touched: the first `…Id` field of its input, else the first record with an id in
 * its output, else the noun of the tool's name (`refreshBoards` → `boards`).
 */
function touchedRecord(tool: Tool, input: unknown, output: unknown): { recordKind: string; recordId: string | null } {
  for (const [key, value] of Object.entries(input ?? {})) {
    if (key.length > 2 && key.endsWith('Id') && typeof value === 'string') return { recordKind: words(key.slice(0, -2)), recordId: value };
  }
  for (const [key, value] of Object.entries(output ?? {})) {
    const id = (value as { id?: unknown } | null)?.id;
    if (typeof value === 'object' && typeof id === 'string') return { recordKind: words(key), recordId: id };
  }
  return { recordKind: words(tool.name.replace(/^[a-z]+/, '')) || tool.name, recordId: null };
}

/**
 * Runs one tool call in a transaction under the user's row-level security and records it in the
 * user's audit log: every write tool, and every call that read a sensitive table, whatever the tool
 * declares. Postgres counts the scans, so a tool added later cannot forget to log its reads. Entries
 * hold ids and names only, never content.
 *
 * A write's entry is written in its transaction, so the change and its record commit together. A
 * read changes nothing, so on a PostgreSQL server its last reading of the counters goes with its
 * COMMIT in one round trip, and the rare read of a sensitive table is recorded just after, in a
 * transaction of its own: still before the caller receives anything read, which it never does if
 * the record cannot be written.
 */
export async function withUserAudited<Result>(
  call: { caller: ToolCaller; tool: Tool; input: unknown },
  work: (db: Transaction, reads: Transaction) => Promise<Result>,
): Promise<Result> {
  const { caller, tool, input } = call;
  const commitWithCounters = tool.effect === 'read' && commitsWithLastStatement(caller.database);
  const { output, unrecorded } = await caller.database.transaction(async (db) => {
    // Acting as the user and the first reading of the counters share one statement, and the work's
    // statements go right behind it: the counters read first are only compared at the end.
    const { first: before, result: worked } = await workBehindFirstStatement(
      () => actAsUserCountingScans(db, caller.userId),
      async (): Promise<{ output: Result; readOnReplica: string[] }> => {
        if (!(tool.replicaReads && caller.replica)) return { output: await work(db, db), readOnReplica: [] };
        // The replica counts its own scans: a CV read there is logged like one on the primary.
        return caller.replica.read({ userId: caller.userId, primary: db }, async (reads, servedBy) => {
          if (servedBy === 'primary') return { output: await work(db, db), readOnReplica: [] };
          const replicaBefore = await sensitiveScans(reads);
          const replicaOutput = await work(db, reads);
          return { output: replicaOutput, readOnReplica: kindsRead(replicaBefore, await sensitiveScans(reads)) };
        });
      },
    );
    const { output, readOnReplica } = worked;
    const read = [...new Set([...kindsRead(before, await sensitiveScans(db, commitWithCounters)), ...readOnReplica])];

    const entries: Pick<AuditEntry, 'action' | 'recordKind' | 'recordId'>[] = [];
    if (tool.effect === 'write') entries.push({ action: tool.name, ...touchedRecord(tool, input, output) });
    for (const recordKind of read) {
      if (!entries.some((entry) => entry.recordKind === recordKind)) entries.push({ action: tool.name, recordKind, recordId: null });
    }
    // Committed already: the entries are written once the connection is back in the pool.
    if (commitWithCounters) return { output, unrecorded: entries };
    await recordAll(db, entries);
    return { output, unrecorded: [] };
  });
  if (unrecorded.length > 0) await withUser(caller.database, caller.userId, (db) => recordAll(db, unrecorded));
  return output;

  async function recordAll(db: Transaction, entries: Pick<AuditEntry, 'action' | 'recordKind' | 'recordId'>[]) {
    const at = (caller.now ?? (() => new Date()))();
    for (const entry of entries) {
      await recordAuditEvent(db, { ...entry, actor: caller.actor, actorDetail: caller.actorDetail, clientAddress: caller.clientAddress }, at);
    }
  }
}
