/// <reference types="chrome" />
import { readConnection, saveConnection } from './connection.ts';

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
    void saveConnection({ atlasUrl: origin, key: message.key }).then(() => sendResponse({ connected: true }));
    return true;
  }
  if (message?.type === 'atlas-status') {
    void readConnection().then((connection) => sendResponse({ installed: true, connected: connection?.atlasUrl === origin }));
    return true;
  }
  return false;
});
