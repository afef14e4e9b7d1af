import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle, Transaction } from './database.ts';
import { openTestDatabase } from './test-database.ts';
import { createTestUser } from './test-users.ts';
import { withUser } from './with-user.ts';

let handle: DatabaseHandle;

beforeAll(async () => {
  handle = await openTestDatabase();
});
afterAll(async () => {
  await handle.close();
});

/** Direct SQL as the app's role, exactly what application code gets, with or without a user. */
function asAppRole<T>(userId: string | null, work: (tx: Transaction) => Promise<T>) {
  return handle.db.transaction(async (tx) => {
    if (userId) await tx.execute(sql`select set_config('app.user_id', ${userId}, true)`);
    await tx.execute(sql`set local role atlas_app`);
    return work(tx);
  });
}

async function rows<T = Record<string, unknown>>(tx: Transaction, query: ReturnType<typeof sql>) {
  const result = await tx.execute(query);
  return (result as unknown as { rows: T[] }).rows;
}

/** drizzle wraps driver errors; the database's own message is on `cause`. */
async function databaseError(work: Promise<unknown>): Promise<string> {
  try {
    await work;
  } catch (error) {
    const cause = (error as { cause?: { message?: string } }).cause;
    return cause?.message ?? String(error);
  }
  return 'no error';
}

async function seedApplication(userId: string, title: string) {
  const [row] = await asAppRole(userId, (tx) =>
    rows<{ id: string }>(
      tx,
      sql`insert into applications (user_id, company, title) values (${userId}, 'Acme', ${title}) returning id`,
    ),
  );
  return row!.id;
}

