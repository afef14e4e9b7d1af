import { and, eq } from 'drizzle-orm';
import type { Transaction } from '../../db/database.ts';
import { jobSourceKeys } from '../../db/schema.ts';
import type { TokenCipher } from '../gmail/token-cipher.ts';
import { keyedCredentialSchemas, keyedSources, type KeyedCredentials, type KeyedSource } from './keyed-sources.ts';

/** What Settings shows of a saved key: that it is there, and since when. Never the key. */
export interface SavedSourceKey {
  source: KeyedSource;
  savedAt: string;
}

const binding = (userId: string, source: KeyedSource) => ({ userId, field: `job_source_key:${source}` as const });

/** Saves (or replaces) the user's credentials for a keyed source, encrypted; they were validated by the caller. */
export async function saveSourceKey<Source extends KeyedSource>(
  db: Transaction,
  options: { userId: string; source: Source; credentials: KeyedCredentials<Source>; cipher: TokenCipher; now: Date },
) {
  const credentialsEncrypted = options.cipher.encrypt(JSON.stringify(options.credentials), binding(options.userId, options.source));
  await db
    .insert(jobSourceKeys)
    .values({ userId: options.userId, source: options.source, credentialsEncrypted, updatedAt: options.now })
    .onConflictDoUpdate({ target: [jobSourceKeys.userId, jobSourceKeys.source], set: { credentialsEncrypted, updatedAt: options.now } });
}

export async function removeSourceKey(db: Transaction, options: { userId: string; source: KeyedSource }) {
  await db.delete(jobSourceKeys).where(and(eq(jobSourceKeys.userId, options.userId), eq(jobSourceKeys.source, options.source)));
}

/** Which keyed sources the user saved a key for. */
export async function savedSourceKeys(db: Transaction): Promise<SavedSourceKey[]> {
  const rows = await db.select({ source: jobSourceKeys.source, updatedAt: jobSourceKeys.updatedAt }).from(jobSourceKeys);
  return rows.flatMap(({ source, updatedAt }) =>
    (keyedSources as readonly string[]).includes(source) ? [{ source: source as KeyedSource, savedAt: updatedAt.toISOString() }] : [],
  );
}

/**
 * The user's credentials for one keyed source, decrypted for a search; null when none is saved.
 * Throws when they cannot be decrypted (the key that made them is gone) or no longer fit the source.
 */
export async function loadSourceKey<Source extends KeyedSource>(
  db: Transaction,
  options: { userId: string; source: Source; cipher: TokenCipher },
): Promise<KeyedCredentials<Source> | null> {
  const [row] = await db.select().from(jobSourceKeys).where(and(eq(jobSourceKeys.userId, options.userId), eq(jobSourceKeys.source, options.source)));
  if (!row) return null;
  const plaintext = options.cipher.decrypt(row.credentialsEncrypted, binding(options.userId, options.source));
  return keyedCredentialSchemas[options.source].parse(JSON.parse(plaintext)) as KeyedCredentials<Source>;
}
