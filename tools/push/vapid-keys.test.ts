import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../config.ts';
import type { Database, DatabaseHandle } from '../../db/database.ts';
import { pushVapidKeys } from '../../db/schema.ts';
import { openTestDatabase } from '../../db/test-database.ts';
import { createTokenCipher } from '../gmail/token-cipher.ts';
import { loadVapidKeys } from './vapid-keys.ts';

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await openTestDatabase();
});
afterAll(() => handle.close());

const cipherWith = () => createTokenCipher([{ id: 'k1', key: randomBytes(32) }]);
const config = { ...loadConfig({}), VAPID_PUBLIC_KEY: undefined, VAPID_PRIVATE_KEY: undefined };

describe('loadVapidKeys', () => {
  it('keeps one pair across calls, and makes a new one when the stored pair was encrypted with a key the instance no longer has', async () => {
    // In a transaction rolled back at the end: the pair is the instance's, and other tests share the database.
    const rolledBack = new Error('rolled back');
    await handle.db
      .transaction(async (tx) => {
        const db = tx as unknown as Database;
        await tx.delete(pushVapidKeys);
        const before = cipherWith();
        const first = await loadVapidKeys(db, { config, cipher: before });
        expect(await loadVapidKeys(db, { config, cipher: before })).toEqual(first);

        const replacedKey = cipherWith();
        const after = await loadVapidKeys(db, { config, cipher: replacedKey });

        expect(after.publicKey).not.toBe(first.publicKey);
        expect(after.privateKey).toMatch(/^[A-Za-z0-9_-]{43}$/);
        expect(await loadVapidKeys(db, { config, cipher: replacedKey })).toEqual(after);
        throw rolledBack;
      })
      .catch((error: unknown) => {
        if (error !== rolledBack) throw error;
      });
  });
});
