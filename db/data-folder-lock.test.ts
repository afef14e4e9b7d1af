import { spawn } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DataFolderBusyError, lockDataFolder } from './data-folder-lock.ts';

let folder: string;
beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'atlas-lock-'));
});
afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

/** A process that exits at once, leaving its pid free: a holder that died without releasing. */
async function deadPid(): Promise<number> {
  const child = spawn(process.execPath, ['-e', '']);
  await new Promise((resolve) => child.once('exit', resolve));
  return child.pid!;
}

describe('data folder lock', () => {
  it('refuses a second holder of the same folder while the first lives, naming it', () => {
    const dataDir = join(folder, 'data');
    const first = lockDataFolder(dataDir);

    expect(() => lockDataFolder(dataDir)).toThrow(DataFolderBusyError);
    expect(() => lockDataFolder(dataDir)).toThrow(new RegExp(`in use by another Atlas process \\(pid ${process.pid}\\)`));
    first.release();
    lockDataFolder(dataDir).release();
  });

  it('takes over the lock of a holder that died without releasing it', async () => {
    const dataDir = join(folder, 'data');
    writeFileSync(`${dataDir}.lock`, JSON.stringify({ pid: await deadPid(), host: hostname(), since: new Date().toISOString() }));

    const lock = lockDataFolder(dataDir);

    expect(JSON.parse((await import('node:fs')).readFileSync(`${dataDir}.lock`, 'utf8')).pid).toBe(process.pid);
    lock.release();
    expect(existsSync(`${dataDir}.lock`)).toBe(false);
  });

  it('keeps a backup from copying a folder a running Atlas holds', async () => {
    const { backUpEmbeddedDatabase } = await import('./embedded-backup.ts');
    const dataDir = join(folder, 'data');
    const running = lockDataFolder(dataDir);

    await expect(backUpEmbeddedDatabase({ dataDir, file: join(folder, 'copy.tar.gz') })).rejects.toThrow(DataFolderBusyError);
    running.release();
    expect(existsSync(join(folder, 'copy.tar.gz'))).toBe(false);
  });

  it('lets different folders be held at once', () => {
    const one = lockDataFolder(join(folder, 'one'));
    const two = lockDataFolder(join(folder, 'two'));
    one.release();
    two.release();
  });
});
