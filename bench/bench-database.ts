import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { openDatabase, type DatabaseHandle } from '../db/database.ts';
import { users } from '../db/schema.ts';
import { withAuthRole } from '../db/with-user.ts';

export interface BenchDatabase {
  handle: DatabaseHandle;
  label: string;
  version: string;
  close(): Promise<void>;
}

/**
 * A database of the benchmark's own, so its 100k postings never land in a database tests or users
 * share: a throwaway PGlite folder, or `<name>_bench` beside the server database DATABASE_URL names
 * (created when missing, its catalogue emptied first).
 */
export async function openBenchDatabase(kind: 'pglite' | 'postgres', databaseUrl?: string): Promise<BenchDatabase> {
  let handle: DatabaseHandle;
  let cleanUp = async () => {};
  if (kind === 'pglite') {
    // On disk, not in memory: 100k postings with their vectors outgrow what a WASM heap holds comfortably.
    const folder = mkdtempSync(path.join(tmpdir(), 'atlas-bench-'));
    handle = await openDatabase({ kind: 'pglite', dataDir: folder });
    cleanUp = async () => rmSync(folder, { recursive: true, force: true });
  } else {
    if (!databaseUrl) throw new Error('DATABASE_URL is not set');
    const benchUrl = new URL(databaseUrl);
    const benchName = `${benchUrl.pathname.slice(1) || 'atlas'}_bench`;
    benchUrl.pathname = `/${benchName}`;
    const admin = new pg.Client({ connectionString: databaseUrl });
    await admin.connect();
    try {
      const exists = await admin.query('select 1 from pg_database where datname = $1', [benchName]);
      if (exists.rowCount === 0) await admin.query(`create database "${benchName.replace(/"/g, '""')}"`);
    } finally {
      await admin.end();
    }
    handle = await openDatabase({ kind: 'postgres', url: benchUrl.toString() });
  }
  await handle.migrate();
  await handle.db.execute(sql`truncate jobs cascade`);
  const versionResult = (await handle.db.execute(sql`select version() as version`)) as unknown as { rows: { version: string }[] };
  return {
    handle,
    label: kind === 'pglite' ? 'PGlite (embedded, WASM)' : 'PostgreSQL server',
    version: versionResult.rows[0]?.version ?? '',
    async close() {
      await handle.close();
      await cleanUp();
    },
  };
}

/** The account the benchmark imports and searches as. */
export async function createBenchUser(handle: DatabaseHandle) {
  const [user] = await withAuthRole(handle.db, (tx) =>
    tx
      .insert(users)
      .values({ email: `bench-${Date.now()}-${Math.random().toString(36).slice(2)}@example.test`, name: 'Benchmark' })
      .returning(),
  );
  return user!;
}
