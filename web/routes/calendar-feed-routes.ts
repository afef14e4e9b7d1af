import { Router } from 'express';
import type { Database } from '../../db/database.ts';
import { withUser } from '../../db/with-user.ts';
import { recordAuditEvent } from '../../tools/audit/audit-log.ts';
import { buildCalendarFeed } from '../../tools/tasks/calendar-feed.ts';
import {
  calendarFeedStatus,
  createCalendarFeedSecret,
  revokeCalendarFeed,
  verifyCalendarFeedSecret,
} from '../calendar/calendar-feed-secret.ts';
import { requireUser } from '../session-middleware.ts';

/** Where calendar apps fetch the feed; the secret is the whole credential. */
export const calendarFeedPath = '/calendar';

/**
 * The feed itself, for calendar apps: no session, no cookie read or set, so it is mounted before the
 * session middleware. An unknown or revoked secret answers 404, the same as an address that never was.
 */
export function calendarFeedRoutes(options: { database: Database; now: () => Date }) {
  const { database, now } = options;
  const router = Router();
  router.get('/:file', async (request, response) => {
    const token = request.params.file.replace(/\.ics$/, '');
    const userId = await verifyCalendarFeedSecret(database, token, now());
    if (!userId) {
      response.status(404).type('text/plain').send('Not found');
      return;
    }
    const feed = await withUser(database, userId, async (tx) => {
      const text = await buildCalendarFeed(tx, { now: now() });
      // Interviews come from email signals, which the audit log shows every read of.
      await recordAuditEvent(tx, { actor: 'web', actorDetail: 'calendar feed', action: 'readCalendarFeed', recordKind: 'email signal' }, now());
      return text;
    });
    response.setHeader('Cache-Control', 'private, no-store');
    response.setHeader('Referrer-Policy', 'no-referrer');
    response.type('text/calendar; charset=utf-8').send(feed);
  });
  return router;
}

/** Settings: whether the feed is on, a new secret address (shown once), and revoking it. */
export function calendarFeedSettingsRoutes(options: { database: Database; now: () => Date; publicUrl: URL }) {
  const { database, now, publicUrl } = options;
  const router = Router();

  router.get('/', async (_request, response) => {
    const user = requireUser(response);
    response.json(await calendarFeedStatus(database, user.id));
  });

  router.post('/', async (_request, response) => {
    const user = requireUser(response);
    const token = await createCalendarFeedSecret(database, { userId: user.id, now: now() });
    const url = new URL(`${calendarFeedPath}/${token}.ics`, publicUrl).toString();
    // The address is shown this once; it must not linger in a cache.
    response.setHeader('Cache-Control', 'no-store');
    response.status(201).json({ url, webcalUrl: url.replace(/^https?:/, 'webcal:') });
  });

  router.delete('/', async (_request, response) => {
    const user = requireUser(response);
    await revokeCalendarFeed(database, user.id);
    response.status(204).end();
  });

  return router;
}
