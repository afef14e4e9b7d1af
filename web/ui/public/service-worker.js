// Atlas's service worker: shows the reminders the server pushes, and opens Atlas when one is clicked.
// It caches nothing: Atlas works online, and a stale copy of the app would outlive a deploy.

self.addEventListener('install', () => self.skipWaiting());
self.addEventListener('activate', (event) => event.waitUntil(self.clients.claim()));

// The payload is tools/reminders/reminder-payload.ts: a title, when, the page to open, and a tag.
self.addEventListener('push', (event) => {
  let reminder = { title: 'Atlas', body: 'You have a reminder', url: '/tasks', tag: 'atlas-reminder' };
  try {
    reminder = { ...reminder, ...event.data.json() };
  } catch {
    // A push without a readable payload still says that something is due.
  }
  event.waitUntil(self.registration.showNotification(reminder.title, { body: reminder.body, tag: reminder.tag, data: { url: reminder.url } }));
});

self.addEventListener('notificationclick', (event) => {
  event.notification.close();
  const target = new URL(event.notification.data?.url ?? '/tasks', self.location.origin);
  // Only Atlas's own pages open from a notification.
  if (target.origin !== self.location.origin) return;
  event.waitUntil(
    (async () => {
      const windows = await self.clients.matchAll({ type: 'window', includeUncontrolled: true });
      const open = windows.find((client) => new URL(client.url).origin === target.origin);
      if (!open) return self.clients.openWindow(target.href);
      await open.focus();
      if (new URL(open.url).pathname !== target.pathname) await open.navigate(target.href);
    })(),
  );
});
