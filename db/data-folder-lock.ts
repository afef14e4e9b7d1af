import { closeSync, openSync, readFileSync, unlinkSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { z } from 'zod';

/** Another live Atlas process holds the embedded database's folder. */
export class DataFolderBusyError extends Error {
  override readonly name = 'DataFolderBusyError';
  constructor(
    readonly dataDir: string,
    readonly holderPid: number,
  ) {
    super(
      `The embedded database in ${dataDir} is in use by another Atlas process (pid ${holderPid}). ` +
        'Only one process may open it: stop that one first, use the web server’s MCP endpoint (/mcp) with an access token instead of a second process, or run both on a PostgreSQL server (DATABASE_URL).',
    );
  }
}

const holderSchema = z.object({ pid: z.number().int().positive(), host: z.string(), since: z.string() });

export interface DataFolderLock {
  release(): void;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readHolder(path: string) {
  try {
    return holderSchema.parse(JSON.parse(readFileSync(path, 'utf8')));
  } catch {
    return null;
  }
}

/**
 * Takes the embedded database's folder for this process alone. PGlite runs Postgres inside the
 * process, with no server to arbitrate between two processes: two writing one folder corrupt it or
 * lose acknowledged writes. The lock is a file beside the folder, created exclusively and naming its
 * holder; a holder that has died (same machine, pid gone) leaves a stale file that the next process
 * takes over. Released on close and when the process exits.
 */
export function lockDataFolder(dataDir: string): DataFolderLock {
  const path = `${dataDir.replace(/[\\/]+$/, '')}.lock`;
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const descriptor = openSync(path, 'wx');
      writeSync(descriptor, JSON.stringify({ pid: process.pid, host: hostname(), since: new Date().toISOString() }));
      closeSync(descriptor);
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        process.off('exit', release);
        try {
          if (readHolder(path)?.pid === process.pid) unlinkSync(path);
        } catch {
          // Already gone: nothing to release.
        }
      };
      process.on('exit', release);
      return { release };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = readHolder(path);
      // A lock from another machine (a shared disk) cannot be checked from here, so it is respected.
      if (holder && (holder.host !== hostname() || isAlive(holder.pid))) throw new DataFolderBusyError(dataDir, holder.pid);
      unlinkSync(path);
    }
  }
  throw new DataFolderBusyError(dataDir, readHolder(path)?.pid ?? 0);
}
