import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
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
 * (created when missing, its catalogue emptied first). With `keep`, the catalogue is left as it is
 * (the PGlite folder then lives under .atlas/, one per catalogue, and survives the run), so an
 * expensive 100k catalogue is built once and searched again after each change; `keep.name` tells
 * catalogues of different sizes apart.
 */
export async function openBenchDatabase(kind: 'pglite' | 'postgres', databaseUrl?: string, keep?: { name: string }): Promise<BenchDatabase> {
  let handle: DatabaseHandle;
  let cleanUp = async () => {};
  if (kind === 'pglite') {
    // On disk, not in memory: 100k postings with their vectors outgrow what a WASM heap holds comfortably.
    const folder = keep
      ? path.join(fileURLToPath(new URL('../.atlas/', import.meta.url)), `bench-pglite-${keep.name}`)
      : mkdtempSync(path.join(tmpdir(), 'atlas-bench-'));
    if (keep) mkdirSync(folder, { recursive: true });
    handle = await openDatabase({ kind: 'pglite', dataDir: folder });
    if (!keep) cleanUp = async () => rmSync(folder, { recursive: true, force: true });
  } else {
    if (!databaseUrl) throw new Error('DATABASE_URL is not set');
    const benchUrl = new URL(databaseUrl);
    const benchName = `${benchUrl.pathname.slice(1) || 'atlas'}_bench${keep ? `_${keep.name}` : ''}`;
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
  if (!keep) await handle.db.execute(sql`truncate jobs cascade`);
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

/**
 * Whether a kept catalogue was built to the end: every posting and its one chunk stored, and the
 * HNSW indexes (built last) in place. A run stopped half way leaves one that is built again.
 */
export async function isCompleteCatalogue(handle: DatabaseHandle, size: number) {
  const result = (await handle.db.execute(sql`
    select (select count(*)::int from jobs) as postings, (select count(*)::int from job_chunks) as chunks,
           to_regclass('job_chunks_embedding_hnsw') is not null and to_regclass('jobs_embedding_hnsw') is not null as indexed
  `)) as unknown as { rows: { postings: number; chunks: number; indexed: boolean }[] };
  const row = result.rows[0];
  return row !== undefined && row.postings === size && row.chunks === size && row.indexed;
}
