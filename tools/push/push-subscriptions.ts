import { asc, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Transaction } from '../../db/database.ts';
import { pushSubscriptions } from '../../db/schema.ts';
import type { TokenBinding, TokenCipher } from '../gmail/token-cipher.ts';

/** A subscription as the browser's PushSubscription.toJSON() gives it; the endpoint is checked against the push services separately. */
export const pushSubscriptionInput = z.object({
  endpoint: z.url({ protocol: /^https?$/, error: 'must be the push service address the browser gave' }).max(2000),
  keys: z.object({
    // A P-256 public key, uncompressed (65 bytes), and 16 bytes of auth secret, base64url (RFC 8291 §3).
    p256dh: z.string().regex(/^[A-Za-z0-9_-]{86,88}={0,2}$/, 'must be the browser’s base64url P-256 key'),
    auth: z.string().regex(/^[A-Za-z0-9_-]{22,24}={0,2}$/, 'must be the browser’s 16-byte base64url auth secret'),
  }),
});
export type PushSubscriptionInput = z.infer<typeof pushSubscriptionInput>;

/** A device as the user sees it in the list: never the endpoint or keys, which are the browser's secrets. */
export const pushDeviceSchema = z.object({
  id: z.uuid(),
  deviceLabel: z.string(),
  pushService: z.string(),
  createdAt: z.iso.datetime(),
  lastSuccessAt: z.iso.datetime().nullable(),
  failureCount: z.number().int(),
});
export type PushDevice = z.infer<typeof pushDeviceSchema>;

/** A subscription ready to post to, keys decrypted. */
export interface DeliverableSubscription {
  id: string;
  endpoint: string;
  keys: { p256dh: string; auth: string };
}

const binding = (userId: string, subscriptionId: string, key: 'p256dh' | 'auth'): TokenBinding => ({ userId, field: `push_subscription:${subscriptionId}:${key}` });

type Row = typeof pushSubscriptions.$inferSelect;

function toDevice(row: Row): PushDevice {
  return {
    id: row.id,
    deviceLabel: row.deviceLabel,
    pushService: new URL(row.endpoint).hostname,
    createdAt: row.createdAt.toISOString(),
    lastSuccessAt: row.lastSuccessAt?.toISOString() ?? null,
    failureCount: row.failureCount,
  };
}

/**
 * Saves the browser's subscription for the acting user. Subscribing again from the same browser
 * replaces its row (new keys, new id), so one browser is one device and its old keys are gone.
 */
export async function savePushSubscription(
  tx: Transaction,
  options: { userId: string; subscription: PushSubscriptionInput; deviceLabel: string; cipher: TokenCipher },
): Promise<PushDevice> {
  const { userId, subscription, cipher } = options;
  const id = crypto.randomUUID();
  await tx.delete(pushSubscriptions).where(eq(pushSubscriptions.endpoint, subscription.endpoint));
  const [row] = await tx
    .insert(pushSubscriptions)
    .values({
      id,
      endpoint: subscription.endpoint,
      p256dhEncrypted: cipher.encrypt(subscription.keys.p256dh, binding(userId, id, 'p256dh')),
      authEncrypted: cipher.encrypt(subscription.keys.auth, binding(userId, id, 'auth')),
      deviceLabel: options.deviceLabel,
    })
    .returning();
  return toDevice(row!);
}

export async function listPushDevices(tx: Transaction): Promise<PushDevice[]> {
  const rows = await tx.select().from(pushSubscriptions).orderBy(asc(pushSubscriptions.createdAt));
  return rows.map(toDevice);
}

/** Removes one of the acting user's devices; false when they have none by that id. */
export async function deletePushSubscription(tx: Transaction, id: string): Promise<boolean> {
  const deleted = await tx.delete(pushSubscriptions).where(eq(pushSubscriptions.id, id)).returning({ id: pushSubscriptions.id });
  return deleted.length > 0;
}

/** The acting user's subscriptions with their keys decrypted, for the reminder schedule. */
export async function deliverableSubscriptions(tx: Transaction, options: { userId: string; cipher: TokenCipher }): Promise<DeliverableSubscription[]> {
  const rows = await tx.select().from(pushSubscriptions).where(eq(pushSubscriptions.userId, options.userId));
  return rows.map((row) => ({
    id: row.id,
    endpoint: row.endpoint,
    keys: {
      p256dh: options.cipher.decrypt(row.p256dhEncrypted, binding(options.userId, row.id, 'p256dh')),
      auth: options.cipher.decrypt(row.authEncrypted, binding(options.userId, row.id, 'auth')),
    },
  }));
}

/** What a delivery attempt did to the subscription: keep it (counting a failure) or drop it. */
export async function recordDelivery(tx: Transaction, options: { id: string; outcome: 'delivered' | 'gone' | 'failed'; now: Date }) {
  const { id, outcome, now } = options;
  const row = eq(pushSubscriptions.id, id);
  if (outcome === 'gone') await tx.delete(pushSubscriptions).where(row);
  else if (outcome === 'delivered') await tx.update(pushSubscriptions).set({ lastSuccessAt: now, failureCount: 0 }).where(row);
  else await tx.update(pushSubscriptions).set({ failureCount: sql`${pushSubscriptions.failureCount} + 1` }).where(row);
}