describe('row-level security', () => {
  it('shows user B none of user A’s applications', async () => {
    const a = await createTestUser(handle.db);
    const b = await createTestUser(handle.db);
    const applicationId = await seedApplication(a.id, 'Staff Engineer');

    const seenByA = await asAppRole(a.id, (tx) => rows(tx, sql`select id from applications where id = ${applicationId}`));
    const seenByB = await asAppRole(b.id, (tx) => rows(tx, sql`select id from applications where id = ${applicationId}`));

    expect(seenByA).toHaveLength(1);
    expect(seenByB).toHaveLength(0);
  });

  it('lets user B neither update nor delete user A’s application', async () => {
    const a = await createTestUser(handle.db);
    const b = await createTestUser(handle.db);
    const applicationId = await seedApplication(a.id, 'Data Engineer');

    const updated = await asAppRole(b.id, (tx) =>
      rows(tx, sql`update applications set notes = 'hijacked' where id = ${applicationId} returning id`),
    );
    const deleted = await asAppRole(b.id, (tx) =>
      rows(tx, sql`delete from applications where id = ${applicationId} returning id`),
    );
    const [after] = await asAppRole(a.id, (tx) =>
      rows<{ notes: string }>(tx, sql`select notes from applications where id = ${applicationId}`),
    );

    expect(updated).toHaveLength(0);
    expect(deleted).toHaveLength(0);
    expect(after?.notes).toBe('');
  });

  it('rejects inserting a row that belongs to another user', async () => {
    const a = await createTestUser(handle.db);
    const b = await createTestUser(handle.db);

    const message = await databaseError(
      asAppRole(b.id, (tx) =>
        tx.execute(sql`insert into applications (user_id, company, title) values (${a.id}, 'Acme', 'Planted')`),
      ),
    );

    expect(message).toMatch(/row-level security/);
  });

  it('rejects moving a row to another user', async () => {
    const a = await createTestUser(handle.db);
    const b = await createTestUser(handle.db);
    const applicationId = await seedApplication(a.id, 'Platform Engineer');

    const message = await databaseError(
      asAppRole(a.id, (tx) => tx.execute(sql`update applications set user_id = ${b.id} where id = ${applicationId}`)),
    );

    expect(message).toMatch(/row-level security/);
  });

  it('shows nothing to a query with no acting user', async () => {
    const a = await createTestUser(handle.db);
    await seedApplication(a.id, 'SRE');

    const applications = await asAppRole(null, (tx) => rows(tx, sql`select id from applications`));
    const users = await asAppRole(null, (tx) => rows(tx, sql`select id from users`));
    const sessions = await asAppRole(null, (tx) => rows(tx, sql`select id from sessions`));

    expect(applications).toHaveLength(0);
    expect(users).toHaveLength(0);
    expect(sessions).toHaveLength(0);
  });

  it('shows a user only their own account row', async () => {
    const a = await createTestUser(handle.db);
    await createTestUser(handle.db);

    const visible = await asAppRole(a.id, (tx) => rows<{ id: string }>(tx, sql`select id from users`));

    expect(visible.map((row) => row.id)).toEqual([a.id]);
  });

  it('keeps the sign-in role out of user data', async () => {
    const message = await databaseError(
      handle.db.transaction(async (tx) => {
        await tx.execute(sql`set local role atlas_auth`);
        await tx.execute(sql`select id from applications`);
      }),
    );

    expect(message).toMatch(/permission denied/);
  });

  it('runs withUser as the app role, not the login role', async () => {
    const a = await createTestUser(handle.db);

    const [acting] = await withUser(handle.db, a.id, (tx) =>
      rows<{ role: string; userId: string }>(tx, sql`select current_user as role, current_setting('app.user_id') as "userId"`),
    );

    expect(acting).toEqual({ role: 'atlas_app', userId: a.id });
  });

  it('looks sessions up as the sign-in role, in a function the app role may not call', async () => {
    const a = await createTestUser(handle.db);

    const [lookup] = await rows<{ settings: string[] }>(
      handle.db as unknown as Transaction,
      sql`select proconfig as settings from pg_proc where proname = 'session_with_user'`,
    );
    const fromAppRole = await databaseError(asAppRole(a.id, (tx) => tx.execute(sql`select * from session_with_user('x')`)));

    expect(lookup?.settings).toEqual(['role=atlas_auth']);
    expect(fromAppRole).toMatch(/permission denied/);
  });

  it('looks access tokens and OAuth access tokens up as the sign-in role, in functions the app role may not call', async () => {
    const a = await createTestUser(handle.db);

    const lookups = await rows<{ name: string; settings: string[] }>(
      handle.db as unknown as Transaction,
      sql`select proname as name, proconfig as settings from pg_proc where proname in ('access_token_by_id', 'oauth_access_token_by_id') order by proname`,
    );
    const fromAppRole = [
      await databaseError(asAppRole(a.id, (tx) => tx.execute(sql`select * from access_token_by_id('x')`))),
      await databaseError(asAppRole(a.id, (tx) => tx.execute(sql`select * from oauth_access_token_by_id('x')`))),
    ];

    expect(lookups).toEqual([
      { name: 'access_token_by_id', settings: ['role=atlas_auth'] },
      { name: 'oauth_access_token_by_id', settings: ['role=atlas_auth'] },
    ]);
    expect(fromAppRole).toEqual([expect.stringMatching(/permission denied/), expect.stringMatching(/permission denied/)]);
  });

  it('enables and forces RLS on every table that holds user rows', async () => {
    const tables = await rows<{ table: string; enabled: boolean; forced: boolean }>(
      handle.db as unknown as Transaction,
      sql`select c.relname as "table", c.relrowsecurity as enabled, c.relforcerowsecurity as forced
          from pg_class c join pg_namespace n on n.oid = c.relnamespace
          where n.nspname = 'public' and c.relkind = 'r'
            and (c.relname = 'users' or exists (
              select 1 from pg_attribute a
              where a.attrelid = c.oid and a.attname = 'user_id' and not a.attisdropped))`,
    );

    expect(tables.map((table) => table.table).sort()).toEqual(
      expect.arrayContaining(['access_tokens', 'application_status_history', 'applications', 'push_subscriptions', 'reminder_states', 'sessions', 'users']),
    );
    const unprotected = tables.filter((table) => !table.enabled || !table.forced).map((table) => table.table);
    expect(unprotected).toEqual([]);
  });

  it('shows user B none of user A’s push subscriptions, and lets B neither delete nor take one over', async () => {
    const a = await createTestUser(handle.db);
    const b = await createTestUser(handle.db);
    const [subscription] = await asAppRole(a.id, (tx) =>
      rows<{ id: string }>(
        tx,
        sql`insert into push_subscriptions (endpoint, p256dh_encrypted, auth_encrypted, device_label)
            values ('https://fcm.googleapis.com/fcm/send/a', 'v1:k:x', 'v1:k:y', 'Firefox on Linux') returning id`,
      ),
    );

    const seenByB = await asAppRole(b.id, (tx) => rows(tx, sql`select id from push_subscriptions where id = ${subscription!.id}`));
    const deletedByB = await asAppRole(b.id, (tx) => rows(tx, sql`delete from push_subscriptions where id = ${subscription!.id} returning id`));
    const takeover = await databaseError(asAppRole(a.id, (tx) => tx.execute(sql`update push_subscriptions set user_id = ${b.id} where id = ${subscription!.id}`)));
    const seenByA = await asAppRole(a.id, (tx) => rows(tx, sql`select id from push_subscriptions where id = ${subscription!.id}`));

    expect(seenByB).toHaveLength(0);
    expect(deletedByB).toHaveLength(0);
    expect(takeover).toMatch(/row-level security/);
    expect(seenByA).toHaveLength(1);
  });

  it('keeps the instance’s push signing key out of reach of queries acting for a user', async () => {
    const a = await createTestUser(handle.db);

    const message = await databaseError(asAppRole(a.id, (tx) => tx.execute(sql`select private_key_encrypted from push_vapid_keys`)));

    expect(message).toMatch(/permission denied/);
  });

  it('keeps the rate-limit counters out of reach of queries acting for a user', async () => {
    const a = await createTestUser(handle.db);

    const read = await databaseError(asAppRole(a.id, (tx) => tx.execute(sql`select key from rate_limits`)));
    const reset = await databaseError(asAppRole(a.id, (tx) => tx.execute(sql`delete from rate_limits`)));

    expect(read).toMatch(/permission denied/);
    expect(reset).toMatch(/permission denied/);
  });

  it('runs the app as a role that owns nothing and cannot bypass RLS', async () => {
    const [role] = await rows<{ superuser: boolean; bypass: boolean; owned: number }>(
      handle.db as unknown as Transaction,
      sql`select r.rolsuper as superuser, r.rolbypassrls as bypass,
            (select count(*)::int from pg_class c where c.relowner = r.oid) as owned
          from pg_roles r where r.rolname = 'atlas_app'`,
    );

    expect(role).toEqual({ superuser: false, bypass: false, owned: 0 });
  });
});
