import { describe, expect, it } from 'vitest';
import { createSecretToken, parseSecretToken, secretMatches } from './secret-token.ts';

describe('secret tokens', () => {
  it('stores only a hash that verifies the secret it was made from', () => {
    const { token, id, secretHash } = createSecretToken('atlas_');
    const parsed = parseSecretToken(token, 'atlas_');

    expect(parsed?.id).toBe(id);
    expect(secretMatches(parsed!.secret, secretHash)).toBe(true);
    expect(Buffer.from(secretHash).toString('hex')).not.toContain(parsed!.secret);
  });

  it('rejects a secret that differs by one character', () => {
    const { token, secretHash } = createSecretToken();
    const { secret } = parseSecretToken(token)!;
    const tampered = secret.slice(0, -1) + (secret.endsWith('a') ? 'b' : 'a');

    expect(secretMatches(tampered, secretHash)).toBe(false);
  });

  it('carries at least 120 bits of randomness in each part', () => {
    const { token } = createSecretToken();
    const { id, secret } = parseSecretToken(token)!;

    // base32: 5 bits per character
    expect(id.length * 5).toBeGreaterThanOrEqual(120);
    expect(secret.length * 5).toBeGreaterThanOrEqual(120);
  });

  it('refuses tokens of the wrong shape', () => {
    expect(parseSecretToken('nodot')).toBeUndefined();
    expect(parseSecretToken('a.b.c')).toBeUndefined();
    expect(parseSecretToken(createSecretToken('x_').token, 'y_')).toBeUndefined();
  });
});
