import { loadConfig } from '../config.ts';
import { openDatabase, type DatabaseHandle } from './database.ts';

/**
 * The database a test file works on: the Postgres server named by DATABASE_URL (migrated once by
 * the global setup), or a fresh in-memory PGlite. Tests create their own users, so files can share
 * a server without seeing each other's rows.
 */
export async function openTestDatabase(): Promise<DatabaseHandle> {
  const url = loadConfig().DATABASE_URL;
  if (url) return openDatabase({ kind: 'postgres', url });
  const handle = await openDatabase({ kind: 'pglite', dataDir: 'memory://' });
  await handle.migrate();
  return handle;
}
