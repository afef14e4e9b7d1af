import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { statementsSent } from '../bench/count-statements.ts';
import { loadConfig } from '../config.ts';
import type { DatabaseHandle } from './database.ts';
import { queryRows } from './query-rows.ts';
import { applications } from './schema.ts';
import { openTestDatabase } from './test-database.ts';
import { createTestUser } from './test-users.ts';
import { seedApplications } from '../tools/test-pipeline.ts';
import { followedByCommit } from './begin-with-first-statement.ts';
import { actAsUser, withUser } from './with-user.ts';

// The client is node-postgres's; embedded PGlite has no round trips to save.
describe.skipIf(!loadConfig().DATABASE_URL)('a transaction on a PostgreSQL server', () => {
  let handle: DatabaseHandle;
  beforeAll(async () => {
    handle = await openTestDatabase();
  });
  afterAll(() => handle?.close());

  it("sends BEGIN with the statement that sets the acting user, and still sees only that user's rows", async () => {
    const [owner, other] = [await createTestUser(handle.db), await createTestUser(handle.db)];
    await seedApplications(handle.db, owner.id, [{ company: 'Acme', title: 'SRE' }]);
    await seedApplications(handle.db, other.id, [{ company: 'Globex', title: 'Chef' }]);

    let seen: { company: string }[] = [];
    const sent = await statementsSent(async () => {
      seen = await withUser(handle.db, owner.id, (db) => db.select({ company: applications.company }).from(applications));
    });

    expect(seen).toEqual([{ company: 'Acme' }]);
    expect(sent).toHaveLength(3);
    expect(sent[0]).toMatch(/^begin; select set_config\('app\.user_id'/);
    expect(sent[2]).toBe('commit');
  });

  it('runs a first statement with parameters inside the transaction, after its own BEGIN', async () => {
    const sent = await statementsSent(async () => {
      const setting = await handle.db.transaction(async (db) => {
        await db.execute(sql`select set_config('atlas.test_marker', ${'inside'}, true)`);
        return queryRows<{ marker: string }>(db, sql`select current_setting('atlas.test_marker', true) as marker`);
      });
      expect(setting).toEqual([{ marker: 'inside' }]);
    });
    expect(sent.slice(0, 2)).toEqual(['begin', "select set_config('atlas.test_marker', $1, true)"]);
  });

  it('rolls back a transaction whose first statement fails, and leaves the connection usable', async () => {
    const user = await createTestUser(handle.db);
    await expect(handle.db.transaction((db) => db.execute(sql.raw('select no_such_function()')))).rejects.toThrow(/no_such_function/);
    // Every pooled connection goes on answering, outside any transaction left open.
    const answers = await Promise.all(
      Array.from({ length: 12 }, () => withUser(handle.db, user.id, (db) => queryRows<{ open: boolean }>(db, sql`select count(*) >= 0 as open from ${applications}`))),
    );
    expect(answers.flat()).toEqual(Array.from({ length: 12 }, () => ({ open: true })));
  });

  it("ends a transaction with its last statement and that statement's COMMIT in one round trip, and the change is kept", async () => {
    const user = await createTestUser(handle.db);
    let inserted: unknown[] = [];
    const sent = await statementsSent(async () => {
      inserted = await handle.db.transaction(async (db) => {
        await db.execute(sql`select ${actAsUser(user.id)}`);
        const result = await db.execute(followedByCommit(sql`insert into ${applications} (company, title) values ('Acme', 'SRE') returning company`));
        return (result as unknown as { rows: unknown[] }).rows;
      });
    });

    expect(inserted).toEqual([{ company: 'Acme' }]);
    expect(sent).toHaveLength(2);
    expect(sent[1]).toMatch(/returning company; commit$/);
    const kept = await withUser(handle.db, user.id, (db) => db.select({ company: applications.company }).from(applications));
    expect(kept).toEqual([{ company: 'Acme' }]);
  });

  it('refuses a statement after the transaction committed with its last one, since it would run outside the transaction', async () => {
    const user = await createTestUser(handle.db);
    const late = handle.db.transaction(async (db) => {
      await db.execute(sql`select ${actAsUser(user.id)}`);
      await db.execute(followedByCommit(sql`select 1`));
      await db.execute(sql`select count(*) from ${applications}`);
    });

    await expect(late).rejects.toMatchObject({ cause: { message: expect.stringMatching(/committed with its last statement/) } });
    // The connection goes back to the pool ready for the next transaction.
    const answers = await Promise.all(
      Array.from({ length: 12 }, () => withUser(handle.db, user.id, (db) => queryRows<{ open: boolean }>(db, sql`select count(*) >= 0 as open from ${applications}`))),
    );
    expect(answers.flat()).toEqual(Array.from({ length: 12 }, () => ({ open: true })));
  });

  it('leaves a transaction whose last statement failed to be rolled back', async () => {
    const user = await createTestUser(handle.db);
    const failing = handle.db.transaction(async (db) => {
      await db.execute(sql`select ${actAsUser(user.id)}`);
      await db.execute(sql`insert into ${applications} (company, title) values ('Acme', 'SRE')`);
      await db.execute(followedByCommit(sql`select no_such_function()`));
    });

    await expect(failing).rejects.toThrow(/no_such_function/);
    expect(await withUser(handle.db, user.id, (db) => db.select().from(applications))).toEqual([]);
  });
});
