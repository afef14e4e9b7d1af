import { sql, type SQL } from 'drizzle-orm';
import pg from 'pg';

const heldBeginResult = { command: 'BEGIN', rowCount: null, oid: 0, rows: [], fields: [] };
const answeredEndResult = (command: string) => ({ command, rowCount: null, oid: 0, rows: [], fields: [] });

/** The COMMIT `followedByCommit` appends; a statement ending in it ends its transaction. */
const trailingCommit = /;\s*commit\s*$/i;

/**
 * `statement; commit`: the transaction's last statement and its COMMIT in one round trip, on a pool
 * of `BeginWithFirstStatementClient`s (see `commitsWithLastStatement`). The caller gets the
 * statement's result; the COMMIT the transaction then sends is answered without a round trip.
 * The statement must have no parameters: only the simple protocol carries two statements.
 */
export function followedByCommit(statement: SQL): SQL {
  return sql`${statement}; commit`;
}

/** Whether `database` sends through `BeginWithFirstStatementClient`s, so `followedByCommit` may be used in its transactions. */
export function commitsWithLastStatement(database: object): boolean {
  const client = (database as { $client?: unknown }).$client;
  return client instanceof pg.Pool && (client as pg.Pool & { options: { Client?: unknown } }).options.Client === BeginWithFirstStatementClient;
}

function isBare(statement: RegExp, config: unknown, values: unknown) {
  const text = typeof config === 'string' ? config : (config as { text?: unknown } | null)?.text;
  return typeof text === 'string' && statement.test(text) && (values === undefined || (Array.isArray(values) && values.length === 0));
}
const isBegin = (config: unknown, values: unknown) => isBare(/^\s*begin\s*$/i, config, values);
const transactionEnd = (config: unknown, values: unknown) =>
  isBare(/^\s*commit\s*$/i, config, values) ? 'COMMIT' : isBare(/^\s*rollback\s*$/i, config, values) ? 'ROLLBACK' : null;

/** A statement node-postgres sends by the simple protocol, which accepts several statements in one message. */
function parameterlessText(config: unknown, values: unknown): string | null {
  if (values !== undefined && !(Array.isArray(values) && values.length === 0)) return null;
  if (typeof config === 'string') return config;
  if (!config || typeof config !== 'object') return null;
  // What makes node-postgres prepare a statement (pg/lib/query.js, requiresPreparation).
  const { text, name, values: ownValues, queryMode, rows } = config as { text?: unknown; name?: unknown; values?: unknown[]; queryMode?: unknown; rows?: unknown };
  if (typeof text !== 'string' || name || queryMode === 'extended' || rows) return null;
  return ownValues && ownValues.length > 0 ? null : text;
}

/**
 * A node-postgres client that sends a transaction's BEGIN together with the transaction's first
 * statement, in one round trip, when that statement has no parameters. Every transaction that acts
 * for a user opens with such a statement (the role and user settings, see `actAsUser`), so each
 * request saves a round trip per transaction; a round trip, not the statement's work, is most of
 * what a short statement costs. Any other first statement is sent after the BEGIN as before.
 *
 * Likewise a last statement sent `followedByCommit` ends the transaction with it: the COMMIT (or a
 * ROLLBACK) the transaction sends next is answered here, and any other statement is refused, since
 * it would run outside the transaction and so not as the acting user.
 *
 * Only the promise form of `query` (the one drizzle uses) may follow a held BEGIN.
 */
export class BeginWithFirstStatementClient extends pg.Client {
  #beginHeld = false;
  #committed = false;

  // node-postgres's `query` has many overloads; this one sees them all and hands on what it does not change.
  override query(...args: unknown[]): never {
    const [config, values, callback] = args;
    const send = (super.query as (...sent: unknown[]) => unknown).bind(this);
    if (this.#committed) {
      const end = callback === undefined && typeof values !== 'function' ? transactionEnd(config, values) : null;
      if (end) {
        this.#committed = false;
        return Promise.resolve(answeredEndResult(end)) as never;
      }
      // A new transaction may begin on the connection; nothing else may run as if still in the old one.
      if (!isBegin(config, values)) return Promise.reject(new Error('The transaction was committed with its last statement; only COMMIT or ROLLBACK may follow')) as never;
      this.#committed = false;
    }
    if (!this.#beginHeld) {
      const text = parameterlessText(config, values);
      if (text !== null && trailingCommit.test(text) && callback === undefined && typeof values !== 'function') return this.#sendEndingTransaction(send(...args)) as never;
      if (isBegin(config, values) && callback === undefined && typeof values !== 'function') {
        this.#beginHeld = true;
        return Promise.resolve(heldBeginResult) as never;
      }
      return send(...args) as never;
    }
    this.#beginHeld = false;
    if (callback !== undefined || typeof values === 'function' || typeof (config as { submit?: unknown })?.submit === 'function') {
      throw new Error('A query after BEGIN must use the promise form of query()');
    }
    const text = parameterlessText(config, values);
    if (text === null) {
      // Queued in order on this connection: the BEGIN first, then the statement.
      const begun = send('begin') as Promise<unknown>;
      const answered = send(...args) as Promise<unknown>;
      return begun.then(
        () => answered,
        (error: unknown) => {
          answered.catch(() => {});
          throw error;
        },
      ) as never;
    }
    const combined = typeof config === 'string' ? `begin; ${text}` : { ...(config as object), text: `begin; ${text}` };
    if (trailingCommit.test(text)) return this.#sendEndingTransaction(send(combined)) as never;
    // The simple protocol answers each statement; the caller asked for the last one's.
    return (send(combined) as Promise<pg.QueryResult | pg.QueryResult[]>).then((results) => (Array.isArray(results) ? results.at(-1) : results)) as never;
  }

  /** A statement sent `followedByCommit`: the caller asked for its result, the one before the COMMIT's. */
  #sendEndingTransaction(sent: unknown) {
    return (sent as Promise<pg.QueryResult[]>).then((results) => {
      // Both ran: the transaction is over. (Had either failed, the caller's ROLLBACK goes to the server.)
      this.#committed = true;
      return results.at(-2);
    });
  }
}
