import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { UnavailableError } from '../errors.ts';

export interface EncryptionKey {
  id: string;
  key: Buffer;
}

/** What a token is bound to: a ciphertext moved to another user's row or field no longer decrypts. */
export interface TokenBinding {
  userId: string;
  /**
   * A Google token, a user's own key for a keyed job search API (tools/jobs/source-keys.ts), or a key
   * of a browser's push subscription, bound to the subscription's id (tools/push/push-subscriptions.ts),
   * or the instance's VAPID private key (tools/push/vapid-keys.ts, with the user id `instance`).
   */
  field: 'access_token' | 'refresh_token' | `job_source_key:${string}` | `push_subscription:${string}` | 'vapid_private_key';
}

const version = 'v1';
const ivBytes = 12;

/**
 * AES-256-GCM for the Google tokens Atlas stores (promise 5). Each ciphertext names the key that made
 * it, so keys rotate: the first key encrypts, every listed key still decrypts.
 */
export interface TokenCipher {
  encrypt(plaintext: string, binding: TokenBinding): string;
  decrypt(ciphertext: string, binding: TokenBinding): string;
  /** True when the ciphertext was made with a key other than the current one, so it should be rewritten. */
  needsRotation(ciphertext: string): boolean;
}

export class TokenDecryptionError extends Error {
  override readonly name = 'TokenDecryptionError';
}

/** The cipher for the configured keys; refuses to exist without one, so Gmail never stores a token in the clear. */
export function createTokenCipher(keys: EncryptionKey[]): TokenCipher {
  const [current] = keys;
  if (!current) {
    throw new UnavailableError(
      'Gmail needs an encryption key for Google tokens: set ATLAS_ENCRYPTION_KEYS to id:base64key (make one with: echo "k1:$(openssl rand -base64 32)") and restart Atlas',
      'gmail_not_configured',
    );
  }
  const byId = new Map(keys.map((key) => [key.id, key.key]));
  const associatedData = (binding: TokenBinding) => Buffer.from(`${binding.userId}:${binding.field}`);

  return {
    encrypt(plaintext, binding) {
      const iv = randomBytes(ivBytes);
      const cipher = createCipheriv('aes-256-gcm', current.key, iv);
      cipher.setAAD(associatedData(binding));
      const ciphertext = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
      const parts = [iv, cipher.getAuthTag(), ciphertext].map((part) => part.toString('base64url'));
      return [version, current.id, ...parts].join(':');
    },

    decrypt(stored, binding) {
      const [storedVersion, keyId = '', iv = '', tag = '', ciphertext = ''] = stored.split(':');
      if (storedVersion !== version) throw new TokenDecryptionError('stored token has an unknown format');
      const key = byId.get(keyId);
      if (!key) throw new TokenDecryptionError(`stored token was encrypted with key "${keyId}", which ATLAS_ENCRYPTION_KEYS no longer lists`);
      try {
        const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'));
        decipher.setAAD(associatedData(binding));
        decipher.setAuthTag(Buffer.from(tag, 'base64url'));
        return Buffer.concat([decipher.update(Buffer.from(ciphertext, 'base64url')), decipher.final()]).toString('utf8');
      } catch {
        throw new TokenDecryptionError('stored token failed authentication (wrong key, altered, or moved from another row)');
      }
    },

    needsRotation(stored) {
      return stored.split(':')[1] !== current.id;
    },
  };
}
