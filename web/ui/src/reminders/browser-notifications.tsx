import { useEffect, useState } from 'react';
import { ApiError, callApi } from '../shared/api.ts';
import { ErrorNotice } from '../shared/error-notice.tsx';
import { useApiData } from '../shared/use-api-data.ts';
import type { PushDevice } from './reminder-types.ts';

const workerPath = '/service-worker.js';
const supported = typeof navigator !== 'undefined' && 'serviceWorker' in navigator && typeof window !== 'undefined' && 'PushManager' in window && 'Notification' in window;

/** The VAPID key as PushManager.subscribe wants it: the raw bytes of the base64url text. */
function keyBytes(publicKey: string) {
  const base64 = publicKey.replace(/-/g, '+').replace(/_/g, '/');
  return Uint8Array.from(atob(base64 + '='.repeat((4 - (base64.length % 4)) % 4)), (character) => character.charCodeAt(0));
}

async function currentSubscription() {
  const registration = await navigator.serviceWorker.getRegistration(workerPath);
  return (await registration?.pushManager.getSubscription()) ?? null;
}

/**
 * "Notify me in this browser": asks the browser's permission, subscribes it with the server's key and
 * hands the subscription to Atlas, which then pushes tasks due today and interviews tomorrow. Lists
 * every browser the user subscribed, each removable. Reminders are never emailed.
 */
export function BrowserNotifications() {
  const key = useApiData<{ publicKey: string }>('/api/push/key');
  const devices = useApiData<{ devices: PushDevice[] }>('/api/push/subscriptions');
  const [thisBrowser, setThisBrowser] = useState<PushSubscription | null>(null);
  const [failure, setFailure] = useState<unknown>();
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (supported) void currentSubscription().then(setThisBrowser, () => setThisBrowser(null));
  }, []);

  const notConfigured = key.error instanceof ApiError && key.error.code === 'push_not_configured';

  async function act(work: () => Promise<void>) {
    setBusy(true);
    try {
      await work();
      setFailure(undefined);
      devices.reload();
    } catch (error) {
      setFailure(error instanceof ApiError ? error : error instanceof Error ? `The browser refused: ${error.message}` : error);
    } finally {
      setBusy(false);
    }
  }

  const enable = () =>
    act(async () => {
      if ((await Notification.requestPermission()) !== 'granted') throw new Error('notifications are blocked for Atlas in this browser’s site settings');
      const registration = await navigator.serviceWorker.register(workerPath);
      await navigator.serviceWorker.ready;
      const subscription = await registration.pushManager.subscribe({ userVisibleOnly: true, applicationServerKey: keyBytes(key.data!.publicKey) });
      await callApi('/api/push/subscriptions', { body: subscription.toJSON() });
      setThisBrowser(subscription);
    });

  const disable = () =>
    act(async () => {
      if (!thisBrowser) return;
      await callApi('/api/push/subscriptions', { method: 'DELETE', body: { endpoint: thisBrowser.endpoint } });
      await thisBrowser.unsubscribe();
      setThisBrowser(null);
    });

  const remove = (device: PushDevice) => act(() => callApi(`/api/push/subscriptions/${device.id}`, { method: 'DELETE' }));

  return (
    <section className="panel" aria-labelledby="notifications-heading">
      <h2 id="notifications-heading">Browser notifications</h2>
      <p className="muted">A notification when a task is due today or an interview is tomorrow, from 08:00 in your time zone. It says the task or the company, nothing more; nothing is sent by email.</p>
      {notConfigured && <p className="muted">Browser notifications are off on this server. {(key.error as ApiError).message}.</p>}
      {!notConfigured && !supported && <p className="muted">This browser cannot show notifications from websites; reminders still show above.</p>}
      {!notConfigured && supported && key.data && (
        <p>
          {thisBrowser ? (
            <button type="button" className="secondary" disabled={busy} onClick={() => void disable()}>
              Stop notifications in this browser
            </button>
          ) : (
            <button type="button" disabled={busy} onClick={() => void enable()}>
              Notify me in this browser
            </button>
          )}
        </p>
      )}
      <ErrorNotice error={failure ?? (notConfigured ? undefined : key.error ?? devices.error)} />
      {(devices.data?.devices.length ?? 0) > 0 && (
        <ul className="card-list" aria-label="Browsers that get notifications">
          {devices.data!.devices.map((device) => (
            <li key={device.id} className="card" data-testid="push-device">
              <div className="task-main">
                <p className="task-title">{device.deviceLabel}</p>
                <p className="meta">
                  since {new Date(device.createdAt).toLocaleDateString()} · {device.lastSuccessAt ? `last reached ${new Date(device.lastSuccessAt).toLocaleString()}` : 'not reached yet'}
                  {device.failureCount > 0 && ` · ${device.failureCount} failed`}
                </p>
              </div>
              <div className="actions">
                <button type="button" className="secondary small" disabled={busy} onClick={() => void remove(device)}>
                  Remove<span className="visually-hidden"> {device.deviceLabel}</span>
                </button>
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
