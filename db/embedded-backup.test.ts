import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eq } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from './database.ts';
import { backUpEmbeddedDatabase, restoreEmbeddedDatabase } from './embedded-backup.ts';
import { users } from './schema.ts';
import { createTestUser } from './test-users.ts';
import { withAuthRole } from './with-user.ts';

const folder = mkdtempSync(join(tmpdir(), 'atlas-backup-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('backing up the embedded database', () => {
  it('restores into a new folder everything the backup held', async () => {
    const original = await openDatabase({ kind: 'pglite', dataDir: join(folder, 'original') });
    await original.migrate();
    const user = await createTestUser(original.db, 'Dana Backup');
    await original.close();

    await backUpEmbeddedDatabase({ dataDir: join(folder, 'original'), file: join(folder, 'atlas.tar.gz') });
    await restoreEmbeddedDatabase({ dataDir: join(folder, 'restored'), file: join(folder, 'atlas.tar.gz') });
    const restored = await openDatabase({ kind: 'pglite', dataDir: join(folder, 'restored') });
    const [found] = await withAuthRole(restored.db, (tx) => tx.select().from(users).where(eq(users.id, user.id)));
    await restored.close();

    expect(found).toMatchObject({ email: user.email, name: 'Dana Backup' });
    // Two embedded databases started from disk and one migrated: a minute when the machine is busy.
  }, 90_000);

  it('never restores over an existing database', async () => {
    const occupied = join(folder, 'occupied');
    await openDatabase({ kind: 'pglite', dataDir: occupied }).then((handle) => handle.close());
    writeFileSync(join(folder, 'any.tar.gz'), '');

    await expect(restoreEmbeddedDatabase({ dataDir: occupied, file: join(folder, 'any.tar.gz') })).rejects.toThrow(/is not empty/);
  }, 60_000);
});
