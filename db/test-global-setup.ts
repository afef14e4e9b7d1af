import { rmSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { loadConfig } from '../config.ts';
import { openDatabase } from './database.ts';

declare module 'vitest' {
  interface ProvidedContext {
    /** A migrated PGlite data folder archive that test files start their databases from. */
    migratedPgliteArchive: string | null;
  }
}

/**
 * Migrates the database tests share before any test file runs. On a server that is the server's
 * database; on PGlite each file gets a fresh in-memory database of its own, and creating an empty
 * cluster and migrating it costs seconds per file, so it happens once here and files load a copy.
 */
export default async function migrateSharedDatabase(project: TestProject) {
  const url = loadConfig().DATABASE_URL;
  if (url) {
    const handle = await openDatabase({ kind: 'postgres', url });
    try {
      await handle.migrate();
    } finally {
      await handle.close();
    }
    project.provide('migratedPgliteArchive', null);
    return;
  }
  const handle = await openDatabase({ kind: 'pglite', dataDir: 'memory://' });
  const folder = mkdtempSync(join(tmpdir(), 'atlas-test-pglite-'));
  const archive = join(folder, 'migrated.tar');
  try {
    await handle.migrate();
    if (handle.driver.kind !== 'pglite') throw new Error('expected an embedded database');
    const dump = await handle.driver.client.dumpDataDir('none');
    writeFileSync(archive, Buffer.from(await dump.arrayBuffer()));
  } finally {
    await handle.close();
  }
  project.provide('migratedPgliteArchive', archive);
  return () => rmSync(folder, { recursive: true, force: true });
}
