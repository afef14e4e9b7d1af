import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { PGlite } from '@electric-sql/pglite';
import { embeddedExtensions } from './embedded-extensions.ts';
import { lockDataFolder } from './data-folder-lock.ts';

/**
 * Writes a copy of the embedded database in `dataDir` to `file`: a gzipped tar of its data folder, as
 * PGlite dumps it. Atlas must be stopped first, since only one process may open the folder.
 */
export async function backUpEmbeddedDatabase(options: { dataDir: string; file: string }) {
  // A running Atlas holds the folder: refused with a message saying so, not a copy taken mid-write.
  const lock = lockDataFolder(options.dataDir);
  try {
    const client = await PGlite.create({ dataDir: options.dataDir, extensions: embeddedExtensions });
    try {
      const dump = await client.dumpDataDir('gzip');
      await writeFile(options.file, Buffer.from(await dump.arrayBuffer()));
    } finally {
      await client.close();
    }
  } finally {
    lock.release();
  }
}

/** Restores a backup into `dataDir`, which must be empty or missing: a restore never overwrites a database. */
export async function restoreEmbeddedDatabase(options: { dataDir: string; file: string }) {
  if (existsSync(options.dataDir) && readdirSync(options.dataDir).length > 0) {
    throw new Error(`${options.dataDir} is not empty: restore into a new folder (ATLAS_DATA_DIR), or move the current one aside first`);
  }
  const backup = new Blob([await readFile(options.file)]);
  mkdirSync(options.dataDir, { recursive: true });
  const client = await PGlite.create({ dataDir: options.dataDir, extensions: embeddedExtensions, loadDataDir: backup });
  await client.close();
}
