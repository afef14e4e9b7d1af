import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../config.ts';
import { createTokenCipher, TokenDecryptionError } from './token-cipher.ts';

const binding = { userId: '5f0c6a52-0000-4000-8000-000000000001', field: 'refresh_token' } as const;
const key = (id: string) => ({ id, key: randomBytes(32) });

describe('token cipher', () => {
  it('round-trips a token without the plaintext appearing in what is stored', () => {
    const cipher = createTokenCipher([key('k1')]);

    const stored = cipher.encrypt('1//0refresh-token-secret', binding);

    expect(stored).toMatch(/^v1:k1:[\w-]{16}:[\w-]{22}:[\w-]+$/);
    expect(stored).not.toContain('refresh-token-secret');
    expect(cipher.decrypt(stored, binding)).toBe('1//0refresh-token-secret');
  });

  it('uses a fresh nonce for every encryption', () => {
    const cipher = createTokenCipher([key('k1')]);

    expect(cipher.encrypt('same', binding)).not.toBe(cipher.encrypt('same', binding));
  });

  it('refuses a ciphertext moved to another user or field', () => {
    const cipher = createTokenCipher([key('k1')]);
    const stored = cipher.encrypt('token', binding);

    expect(() => cipher.decrypt(stored, { ...binding, userId: '5f0c6a52-0000-4000-8000-000000000002' })).toThrow(TokenDecryptionError);
    expect(() => cipher.decrypt(stored, { ...binding, field: 'access_token' })).toThrow(TokenDecryptionError);
  });

  it('refuses a ciphertext whose bytes were altered', () => {
    const cipher = createTokenCipher([key('k1')]);
    const stored = cipher.encrypt('token', binding);
    // One character of the ciphertext, changed to a character it certainly is not.
    const at = stored.length - 2;
    const altered = stored.slice(0, at) + (stored[at] === 'A' ? 'B' : 'A') + stored.slice(at + 1);

    expect(() => cipher.decrypt(altered, binding)).toThrow(/failed authentication/);
  });

  it('rotates keys: old ciphertexts still decrypt with a retired key, new ones use the first key', () => {
    const old = key('k1');
    const before = createTokenCipher([old]).encrypt('token', binding);
    const rotated = createTokenCipher([key('k2'), old]);

    expect(rotated.decrypt(before, binding)).toBe('token');
    expect(rotated.needsRotation(before)).toBe(true);
    expect(rotated.encrypt('token', binding)).toMatch(/^v1:k2:/);
  });

  it('names the missing key when a ciphertext was made with a key no longer configured', () => {
    const stored = createTokenCipher([key('gone')]).encrypt('token', binding);

    expect(() => createTokenCipher([key('k2')]).decrypt(stored, binding)).toThrow(/key "gone"/);
  });

  it('refuses to exist without a key, saying how to make one', () => {
    expect(() => createTokenCipher([])).toThrow(/set ATLAS_ENCRYPTION_KEYS.*openssl rand -base64 32/);
  });
});

describe('ATLAS_ENCRYPTION_KEYS', () => {
  it('reads id:base64key pairs in order, the first being the one that encrypts', () => {
    const first = randomBytes(32);
    const second = randomBytes(32);

    const config = loadConfig({ ATLAS_ENCRYPTION_KEYS: `k2:${first.toString('base64')}, k1:${second.toString('base64')}` });

    expect(config.ATLAS_ENCRYPTION_KEYS).toEqual([
      { id: 'k2', key: first },
      { id: 'k1', key: second },
    ]);
  });

  it('stops start-up with a readable message for a key of the wrong length', () => {
    expect(() => loadConfig({ ATLAS_ENCRYPTION_KEYS: `k1:${randomBytes(16).toString('base64')}` })).toThrow(
      /ATLAS_ENCRYPTION_KEYS: key "k1" must be 32 bytes/,
    );
  });
});
