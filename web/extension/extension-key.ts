import { createHash } from 'node:crypto';

/**
 * The public half of the key that fixes the extension's id for unpacked installs, so Atlas can allow
 * exactly its origin (chrome-extension://<id>) without the user configuring anything. The Chrome Web
 * Store assigns its listing's own id; set ATLAS_EXTENSION_ID to that one for store installs.
 */
export const extensionPublicKey = 'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAnVOHvjQihNwRaSjM7wkt1DMwldGO5JvDVSzJa1QNxh3/AmugNJiWXcxFpkpqBSrGYkAoZrVC8xqC3lLfri+cssp4K7c/wzw6WK8dwGu5au6ATfyXHGE9IaCbPEx3Z7IZCbYNqpPrXdLfWVNVp4cXoenjuviIxUiGepHVd9gAA8hslepb/JscTnvjuez/XlkOU6gagewOZ/O4z+AvNFRnWaDTGmswtmvm8q3tPbrLxEW1TEeVZSbpPT7UESXXTO3cnMmpX3fNBT6Nfx/8MIXsePXXXl2voJg2iKzOZZrQVIRod9+lAcV+4GTkvLMedklejGmgfH9m/WzhMj0JD7iykwIDAQAB';

/** Chromium's extension id for a manifest key: the first 128 bits of its SHA-256, as letters a–p. */
export function extensionIdFromKey(publicKeyBase64: string): string {
  const digest = createHash('sha256').update(Buffer.from(publicKeyBase64, 'base64')).digest('hex').slice(0, 32);
  return [...digest].map((digit) => String.fromCharCode('a'.charCodeAt(0) + Number.parseInt(digit, 16))).join('');
}

export const defaultExtensionId = extensionIdFromKey(extensionPublicKey);
