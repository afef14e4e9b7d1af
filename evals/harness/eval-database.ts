import { sql } from 'drizzle-orm';
import pg from 'pg';
import { openDatabase, type DatabaseHandle } from '../../db/database.ts';

export interface EvalDatabase {
  handle: DatabaseHandle;
  label: string;
  /** Empties every user and the catalogue, so each scenario starts from its own seed alone. */
  reset(): Promise<void>;
  close(): Promise<void>;
}

/**
 * A database of the evals' own, emptied before each scenario: searches rank the whole catalogue,
 * so one scenario's postings must never reach another's results. Embedded PGlite in memory, or
 * `<name>_evals` beside the database DATABASE_URL names (created when missing) — never the
 * database itself, which may hold real users.
 */
export async function openEvalDatabase(databaseUrl?: string): Promise<EvalDatabase> {
  let handle: DatabaseHandle;
  let label: string;
  if (!databaseUrl) {
    handle = await openDatabase({ kind: 'pglite', dataDir: 'memory://' });
    label = 'PGlite (embedded)';
  } else {
    const url = new URL(databaseUrl);
    const name = `${url.pathname.slice(1) || 'atlas'}_evals`;
    url.pathname = `/${name}`;
    const admin = new pg.Client({ connectionString: databaseUrl });
    await admin.connect();
    try {
      const exists = await admin.query('select 1 from pg_database where datname = $1', [name]);
      if (exists.rowCount === 0) await admin.query(`create database "${name.replace(/"/g, '""')}"`);
    } finally {
      await admin.end();
    }
    handle = await openDatabase({ kind: 'postgres', url: url.toString() });
    label = `PostgreSQL (${name})`;
  }
  await handle.migrate();
  return {
    handle,
    label,
    async reset() {
      // Every user-data table hangs off users, so the cascade clears them all.
      await handle.db.execute(sql`truncate users, jobs cascade`);
    },
    close: () => handle.close(),
  };
}
