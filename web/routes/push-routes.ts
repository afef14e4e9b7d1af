import { eq } from 'drizzle-orm';
import { Router, type Response } from 'express';
import { z } from 'zod';
import type { Database } from '../../db/database.ts';
import { pushSubscriptions } from '../../db/schema.ts';
import { withUser } from '../../db/with-user.ts';
import { NotFoundError, parseInput } from '../../tools/errors.ts';
import { checkPushEndpoint } from '../../tools/push/push-endpoint.ts';
import { PushNotConfiguredError, type PushService } from '../../tools/push/push-service.ts';
import { deletePushSubscription, listPushDevices, pushSubscriptionInput, savePushSubscription } from '../../tools/push/push-subscriptions.ts';
import { deviceName } from '../auth/device-name.ts';
import { requireUser } from '../session-middleware.ts';

/**
 * Browser notifications: the instance's public VAPID key for subscribing, and the user's subscribed
 * browsers: add this one, list them, remove one (by id from the list, or this browser by its endpoint).
 * Without push configured (no ATLAS_ENCRYPTION_KEYS) every route answers 503 saying so.
 */
export function pushRoutes(options: { database: Database; push: PushService | null; setupProblem: string | null }) {
  const { database } = options;
  const router = Router();
  const configured = (response: Response) => {
    const user = requireUser(response);
    if (!options.push) throw new PushNotConfiguredError(options.setupProblem ?? 'Browser notifications are not set up on this server');
    return { userId: user.id, push: options.push };
  };

  router.get('/key', async (_request, response) => {
    const { push } = configured(response);
    response.json({ publicKey: (await push.vapidKeys()).publicKey });
  });

  router.get('/subscriptions', async (_request, response) => {
    const { userId } = configured(response);
    response.json({ devices: await withUser(database, userId, listPushDevices) });
  });

  router.post('/subscriptions', async (request, response) => {
    const { userId, push } = configured(response);
    const subscription = parseInput(pushSubscriptionInput, request.body ?? {}, 'Invalid push subscription');
    checkPushEndpoint(subscription.endpoint, push.policy);
    const deviceLabel = deviceName(request.get('user-agent')) ?? 'A browser';
    const device = await withUser(database, userId, (tx) => savePushSubscription(tx, { userId, subscription, deviceLabel, cipher: push.cipher }));
    response.status(201).json({ device });
  });

  // "Stop notifications in this browser": the browser knows its endpoint, not the row's id.
  router.delete('/subscriptions', async (request, response) => {
    const { userId } = configured(response);
    const { endpoint } = parseInput(z.object({ endpoint: z.string().max(2000) }), request.body ?? {}, 'Name the endpoint to unsubscribe');
    await withUser(database, userId, (tx) => tx.delete(pushSubscriptions).where(eq(pushSubscriptions.endpoint, endpoint)));
    response.status(204).end();
  });

  router.delete('/subscriptions/:id', async (request, response) => {
    const { userId } = configured(response);
    const id = parseInput(z.uuid(), request.params.id, 'Invalid device id');
    if (!(await withUser(database, userId, (tx) => deletePushSubscription(tx, id)))) throw new NotFoundError('Device', id);
    response.status(204).end();
  });

  return router;
}
