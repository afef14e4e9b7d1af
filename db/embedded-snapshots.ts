import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
import type { PGlite } from '@electric-sql/pglite';

/** How many daily snapshots of the embedded database are kept; older ones are deleted. */
export const snapshotsKept = 7;
const day = 24 * 60 * 60 * 1000;
const gzipAsync = promisify(gzip);
const snapshotName = /^atlas-(\d{8}T\d{6}Z)\.tar\.gz$/;

/** A snapshot that could not be taken or pruned; the server goes on and the next check tries again. */
export class SnapshotFailedError extends Error {
  constructor(cause: unknown) {
    super(`Taking a snapshot of the embedded database failed: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
    this.name = 'SnapshotFailedError';
  }
}

/** atlas-20261206T153000Z.tar.gz: names sort by time, and `npm run restore -- <file>` takes one as it is. */
function fileNameFor(time: Date): string {
  return `atlas-${time.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '')}.tar.gz`;
}

/** The snapshots in `folder`, oldest first, with when each was taken (from its name). */
export function listEmbeddedSnapshots(folder: string): Array<{ file: string; takenAt: Date }> {
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return [];
  }
  return names
    .flatMap((name) => {
      const stamp = snapshotName.exec(name)?.[1];
      if (!stamp) return [];
      const iso = `${stamp.slice(0, 4)}-${stamp.slice(4, 6)}-${stamp.slice(6, 8)}T${stamp.slice(9, 11)}:${stamp.slice(11, 13)}:${stamp.slice(13, 15)}Z`;
      return [{ file: join(folder, name), takenAt: new Date(iso) }];
    })
    .sort((a, b) => a.takenAt.getTime() - b.takenAt.getTime());
}

/**
 * Writes a snapshot of the running embedded database into `folder`, the format `npm run restore`
 * reads. PGlite dumps its files while no other query runs, and committed work is already in its
 * write-ahead log, so the copy is consistent; the checkpoint first lets a restore start without
 * replaying that log. A half-written file never carries a snapshot's name.
 */
export async function takeEmbeddedSnapshot(client: PGlite, options: { folder: string; now: Date }): Promise<string> {
  // Snapshots hold everyone's data: only the account Atlas runs as may read them.
  mkdirSync(options.folder, { recursive: true, mode: 0o700 });
  await client.exec('checkpoint');
  // Compressed after PGlite lets go, on libuv's threads: queries wait only for the files to be read.
  const archive = await client.dumpDataDir('none');
  const compressed = await gzipAsync(Buffer.from(await archive.arrayBuffer()));
  const file = join(options.folder, fileNameFor(options.now));
  const partial = `${file}.partial`;
  try {
    await writeFile(partial, compressed, { mode: 0o600 });
    await rename(partial, file);
  } catch (error) {
    rmSync(partial, { force: true });
    throw error;
  }
  return file;
}

/** Deletes all but the `keep` newest snapshots; returns the files deleted. */
export function pruneEmbeddedSnapshots(folder: string, keep = snapshotsKept): string[] {
  const old = listEmbeddedSnapshots(folder).slice(0, -keep).map((snapshot) => snapshot.file);
  for (const file of old) rmSync(file, { force: true });
  return old;
}

/**
 * Takes a snapshot whenever the newest one is a day old (or there is none), checking a minute after
 * start and then every hour, so a server restarted more often than daily still gets its daily
 * snapshot; keeps the 7 newest. PGlite serves no query while it reads its files (a few seconds
 * at most for one person's database), which is why this is daily and not more often. A failure goes to `onError`
 * and the next check tries again: it never stops the server. The timers never keep the process alive.
 */
export function startEmbeddedSnapshots(
  client: PGlite,
  options: {
    folder: string;
    onError: (error: SnapshotFailedError) => void;
    now?: () => Date;
    /** A minute by default: the first snapshot waits until start-up is over, and a short-lived process (a test) takes none. */
    firstCheckAfterMilliseconds?: number;
    checkEveryMilliseconds?: number;
    snapshotEveryMilliseconds?: number;
  },
) {
  const now = options.now ?? (() => new Date());
  const every = options.snapshotEveryMilliseconds ?? day;
  let running: Promise<unknown> | null = null;
  const check = () => {
    if (running || client.closed) return;
    const time = now();
    const newest = listEmbeddedSnapshots(options.folder).at(-1);
    if (newest && time.getTime() - newest.takenAt.getTime() < every) return;
    running = takeEmbeddedSnapshot(client, { folder: options.folder, now: time })
      .then(() => pruneEmbeddedSnapshots(options.folder))
      .catch((error: unknown) => options.onError(new SnapshotFailedError(error)))
      .finally(() => {
        running = null;
      });
  };
  let timer: NodeJS.Timeout | undefined;
  const first = setTimeout(() => {
    check();
    timer = setInterval(check, options.checkEveryMilliseconds ?? 60 * 60 * 1000);
    timer.unref();
  }, options.firstCheckAfterMilliseconds ?? 60 * 1000);
  first.unref();
  return {
    async stop() {
      clearTimeout(first);
      clearInterval(timer);
      await running;
    },
  };
}
