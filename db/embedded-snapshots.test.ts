import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { PGlite } from '@electric-sql/pglite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from './database.ts';
import { restoreEmbeddedDatabase } from './embedded-backup.ts';
import { listEmbeddedSnapshots, startEmbeddedSnapshots, takeEmbeddedSnapshot } from './embedded-snapshots.ts';

const folder = mkdtempSync(join(tmpdir(), 'atlas-snapshots-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const day = 24 * 60 * 60 * 1000;

// One embedded database in use, as the running server holds it, for every test here.
let live: Awaited<ReturnType<typeof openDatabase>>;
let client: PGlite;
beforeAll(async () => {
  live = await openDatabase({ kind: 'pglite', dataDir: join(folder, 'live') });
  if (live.driver.kind !== 'pglite') throw new Error('expected the embedded database');
  client = live.driver.client;
  await client.exec("create table notes (body text); insert into notes values ('first'), ('second')");
});
afterAll(() => live.close());

describe('daily snapshots of the embedded database', () => {
  it('takes one when the newest is a day old, keeps the 7 newest, and never stops the server over a failure', async () => {
    const snapshots = join(folder, 'daily-snapshots');
    mkdirSync(snapshots);
    const start = new Date('2026-12-06T03:00:00Z');
    // Seven earlier days' snapshots, the newest two days old.
    for (let daysAgo = 8; daysAgo >= 2; daysAgo--) {
      const name = `atlas-${new Date(start.getTime() - daysAgo * day).toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '')}.tar.gz`;
      writeFileSync(join(snapshots, name), 'an older snapshot');
    }
    let clock = start;
    const failures: unknown[] = [];
    const running = startEmbeddedSnapshots(client, { folder: snapshots, now: () => clock, firstCheckAfterMilliseconds: 0, checkEveryMilliseconds: 20, onError: (error) => failures.push(error) });
    const taken = () => listEmbeddedSnapshots(snapshots).map((snapshot) => snapshot.takenAt.toISOString());
    try {
      await expect.poll(taken, { timeout: 20_000 }).toContain(start.toISOString());
      await expect.poll(() => taken().length).toBe(7);
      expect(taken()[0]).toBe(new Date(start.getTime() - 7 * day).toISOString());

      // An hour later the day's snapshot exists: checks come and go without another.
      clock = new Date(start.getTime() + 60 * 60 * 1000);
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(taken().at(-1)).toBe(start.toISOString());

      clock = new Date(start.getTime() + day);
      await expect.poll(taken, { timeout: 20_000 }).toContain(clock.toISOString());
      await expect.poll(() => taken().length).toBe(7);
      expect(taken()[0]).toBe(new Date(start.getTime() - 6 * day).toISOString());
      expect(statSync(listEmbeddedSnapshots(snapshots).at(-1)!.file).mode & 0o777).toBe(0o600);

      // A folder that cannot be written is reported and the database goes on serving.
      rmSync(snapshots, { recursive: true });
      writeFileSync(snapshots, 'a file where the folder should be');
      clock = new Date(start.getTime() + 2 * day);
      await expect.poll(() => failures.length, { timeout: 20_000 }).toBeGreaterThan(0);
      expect(String(failures[0])).toMatch(/^SnapshotFailedError: Taking a snapshot of the embedded database failed/);
      expect((await client.query('select count(*)::int as count from notes')).rows).toEqual([{ count: 2 }]);
    } finally {
      await running.stop();
    }
  }, 60_000);

  it('restores a snapshot of the running database into a new folder with everything it held', async () => {
    const file = await takeEmbeddedSnapshot(client, { folder: join(folder, 'live-snapshots'), now: new Date() });
    // Everyone's data is in it: the folder Atlas makes is its own alone.
    expect(statSync(join(folder, 'live-snapshots')).mode & 0o777).toBe(0o700);
    // Written after the snapshot: not in it.
    await client.query("insert into notes values ('later')");

    await restoreEmbeddedDatabase({ dataDir: join(folder, 'restored'), file });
    const restored = await openDatabase({ kind: 'pglite', dataDir: join(folder, 'restored') });
    try {
      if (restored.driver.kind !== 'pglite') throw new Error('expected the embedded database');
      const { rows } = await restored.driver.client.query<{ body: string }>('select body from notes order by body');
      expect(rows.map((row) => row.body)).toEqual(['first', 'second']);
    } finally {
      await restored.close();
    }
  }, 60_000);

});
