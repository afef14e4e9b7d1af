import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { withUser } from '../../db/with-user.ts';
import { tasks } from '../../db/schema.ts';
import { makeSubscriber } from '../../tools/push/test-push-service.ts';
import { chromiumInstalled, openSignedIn } from './test-browser.ts';
import { useBrowserPages } from './use-browser-pages.ts';

describe.skipIf(!chromiumInstalled)('reminders in a browser', () => {
  const pages = useBrowserPages({ failureShot: 'reminders-failure', server: { environment: { ATLAS_ENCRYPTION_KEYS: `k1:${randomBytes(32).toString('base64')}` } } });

  it('shows tasks due today and overdue above the tasks, and dismisses or snoozes each', async () => {
    const { cookie, user } = await pages.server.signUp();
    const today = new Date().toISOString().slice(0, 10);
    await withUser(pages.server.handle.db, user.id, (tx) =>
      tx.insert(tasks).values([
        { title: 'Send portfolio', dueOn: today },
        { title: 'Thank-you note', dueOn: '2020-01-01' },
      ]),
    );
    const page = (pages.page = await openSignedIn(pages.browser, { url: `${pages.server.url}/tasks`, cookie }));

    const reminders = page.getByRole('region', { name: /^Reminders/ });
    const reminder = (title: string) => reminders.getByTestId('reminder').filter({ hasText: title });
    await reminder('Send portfolio').getByText('due today').waitFor();
    await reminder('Thank-you note').getByText(/^overdue since/).waitFor();
    await reminders.getByRole('button', { name: 'Dismiss reminder Send portfolio' }).click();
    await reminder('Send portfolio').waitFor({ state: 'detached' });
    await reminders.getByRole('button', { name: 'Snooze 3 hours Thank-you note' }).click();
    await reminders.waitFor({ state: 'detached' });

    expect(await page.getByRole('region', { name: /Overdue/ }).getByText('Thank-you note', { exact: true }).isVisible()).toBe(true);
  });

  it('offers notifications in this browser, lists subscribed browsers and removes one', async () => {
    const { cookie } = await pages.server.signUp();
    const { subscription } = makeSubscriber(`https://fcm.googleapis.com/fcm/send/${crypto.randomUUID()}`);
    await pages.server.request('/api/push/subscriptions', { method: 'POST', cookie, body: JSON.stringify(subscription), headers: { 'user-agent': 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Firefox/128.0' } });
    const page = (pages.page = await openSignedIn(pages.browser, { url: `${pages.server.url}/tasks`, cookie }));

    const panel = page.getByRole('region', { name: 'Browser notifications' });
    await panel.getByRole('button', { name: 'Notify me in this browser' }).waitFor();
    await panel.getByRole('button', { name: 'Remove Firefox on Windows' }).click();
    await panel.getByTestId('push-device').waitFor({ state: 'detached' });
    const { devices } = (await (await pages.server.request('/api/push/subscriptions', { cookie })).json()) as { devices: unknown[] };

    expect(devices).toEqual([]);
  });

  it('shows a pushed reminder as a notification from the service worker', async () => {
    const { cookie } = await pages.server.signUp();
    const page = (pages.page = await openSignedIn(pages.browser, { url: `${pages.server.url}/tasks`, cookie }));
    await page.context().grantPermissions(['notifications'], { origin: pages.server.url });
    const session = await page.context().newCDPSession(page);
    await session.send('ServiceWorker.enable');
    const registered = new Promise<string>((resolve) =>
      session.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
        const running = versions.find((version) => version.status === 'activated');
        if (running) resolve(running.registrationId);
      }),
    );
    await page.evaluate(async () => {
      await navigator.serviceWorker.register('/service-worker.js');
      await navigator.serviceWorker.ready;
    });
    const registrationId = await registered;

    await session.send('ServiceWorker.deliverPushMessage', {
      origin: pages.server.url,
      registrationId,
      data: JSON.stringify({ title: 'Send portfolio', body: 'Due today', url: '/tasks', tag: 'task:1:2030-01-01' }),
    });
    const shown = await page.waitForFunction(async () => {
      const registration = await navigator.serviceWorker.ready;
      const notifications = await registration.getNotifications();
      return notifications.length > 0 ? notifications.map((notification) => ({ title: notification.title, body: notification.body, tag: notification.tag, data: notification.data as unknown })) : null;
    });

    expect(await shown.jsonValue()).toEqual([{ title: 'Send portfolio', body: 'Due today', tag: 'task:1:2030-01-01', data: { url: '/tasks' } }]);
  });
});
