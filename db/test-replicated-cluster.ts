import { appendFileSync, existsSync, mkdirSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import pg from 'pg';
import { freePort, ownByPostgres, postgresBinFolder, runAsPostgres } from '../ops/backup/throwaway-cluster.ts';

/**
 * A PostgreSQL primary with a streaming replica (hot standby) of its own, for tests of reads served by
 * a replica: Debian's server binaries as the `postgres` user, on loopback ports, in a folder thrown
 * away afterwards. pgvector must be installed for the server's version (Atlas's migrations create it).
 */
export interface ReplicatedCluster {
  primaryUrl: string;
  /** Where the replica serves once `startReplica` has made it (its port is reserved up front). */
  replicaUrl: string;
  /** Copies the primary as it is now (pg_basebackup -R) and starts the copy streaming from it. */
  startReplica(): void;
  /** Runs one statement on the primary or the replica as the owner and returns its rows. */
  query<Row>(server: 'primary' | 'replica', statement: string, values?: unknown[]): Promise<Row[]>;
  stop(): void;
}

/** What is missing to start one here (empty when nothing is), each with what installs it. */
export function replicatedClusterMissing(): string[] {
  const bin = postgresBinFolder();
  if (!bin) return ['PostgreSQL server binaries (apt-get install postgresql)'];
  const version = basename(dirname(bin));
  const missing = [];
  if (!existsSync(join(bin, 'pg_basebackup'))) missing.push('pg_basebackup (apt-get install postgresql)');
  if (!existsSync(`/usr/share/postgresql/${version}/extension/vector.control`)) missing.push(`pgvector for PostgreSQL ${version} (scripts/ensure-postgres.sh installs it)`);
  return missing;
}

/** Starts the primary; the replica follows when the test calls `startReplica`. */
export async function startReplicatedCluster(folder: string): Promise<ReplicatedCluster> {
  const bin = postgresBinFolder()!;
  ownByPostgres(folder);
  const [primaryPort, replicaPort] = [await freePort(), await freePort()];
  const primary = join(folder, 'primary');
  const replica = join(folder, 'replica');
  const pgCtl = (data: string, ...args: string[]) => runAsPostgres(join(bin, 'pg_ctl'), ['-D', data, '-l', `${data}.log`, ...args]);
  const started: string[] = [];
  const stop = () => {
    for (const data of [...started].reverse()) {
      try {
        pgCtl(data, '-m', 'immediate', 'stop');
      } catch {}
    }
  };
  try {
    // initdb's trust lines cover loopback replication connections, which pg_basebackup and the replica use.
    runAsPostgres(join(bin, 'initdb'), ['-D', primary, '-U', 'postgres', '-A', 'trust', '--no-sync']);
    appendFileSync(
      join(primary, 'postgresql.conf'),
      [
        `port = ${primaryPort}`,
        "listen_addresses = '127.0.0.1'",
        `unix_socket_directories = '${folder}'`,
        // Thrown away afterwards: no waiting on the disk.
        'fsync = off',
        'full_page_writes = off',
        'max_connections = 200',
        // The replica reports which rows its queries still need, so replay does not cancel them.
        'hot_standby_feedback = on',
        '',
      ].join('\n'),
    );
    pgCtl(primary, '-w', 'start');
    started.push(primary);
  } catch (error) {
    stop();
    throw error;
  }
  const startReplica = () => {
    // Owned by postgres and closed to others, as a data folder must be.
    mkdirSync(replica, { mode: 0o700 });
    ownByPostgres(replica);
    runAsPostgres(join(bin, 'pg_basebackup'), ['-h', '127.0.0.1', '-p', String(primaryPort), '-U', 'postgres', '-D', replica, '-R', '-X', 'stream', '-c', 'fast', '--no-sync']);
    // The copied settings name the primary's port; the later line wins.
    appendFileSync(join(replica, 'postgresql.conf'), `port = ${replicaPort}\n`);
    pgCtl(replica, '-w', 'start');
    started.push(replica);
  };
  const urls = { primary: `postgres://postgres@127.0.0.1:${primaryPort}/postgres`, replica: `postgres://postgres@127.0.0.1:${replicaPort}/postgres` };
  return {
    primaryUrl: urls.primary,
    replicaUrl: urls.replica,
    startReplica,
    async query<Row>(server: 'primary' | 'replica', statement: string, values: unknown[] = []) {
      const client = new pg.Client({ connectionString: urls[server] });
      await client.connect();
      try {
        return (await client.query(statement, values)).rows as Row[];
      } finally {
        await client.end();
      }
    },
    stop,
  };
}
