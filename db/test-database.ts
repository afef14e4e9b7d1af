import { readFileSync } from 'node:fs';
import pg from 'pg';
import { inject } from 'vitest';
import { loadConfig } from '../config.ts';
import { openDatabase, type DatabaseHandle } from './database.ts';

/**
 * The database a test file works on: the Postgres server named by DATABASE_URL (migrated once by
 * the global setup), or a fresh in-memory PGlite. Tests create their own users, so files can share
 * a server without seeing each other's rows.
 *
 * The job catalogue is shared on a server, though, and a test that asserts how the whole catalogue
 * ranks for a user (a journey through "jobs for me") would see every other file's postings. With
 * `ownCatalogue` it gets a database of its own on the server, migrated here and dropped on close.
 */
export async function openTestDatabase(options: { ownCatalogue?: boolean } = {}): Promise<DatabaseHandle> {
  const url = loadConfig().DATABASE_URL;
  if (url && options.ownCatalogue) return openOwnServerDatabase(url);
  if (url) return openDatabase({ kind: 'postgres', url });
  const archive = migratedArchive();
  const handle = await openDatabase({ kind: 'pglite', dataDir: 'memory://', ...(archive ? { from: archive } : {}) });
  // A copy of the migrated archive needs nothing; migrating checks that, and migrates when there is none.
  await handle.migrate();
  return handle;
}

let archiveBlob: Blob | null | undefined;

/** The migrated PGlite archive the global setup made, read once per test file (null outside vitest). */
function migratedArchive(): Blob | null {
  if (archiveBlob !== undefined) return archiveBlob;
  let path: string | null = null;
  try {
    path = inject('migratedPgliteArchive') ?? null;
  } catch {
    // Not inside a vitest worker (an eval or a script): start from an empty cluster.
  }
  archiveBlob = path ? new Blob([readFileSync(path)]) : null;
  return archiveBlob;
}

async function openOwnServerDatabase(sharedUrl: string): Promise<DatabaseHandle> {
  const own = new URL(sharedUrl);
  const name = `${own.pathname.slice(1) || 'atlas'}_own_${crypto.randomUUID().slice(0, 8)}`;
  own.pathname = `/${name}`;
  const admin = async (statement: string) => {
    const client = new pg.Client({ connectionString: sharedUrl });
    await client.connect();
    try {
      await client.query(statement);
    } finally {
      await client.end();
    }
  };
  await admin(`create database "${name}"`);
  const handle = await openDatabase({ kind: 'postgres', url: own.toString() });
  await handle.migrate();
  return {
    ...handle,
    async close() {
      await handle.close();
      await admin(`drop database if exists "${name}" with (force)`);
    },
  };
}
