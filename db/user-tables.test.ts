import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deletionOrder } from '../web/account/delete-account.ts';
import type { DatabaseHandle } from './database.ts';
import { openTestDatabase } from './test-database.ts';
import { findUserTables, isExportedColumn, type UserTable } from './user-tables.ts';

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await openTestDatabase();
});
afterAll(() => handle.close());

describe('findUserTables', () => {
  it('finds every table whose row-level security policy is about the acting user', async () => {
    const result = (await handle.db.execute(
      sql`select distinct tablename as "table" from pg_policies where schemaname = 'public' and qual like '%app.user_id%'`,
    )) as unknown as { rows: { table: string }[] };
    const found = (await findUserTables(handle.db)).map((table) => table.name);

    expect(result.rows.length).toBeGreaterThan(10);
    expect(found).toEqual(expect.arrayContaining(result.rows.map((row) => row.table)));
  });

  it('leaves out the shared job catalogue, which holds no user data', async () => {
    const found = (await findUserTables(handle.db)).map((table) => table.name);

    expect(found).not.toContain('jobs');
    expect(found[0]).toBe('users');
  });

  it('knows how to page through each table: by its primary key', async () => {
    const tables = await findUserTables(handle.db);

    expect(tables.find((table) => table.name === 'applications')?.primaryKey).toEqual([{ name: 'id', type: 'uuid' }]);
    expect(tables.filter((table) => table.primaryKey.length === 0).map((table) => table.name)).toEqual([]);
  });

  it('exports no secrets, hashes or vectors', () => {
    const exported = (name: string, type = 'text') => isExportedColumn({ name, type });

    expect(['password_hash', 'secret_hash', 'refresh_token_encrypted', 'code_challenge', 'page_token'].filter((name) => exported(name))).toEqual([]);
    expect(exported('embedding', 'vector(768)')).toBe(false);
    expect(['email', 'notes', 'input_tokens', 'google_subject', 'subject'].every((name) => exported(name))).toBe(true);
  });
});

describe('deletionOrder', () => {
  it('deletes a table before every table it references, users last', async () => {
    const order = deletionOrder(await findUserTables(handle.db));
    const position = new Map(order.map((table, index) => [table.name, index]));

    const violations = order.flatMap((table) =>
      table.references.filter((referenced) => position.has(referenced) && position.get(referenced)! < position.get(table.name)!).map((referenced) => `${table.name} → ${referenced}`),
    );
    expect(violations).toEqual([]);
    expect(order.at(-1)?.name).toBe('users');
  });

  it('terminates on a cycle of references', () => {
    const table = (name: string, references: string[]): UserTable => ({ name, ownerColumn: 'user_id', primaryKey: [], exportedColumns: [], references });

    expect(deletionOrder([table('a', ['b']), table('b', ['a'])]).map((each) => each.name).sort()).toEqual(['a', 'b']);
  });
});
