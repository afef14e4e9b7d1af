import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from './database.ts';
import { queryDriverRows, queryPreparedDriverRows, queryRows } from './query-rows.ts';
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

  it('answers a statement kept prepared with each call\'s own parameters, on every pooled connection and in a transaction', async () => {
    const words = Array.from({ length: 24 }, (_, index) => `word ${index}`);
    const prepared = (db: Parameters<typeof queryDriverRows>[0], word: string) =>
      queryPreparedDriverRows<{ word: string; answer: number }>(db, 'atlas_test_word_answer', sql`select ${word}::text as word, 42::int as answer`);

    const answers = await Promise.all(words.map((word) => prepared(handle.db, word)));
    const inTransaction = await withUser(handle.db, crypto.randomUUID(), (tx) => prepared(tx, 'inside'));

    expect(answers).toEqual(words.map((word) => [{ word, answer: 42 }]));
    expect(inTransaction).toEqual([{ word: 'inside', answer: 42 }]);
  });
});
