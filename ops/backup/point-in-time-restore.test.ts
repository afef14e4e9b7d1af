import { spawnSync } from 'node:child_process';
import { appendFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../config.ts';
import { freePort, hasPgBackRest, ownByPostgres, postgresBinFolder, runAsPostgres } from './throwaway-cluster.ts';

const here = fileURLToPath(new URL('.', import.meta.url));
const bin = postgresBinFolder();
const missing = [bin ? undefined : 'PostgreSQL server binaries (/usr/lib/postgresql/*/bin/initdb)', hasPgBackRest() ? undefined : 'pgbackrest'].filter(Boolean);
// The test runs a PostgreSQL cluster of its own and touches neither test database, so the pass on a
// PostgreSQL server (DATABASE_URL set) would only repeat the embedded pass's minute of work.
const skipReason = loadConfig().DATABASE_URL
  ? 'it runs a PostgreSQL cluster of its own, and the run without DATABASE_URL already does'
  : missing.length > 0
    ? `${missing.join(' and ')} not installed (apt-get install postgresql pgbackrest)`
    : undefined;
if (skipReason) console.warn(`Skipping the point-in-time restore test: ${skipReason}.`);

/** The shipped configuration with the named settings replaced; a setting the file no longer has fails the test. */
function pointAt(template: string, settings: Record<string, string>): string {
  return Object.entries(settings).reduce((text, [key, value]) => {
    const line = new RegExp(`^${key}=.*$`, 'm');
    if (!line.test(text)) throw new Error(`ops/backup/pgbackrest.conf has no ${key} setting`);
    return text.replace(line, `${key}=${value}`);
  }, template);
}

const folder = mkdtempSync(join(tmpdir(), 'atlas-pitr-'));
const stopAll: Array<() => void> = [];
afterAll(() => {
  for (const stop of stopAll) stop();
  rmSync(folder, { recursive: true, force: true });
});

describe.skipIf(skipReason !== undefined)('point-in-time recovery of a PostgreSQL server with pgBackRest', () => {
  it('expires backups past retention, and restores to a noted moment: rows written before it are back, rows written after it are not', async () => {
    ownByPostgres(folder);
    const port = await freePort();
    const data = join(folder, 'data');
    const restored = join(folder, 'restored');
    const config = join(folder, 'pgbackrest.conf');
    for (const path of [join(folder, 'repo'), join(folder, 'log'), join(folder, 'lock')]) {
      mkdirSync(path);
      ownByPostgres(path);
    }
    writeFileSync(
      config,
      pointAt(readFileSync(join(here, 'pgbackrest.conf'), 'utf8'), {
        'repo1-path': join(folder, 'repo'),
        'repo1-cipher-pass': 'a-passphrase-for-this-test-only',
        'log-path': join(folder, 'log'),
        'lock-path': join(folder, 'lock'),
        'pg1-path': data,
        'pg1-port': String(port),
        'pg1-socket-path': folder,
      }),
    );
    // The server's archive_command and every pgbackrest call find the test's configuration through this.
    const env = { PGBACKREST_CONFIG: config };
    const pgCtl = (dataFolder: string, ...args: string[]) => runAsPostgres(join(bin!, 'pg_ctl'), ['-D', dataFolder, '-l', `${dataFolder}.log`, ...args], env);
    // Whatever the test reached, no server outlives it (one already stopped just says so).
    const stopQuietly = (dataFolder: string) => {
      try {
        pgCtl(dataFolder, '-m', 'immediate', 'stop');
      } catch {}
    };

    runAsPostgres(join(bin!, 'initdb'), ['-D', data, '-U', 'postgres', '-A', 'trust', '--no-sync'], env);
    appendFileSync(
      join(data, 'postgresql.conf'),
      [
        readFileSync(join(here, 'postgresql-archiving.conf'), 'utf8'),
        // A socket in the test's folder only, and no waiting on the disk: the cluster is thrown away.
        `port = ${port}`,
        "listen_addresses = ''",
        `unix_socket_directories = '${folder}'`,
        'fsync = off',
      ].join('\n'),
    );
    pgCtl(data, '-w', 'start');
    stopAll.push(() => stopQuietly(data));

    runAsPostgres('pgbackrest', ['--stanza=atlas', 'stanza-create'], env);
    // The daily backup exactly as cron runs it (as root it hands over to the postgres user itself).
    const nightlyBackup = (retention: Record<string, string> = {}) => {
      const run = spawnSync(join(here, 'postgres-backup.sh'), { encoding: 'utf8', env: { ...process.env, ...env, ...retention }, timeout: 60_000 });
      expect(run.status, `${run.stdout}\n${run.stderr}`).toBe(0);
    };
    const backups = () => {
      const [stanza] = JSON.parse(runAsPostgres('pgbackrest', ['--stanza=atlas', '--output=json', 'info'], env)) as [{ backup: Array<{ label: string }> }];
      return stanza.backup.map((backup) => backup.label);
    };
    nightlyBackup();
    const [first] = backups();
    // Two nights with one full backup kept in place of 30: the second night's backup expires the first.
    nightlyBackup({ PGBACKREST_REPO1_RETENTION_FULL: '1', PGBACKREST_REPO1_RETENTION_ARCHIVE: '1' });
    const kept = backups();
    expect(kept).toHaveLength(1);
    expect(kept).not.toContain(first);

    const query = async <T,>(sql: string): Promise<T[]> => {
      const client = new pg.Client({ host: folder, port, user: 'postgres', database: 'postgres' });
      await client.connect();
      try {
        return (await client.query(sql)).rows as T[];
      } finally {
        await client.end();
      }
    };
    // pgBackRest records a backup's stop time in whole seconds and restores from a backup that
    // stopped before the target, so the writes begin a second after the backup.
    await query('select pg_sleep(1)');
    await query("create table notes (body text); insert into notes values ('kept 1'), ('kept 2')");
    const [{ noted }] = (await query<{ noted: string }>('select clock_timestamp()::text as noted')) as [{ noted: string }];
    // Past the noted moment: the first rows' segment is archived now, as archive_timeout would do a minute later.
    await query('select pg_switch_wal()');
    await query("insert into notes values ('written later')");
    await query('select pg_switch_wal()');
    expect(await query('select body from notes')).toHaveLength(3);
    // Stopped so its last WAL reaches the archive and the restored cluster can take its port.
    pgCtl(data, '-m', 'fast', '-w', 'stop');

    runAsPostgres('pgbackrest', ['--stanza=atlas', `--pg1-path=${restored}`, '--type=time', `--target=${noted}`, '--target-action=promote', 'restore'], env);
    pgCtl(restored, '-w', '-t', '60', 'start');
    stopAll.push(() => stopQuietly(restored));

    // pg_ctl returns once read-only queries are served; the target is reached when recovery ends with a promotion.
    await expect.poll(async () => (await query<{ recovering: boolean }>('select pg_is_in_recovery() as recovering'))[0]?.recovering, { timeout: 60_000, interval: 200 }).toBe(false);

    const rows = await query<{ body: string }>('select body from notes order by body');
    expect(rows.map((row) => row.body)).toEqual(['kept 1', 'kept 2']);
  }, 120_000);
});
