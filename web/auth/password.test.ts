import { describe, expect, it } from 'vitest';
import { hashPassword, passwordSchema, passwordWeakness, verifyPassword } from './password.ts';

describe('passwords', () => {
  it('hashes with argon2id at the OWASP baseline and verifies only the right password', async () => {
    const stored = await hashPassword('violet-harbour-lantern-42');

    expect(stored).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(await verifyPassword(stored, 'violet-harbour-lantern-42')).toBe(true);
    expect(await verifyPassword(stored, 'violet-harbour-lantern-43')).toBe(false);
  });

  it('refuses the most common passwords and ones built from the account’s email', () => {
    expect(passwordWeakness('password123')).toBeDefined();
    expect(passwordWeakness('qwertyuiop')).toBeDefined();
    expect(passwordWeakness('danasmith1', { email: 'dana.smith@example.com' })).toBeDefined();
    expect(passwordWeakness('violet-harbour-lantern-42')).toBeUndefined();
  });

  it('counts the email’s own name plus a year as guessable', () => {
    expect(passwordWeakness('Quentinbrackley2024', { email: 'quentin.brackley@example.com' })).toBeDefined();
    expect(passwordWeakness('Quentinbrackley2024', { email: 'someone@example.com' })).toBeUndefined();
    expect(passwordWeakness('Quentinbrackley2024', { email: 'quentin.brackley.ab12cd@example.com' })).toBeDefined();
    expect(passwordWeakness('QuentinBrackley1990', { email: 'qb@example.com', name: 'Quentin Brackley' })).toBeDefined();
    expect(passwordWeakness('Orlaithmcg1987', { email: 'o@example.com', name: 'Orlaith McG' })).toBeDefined();
  });

  it('explains a refusal in plain sentences, not zxcvbn’s internal keys', () => {
    const common = passwordWeakness('password123')!;
    const personal = passwordWeakness('Quentinbrackley2024', { email: 'quentin.brackley@example.com' })!;

    expect(common).toMatch(/^[A-Z][^]*\.$/);
    expect(common).toMatch(/common/i);
    expect(personal).toMatch(/personal/i);
    for (const key of ['userInputs', 'similarToCommon', 'topTen', 'common']) {
      expect(common.split(' ')).not.toContain(key);
      expect(personal.split(' ')).not.toContain(key);
    }
  });

  it('accepts 8 to 256 characters', () => {
    expect(passwordSchema.safeParse('short').success).toBe(false);
    expect(passwordSchema.safeParse('x'.repeat(257)).success).toBe(false);
    expect(passwordSchema.safeParse('x'.repeat(256)).success).toBe(true);
  });
});
