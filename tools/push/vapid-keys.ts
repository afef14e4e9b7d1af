import { and, eq } from 'drizzle-orm';
import webpush from 'web-push';
import type { Config } from '../../config.ts';
import type { Database } from '../../db/database.ts';
import { pushVapidKeys } from '../../db/schema.ts';
import type { TokenCipher, TokenBinding } from '../gmail/token-cipher.ts';

export interface VapidKeys {
  /** base64url, uncompressed P-256 point: what browsers subscribe with (applicationServerKey). */
  publicKey: string;
  privateKey: string;
  /** mailto: or https: contact for the push services. */
  subject: string;
}

const binding: TokenBinding = { userId: 'instance', field: 'vapid_private_key' };

/** VAPID_SUBJECT, else the public URL when it is https (push services want a contact), else mailto:admin@ its host. */
export function vapidSubject(config: Pick<Config, 'VAPID_SUBJECT' | 'ATLAS_PUBLIC_URL'>) {
  if (config.VAPID_SUBJECT) return config.VAPID_SUBJECT;
  const publicUrl = new URL(config.ATLAS_PUBLIC_URL);
  return publicUrl.protocol === 'https:' ? publicUrl.origin : `mailto:admin@${publicUrl.hostname}`;
}

/**
 * The instance's VAPID keys: from the environment when set, else the pair kept in the database, made on
 * first use. Insert-if-absent then read, so two processes starting at once agree on one pair. Read as
 * the database owner: the app's role has no access to the table.
 */
export async function loadVapidKeys(database: Database, options: { config: Config; cipher: TokenCipher }): Promise<VapidKeys> {
  const { config, cipher } = options;
  const subject = vapidSubject(config);
  if (config.VAPID_PUBLIC_KEY && config.VAPID_PRIVATE_KEY) return { publicKey: config.VAPID_PUBLIC_KEY, privateKey: config.VAPID_PRIVATE_KEY, subject };
  const made = webpush.generateVAPIDKeys();
  await database
    .insert(pushVapidKeys)
    .values({ id: 1, publicKey: made.publicKey, privateKeyEncrypted: cipher.encrypt(made.privateKey, binding) })
    .onConflictDoNothing();
  const [stored] = await database.select().from(pushVapidKeys).where(eq(pushVapidKeys.id, 1));
  try {
    return { publicKey: stored!.publicKey, privateKey: cipher.decrypt(stored!.privateKeyEncrypted, binding), subject };
  } catch {
    // Kept under an encryption key the instance no longer has (ATLAS_ENCRYPTION_KEYS replaced rather
    // than rotated): push would fail on every call. A new pair replaces it, only if no other process
    // replaced it first; browsers subscribed to the old one subscribe again from the Tasks page.
    await database
      .update(pushVapidKeys)
      .set({ publicKey: made.publicKey, privateKeyEncrypted: cipher.encrypt(made.privateKey, binding) })
      .where(and(eq(pushVapidKeys.id, 1), eq(pushVapidKeys.privateKeyEncrypted, stored!.privateKeyEncrypted)));
    const [replaced] = await database.select().from(pushVapidKeys).where(eq(pushVapidKeys.id, 1));
    return { publicKey: replaced!.publicKey, privateKey: cipher.decrypt(replaced!.privateKeyEncrypted, binding), subject };
  }
}
