import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { embeddedExtensions } from './embedded-extensions.ts';
import { lockDataFolder } from './data-folder-lock.ts';
import { startEmbeddedAutoAnalyze } from './embedded-auto-analyze.ts';
import type { ExtractTablesWithRelations } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePostgres } from 'drizzle-orm/node-postgres';
import { migrate as migratePostgres } from 'drizzle-orm/node-postgres/migrator';
import pg from 'pg';
import { BeginWithFirstStatementClient } from './begin-with-first-statement.ts';
import * as schema from './schema.ts';

export type Schema = typeof schema;
/** The owner's handle: migrations and the role-switching helpers only. */
export type Database = PgDatabase<PgQueryResultHKT, Schema>;
/** A transaction running as a restricted role; what tools and routes receive. */
export type Transaction = PgTransaction<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;

export interface DatabaseHandle {
  db: Database;
  kind: 'pglite' | 'postgres';
  /** The connection under drizzle, for a library that speaks to Postgres itself (the Gmail sync queue). */
  driver: { kind: 'pglite'; client: PGlite } | { kind: 'postgres'; url: string; /** For its connection counts (metrics). */ pool: pg.Pool };
  migrate(): Promise<void>;
  close(): Promise<void>;
}

const migrationsFolder = fileURLToPath(new URL('./migrations', import.meta.url));

export type DatabaseLocation =
  | { kind: 'postgres'; url: string; /** The pool's size (default 10). */ maxConnections?: number }
  /**
   * A folder on disk, or `memory://` for a throwaway database; `from` starts it as a copy of another
   * PGlite data folder (a `dumpDataDir` archive) instead of an empty cluster.
   */
  | { kind: 'pglite'; dataDir: string; from?: Blob };

/**
 * Opens Postgres: a server through `pg` when a URL is configured, otherwise embedded PGlite
 * (real Postgres in WASM, with pgvector) so Atlas runs with no database to install.
 */
export async function openDatabase(location: DatabaseLocation): Promise<DatabaseHandle> {
  if (location.kind === 'postgres') {
    // Pipelined: a statement is sent as soon as it is queued, behind those awaiting their answers,
    // so a transaction's work need not wait for the statement that acts as the user
    // (db/work-behind-first-statement.ts). Postgres still runs them one by one, in order.
    const pool = new pg.Pool({ connectionString: location.url, max: location.maxConnections ?? 10, Client: BeginWithFirstStatementClient, pipeline: true } as pg.PoolConfig);
    const db = drizzlePostgres(pool, { schema });
    return {
      db,
      kind: 'postgres',
      driver: { kind: 'postgres', url: location.url, pool },
      migrate: () => migratePostgres(db, { migrationsFolder }),
      close: () => pool.end(),
    };
  }
  const onDisk = !location.dataDir.startsWith('memory://');
  // Before PGlite touches the folder: a second process must not open it at all (data-folder-lock.ts).
  const lock = onDisk ? lockDataFolder(location.dataDir) : null;
  try {
    if (onDisk) mkdirSync(location.dataDir, { recursive: true });
    const client = await PGlite.create({ dataDir: location.dataDir, extensions: embeddedExtensions, ...(location.from ? { loadDataDir: location.from } : {}) });
    const db = drizzlePglite(client, { schema });
    const autoAnalyze = startEmbeddedAutoAnalyze(client, { onError: (error) => console.error(`Updating the embedded database's planner statistics failed: ${String(error)}`) });
    return {
      db,
      kind: 'pglite',
      driver: { kind: 'pglite', client },
      migrate: () => migratePglite(db, { migrationsFolder }),
      close: async () => {
        await autoAnalyze.stop();
        await client.close();
        lock?.release();
      },
    };
  } catch (error) {
    lock?.release();
    throw error;
  }
}
