import { getRandomValues } from 'node:crypto';
import { sha256 } from '@oslojs/crypto/sha2';
import { constantTimeEqual } from '@oslojs/crypto/subtle';
import { encodeBase32LowerCaseNoPadding } from '@oslojs/encoding';

/**
 * A bearer secret in the form `<id>.<secret>`, as the Lucia session guide describes: the id finds
 * the row, and only SHA-256 of the secret is stored, compared in constant time. Each part carries
 * 120 bits of randomness, so a stolen database cannot be turned back into working tokens.
 */
export interface SecretToken {
  id: string;
  secretHash: Uint8Array;
  /** The value handed to the client once; never stored. */
  token: string;
}

function randomPart(): string {
  return encodeBase32LowerCaseNoPadding(getRandomValues(new Uint8Array(15)));
}

function hashSecret(secret: string): Uint8Array {
  return sha256(new TextEncoder().encode(secret));
}

export function createSecretToken(prefix = ''): SecretToken {
  const id = randomPart();
  const secret = randomPart();
  return { id, secretHash: hashSecret(secret), token: `${prefix}${id}.${secret}` };
}

/** Splits a presented token into its id and secret; undefined when it is not shaped like one. */
export function parseSecretToken(token: string, prefix = ''): { id: string; secret: string } | undefined {
  if (!token.startsWith(prefix)) return undefined;
  const [id, secret, ...rest] = token.slice(prefix.length).split('.');
  if (!id || !secret || rest.length > 0 || id.length !== 24 || secret.length !== 24) return undefined;
  return { id, secret };
}

export function secretMatches(secret: string, storedHash: Uint8Array): boolean {
  return constantTimeEqual(hashSecret(secret), storedHash);
}
