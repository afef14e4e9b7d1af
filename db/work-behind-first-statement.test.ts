import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedApplications } from '../tools/test-pipeline.ts';
import type { DatabaseHandle } from './database.ts';
import { queryDriverRows, sendDriverRows } from './query-rows.ts';
import { applications } from './schema.ts';
import { openTestDatabase } from './test-database.ts';
import { createTestUser } from './test-users.ts';
import { withUser } from './with-user.ts';
import { workBehindFirstStatement } from './work-behind-first-statement.ts';

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await openTestDatabase();
});
afterAll(() => handle?.close());

describe('work sent behind the statement that acts as the user', () => {
  it("sees only the acting user's rows, whichever of several users' transactions run at once", async () => {
    const owners = await Promise.all(Array.from({ length: 4 }, () => createTestUser(handle.db)));
    for (const [index, owner] of owners.entries()) await seedApplications(handle.db, owner.id, [{ company: `Company ${index}`, title: 'SRE' }]);

    const seen = await Promise.all(
      Array.from({ length: 24 }, (_, call) => {
        const owner = owners[call % owners.length]!;
        return withUser(handle.db, owner.id, (db) => db.select({ company: applications.company }).from(applications));
      }),
    );

    expect(seen).toEqual(Array.from({ length: 24 }, (_, call) => [{ company: `Company ${call % owners.length}` }]));
  });

  it("runs none of work's statements when the acting statement fails, and throws that statement's error", async () => {
    const user = await createTestUser(handle.db);
    await seedApplications(handle.db, user.id, [{ company: 'Acme', title: 'SRE' }]);
    let workRead: unknown = 'nothing';

    const attempt = handle.db.transaction((tx) =>
      workBehindFirstStatement(
        // Fails on the server, after the work's statement may already be on its way.
        () => sendDriverRows(tx, sql`select set_config('role', 'atlas_no_such_role', true)`),
        async () => {
          workRead = await queryDriverRows(tx, sql`select current_user as role, count(*)::int as seen from applications`);
        },
      ),
    );

    await expect(attempt).rejects.toThrow(/atlas_no_such_role/);
    // The transaction was aborted by the failed statement: the work's statement ran as no one.
    expect(workRead).toBe('nothing');
  });

  it('never starts work when the acting statement cannot be sent', async () => {
    let started = false;
    await expect(
      workBehindFirstStatement(
        () => {
          throw new Error('The acting user id is not a UUID');
        },
        async () => {
          started = true;
        },
      ),
    ).rejects.toThrow(/not a UUID/);
    await expect(withUser(handle.db, 'not-a-uuid', async () => (started = true))).rejects.toThrow(/not a UUID/);
    expect(started).toBe(false);
  });

  it("answers with both results once both are answered, and work's error when only work fails", async () => {
    const user = await createTestUser(handle.db);
    const both = await handle.db.transaction((tx) =>
      workBehindFirstStatement(
        () => sendDriverRows<{ actingFor: string }>(tx, sql`select set_config('app.user_id', ${user.id}, true) as "actingFor"`),
        () => queryDriverRows<{ actingFor: string }>(tx, sql`select current_setting('app.user_id') as "actingFor"`),
      ),
    );
    expect(both).toEqual({ first: [{ actingFor: user.id }], result: [{ actingFor: user.id }] });

    await expect(
      withUser(handle.db, user.id, (tx) => queryDriverRows(tx, sql.raw('select no_such_function()'))),
    ).rejects.toThrow(/no_such_function/);
  });
});
