import webpush from 'web-push';
import { pushEndpointProblem, type PushEndpointPolicy } from './push-endpoint.ts';
import type { DeliverableSubscription } from './push-subscriptions.ts';
import type { VapidKeys } from './vapid-keys.ts';

export type DeliveryOutcome = 'delivered' | 'gone' | 'failed';

/** How long a push service keeps a reminder for a browser that is offline: a day, after which it is stale. */
const ttlSeconds = 24 * 60 * 60;
const timeoutMs = 10_000;

/**
 * Posts one encrypted message (RFC 8291, aes128gcm) with a VAPID signature (RFC 8292) to a browser's
 * push service. web-push builds the request; it is sent here with fetch so the endpoint is checked
 * against the push services once more right before the post, and redirects are never followed (a
 * redirect could lead anywhere). 404 and 410 mean the browser unsubscribed: the subscription is gone.
 */
export async function deliverPush(options: {
  subscription: DeliverableSubscription;
  payload: string;
  vapid: VapidKeys;
  policy: PushEndpointPolicy;
}): Promise<{ outcome: DeliveryOutcome; status?: number }> {
  const { subscription, vapid } = options;
  // A subscription stored before the operator narrowed ATLAS_PUSH_SERVICES is not posted to.
  if (pushEndpointProblem(subscription.endpoint, options.policy)) return { outcome: 'failed' };
  const request = webpush.generateRequestDetails({ endpoint: subscription.endpoint, keys: subscription.keys }, options.payload, {
    vapidDetails: { subject: vapid.subject, publicKey: vapid.publicKey, privateKey: vapid.privateKey },
    TTL: ttlSeconds,
    contentEncoding: 'aes128gcm',
  });
  const headers = Object.fromEntries(
    Object.entries(request.headers)
      .filter(([name]) => name.toLowerCase() !== 'content-length')
      .map(([name, value]) => [name, String(value)]),
  );
  try {
    const response = await fetch(request.endpoint, {
      method: request.method,
      headers,
      body: request.body ? new Uint8Array(request.body) : null,
      redirect: 'manual',
      signal: AbortSignal.timeout(timeoutMs),
    });
    await response.body?.cancel();
    if (response.status === 404 || response.status === 410) return { outcome: 'gone', status: response.status };
    return { outcome: response.ok ? 'delivered' : 'failed', status: response.status };
  } catch {
    return { outcome: 'failed' };
  }
}
