import pg from 'pg';

const heldBeginResult = { command: 'BEGIN', rowCount: null, oid: 0, rows: [], fields: [] };

function isBegin(config: unknown, values: unknown) {
  const text = typeof config === 'string' ? config : (config as { text?: unknown } | null)?.text;
  return typeof text === 'string' && /^\s*begin\s*$/i.test(text) && (values === undefined || (Array.isArray(values) && values.length === 0));
}

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
 * Only the promise form of `query` (the one drizzle uses) may follow a held BEGIN.
 */
export class BeginWithFirstStatementClient extends pg.Client {
  #beginHeld = false;

  // node-postgres's `query` has many overloads; this one sees them all and hands on what it does not change.
  override query(...args: unknown[]): never {
    const [config, values, callback] = args;
    const send = (super.query as (...sent: unknown[]) => unknown).bind(this);
    if (!this.#beginHeld) {
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
    // The simple protocol answers each statement; the caller asked for the last one's.
    return (send(combined) as Promise<pg.QueryResult | pg.QueryResult[]>).then((results) => (Array.isArray(results) ? results.at(-1) : results)) as never;
  }
}
