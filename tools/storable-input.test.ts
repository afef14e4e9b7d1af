import { describe, expect, it } from 'vitest';
import { isStorableInstant, isStorableText, storableInteger, unstorableTextPath, webAddress } from './storable-input.ts';

describe('isStorableText', () => {
  it('keeps any text Postgres stores as sent, emoji and other surrogate pairs included', () => {
    expect(isStorableText('Zürich, 東京 and 👩‍💻')).toBe(true);
  });

  it('refuses NUL and surrogates without their partner', () => {
    expect(isStorableText('a\u0000b')).toBe(false);
    expect(isStorableText('a\uD83Db')).toBe(false);
    expect(isStorableText('\uDC69 at the start')).toBe(false);
    expect(isStorableText('at the end \uD83D')).toBe(false);
  });
});

describe('isStorableInstant', () => {
  it('accepts the years 1 to 9999 in UTC, whatever offset the instant is written with', () => {
    expect(isStorableInstant('0001-01-01T00:00:00Z')).toBe(true);
    expect(isStorableInstant('9999-12-31T18:00:00-05:00')).toBe(true);
  });

  it('refuses instants that fall in year 0 or 10000 once moved to UTC', () => {
    expect(isStorableInstant('0000-12-31T23:59:59Z')).toBe(false);
    expect(isStorableInstant('0001-01-01T00:30:00+01:00')).toBe(false);
    expect(isStorableInstant('9999-12-31T23:30:00-05:00')).toBe(false);
  });
});

describe('storableInteger', () => {
  it('takes what an integer column holds and names the limit past it', () => {
    expect(storableInteger().safeParse(2_147_483_647).success).toBe(true);
    const result = storableInteger().safeParse(2_147_483_648);
    expect(result.error?.issues[0]?.message).toMatch(/2147483647/);
  });
});

describe('webAddress', () => {
  it('accepts an address with valid escapes', () => {
    expect(webAddress().safeParse('https://jobs.lever.co/acme%20corp/0f0e0d0c-0b0a-4908-9706-050403020100').success).toBe(true);
  });

  it('refuses a broken %-escape with a reason', () => {
    const result = webAddress().safeParse('https://boards.greenhouse.io/%E0%A4/jobs/123');
    expect(result.error?.issues[0]?.message).toMatch(/broken %-escape/);
  });
});

describe('unstorableTextPath', () => {
  it('names where in a JSON value the unstorable text is, keys included', () => {
    expect(unstorableTextPath({ client_name: 'ok', contacts: ['a', 'b\u0000'] })).toBe('contacts.1');
    expect(unstorableTextPath({ ['key\u0000']: 1 })).toBe('key\u0000');
    expect(unstorableTextPath({ client_name: 'ok', redirect_uris: ['http://127.0.0.1/cb'] })).toBeNull();
  });
});
