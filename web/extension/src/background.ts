/// <reference types="chrome" />
import { disconnectKey } from './atlas-api.ts';
import { readConnection, saveConnection, type Connection } from './connection.ts';

interface ExternalMessage {
  type?: unknown;
  key?: unknown;
}

/**
 * The Settings page of an Atlas the manifest lists (externally_connectable) hands over a fresh
 * save-jobs key here, so the user never copies it. Atlas's address is the sender's origin as the
 * browser reports it, never what the message claims.
 */
chrome.runtime.onMessageExternal.addListener((message: ExternalMessage, sender, sendResponse) => {
  const origin = sender.origin;
  if (!origin) return false;
  if (message?.type === 'atlas-connect' && typeof message.key === 'string' && /^atlas_pat_[\w.-]{10,200}$/.test(message.key)) {
    void replaceConnection({ atlasUrl: origin, key: message.key }).then(() => sendResponse({ connected: true }));
    return true;
  }
  if (message?.type === 'atlas-status') {
    void readConnection().then((connection) => sendResponse({ installed: true, connected: connection?.atlasUrl === origin }));
    return true;
  }
  return false;
});

/**
 * Keeps the new key, then gives up the one it replaces on the same Atlas, so connecting again leaves
 * no live key behind in this browser. Best effort: an old key Atlas no longer knows is already dead.
 */
async function replaceConnection(connection: Connection) {
  const previous = await readConnection();
  await saveConnection(connection);
  if (previous && previous.atlasUrl === connection.atlasUrl && previous.key !== connection.key) await disconnectKey(previous).catch(() => undefined);
}
