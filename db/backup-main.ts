import { ConfigError, loadConfig } from '../config.ts';
import { backUpEmbeddedDatabase, restoreEmbeddedDatabase } from './embedded-backup.ts';
import { listEmbeddedSnapshots } from './embedded-snapshots.ts';

/** `npm run backup -- <file>` and `npm run restore -- <file>` (a backup or a daily snapshot), for the embedded database in ATLAS_DATA_DIR. */
async function main() {
  const [command, file] = process.argv.slice(2);
  const config = loadConfig();
  if (config.DATABASE_URL) {
    throw new Error('DATABASE_URL is set: back up that PostgreSQL server with pgBackRest (ops/backup/, npm run backup:server) or your provider’s backups instead');
  }
  if ((command !== 'backup' && command !== 'restore') || !file) {
    const newest = listEmbeddedSnapshots(config.ATLAS_SNAPSHOT_DIR).at(-1);
    throw new Error(
      'Usage: npm run backup -- <file.tar.gz>   or   npm run restore -- <file.tar.gz> (stop Atlas first)' +
        (newest ? `\nThe newest daily snapshot: ${newest.file}` : ''),
    );
  }
  const dataDir = config.ATLAS_DATA_DIR;
  if (command === 'backup') {
    await backUpEmbeddedDatabase({ dataDir, file });
    console.log(`Backed up ${dataDir} to ${file}`);
  } else {
    await restoreEmbeddedDatabase({ dataDir, file });
    console.log(`Restored ${file} into ${dataDir}`);
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError || error instanceof Error ? error.message : error);
  process.exit(1);
});
