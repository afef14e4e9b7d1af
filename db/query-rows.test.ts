import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from './database.ts';
import { queryDriverRows, queryRows } from './query-rows.ts';
import { openTestDatabase } from './test-database.ts';
import { withUser } from './with-user.ts';

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await openTestDatabase();
});
afterAll(async () => {
  await handle.close();
});

const statement = (word: string) =>
  sql`select ${word}::text as word, 42::int as answer, 1.5::float8 as ratio, '{a,b}'::text[] as letters, '\\x0102'::bytea as bytes,
             timestamptz '2026-01-02 03:04:05.678+00' as at`;

describe('queryDriverRows', () => {
  it('answers a parameterised statement with the rows queryRows gives, times as Dates', async () => {
    const [direct] = await queryDriverRows<Record<string, unknown>>(handle.db, statement('hello'));
    const [throughDrizzle] = await queryRows<Record<string, unknown>>(handle.db, statement('hello'));
    expect(direct!.at).toEqual(new Date('2026-01-02T03:04:05.678Z'));
    expect(new Date(throughDrizzle!.at as string | Date)).toEqual(direct!.at);
    expect({ ...direct, at: null, bytes: [...(direct!.bytes as Uint8Array)] }).toEqual({
      ...throughDrizzle,
      at: null,
      bytes: [...(throughDrizzle!.bytes as Uint8Array)],
    });
    expect(direct).toMatchObject({ word: 'hello', answer: 42, ratio: 1.5, letters: ['a', 'b'] });
  });

  it('inside a transaction runs on its connection, as the user it acts for', async () => {
    const userId = crypto.randomUUID();
    const [row] = await withUser(handle.db, userId, (tx) =>
      queryDriverRows<{ actingFor: string; role: string }>(tx, sql`select current_setting('app.user_id') as "actingFor", current_user as role`),
    );
    expect(row).toEqual({ actingFor: userId, role: 'atlas_app' });
  });
});
