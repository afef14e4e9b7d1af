import { execFileSync, spawnSync } from 'node:child_process';
import { chownSync, existsSync, readdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';

/**
 * A PostgreSQL cluster of its own for a backup test: Debian's server binaries run as the `postgres`
 * user (initdb refuses root), in folders that user owns, listening on a socket only.
 */

/** The newest installed server's bin folder (Debian's layout), or undefined when none is installed. */
export function postgresBinFolder(): string | undefined {
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return undefined;
  const versions = readdirSync(root).sort((a, b) => Number(b) - Number(a));
  return versions.map((version) => join(root, version, 'bin')).find((bin) => existsSync(join(bin, 'initdb')));
}

export function hasPgBackRest(): boolean {
  return spawnSync('pgbackrest', ['version'], { stdio: 'ignore' }).status === 0;
}

const runningAsRoot = process.getuid?.() === 0;

/** Gives a folder to the postgres user when running as root; as anyone else the folder is already theirs. */
export function ownByPostgres(path: string) {
  if (!runningAsRoot) return;
  const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }));
  const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }));
  chownSync(path, uid, gid);
}

/** Runs a command as the postgres user (as root) or as oneself, with `env` added; throws with its output when it fails. */
export function runAsPostgres(command: string, args: string[], env: Record<string, string> = {}): string {
  const [file, fileArgs] = runningAsRoot ? ['runuser', ['-u', 'postgres', '--', command, ...args]] : [command, args];
  const result = spawnSync(file, fileArgs, { encoding: 'utf8', env: { ...process.env, ...env }, timeout: 60_000 });
  if (result.status !== 0) {
    throw new Error(`${command} ${args.join(' ')} failed (${result.error?.message ?? `exit ${result.status}`}):\n${result.stdout}\n${result.stderr}`);
  }
  return result.stdout;
}

/** A TCP port nobody listens on now; the cluster takes it as its socket's number. */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}
