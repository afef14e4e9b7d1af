import { loadConfig } from '../config.ts';
import { openDatabase } from './database.ts';

/** Migrates the shared Postgres server once before any test file runs (PGlite files migrate their own). */
export default async function migrateSharedServer() {
  const url = loadConfig().DATABASE_URL;
  if (!url) return;
  const handle = await openDatabase({ kind: 'postgres', url });
  try {
    await handle.migrate();
  } finally {
    await handle.close();
  }
}
