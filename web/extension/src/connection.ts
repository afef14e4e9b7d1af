/// <reference types="chrome" />

/** Where the extension saves to, and with which key; kept in the browser's extension storage only. */
export interface Connection {
  /** Atlas's origin, as the browser reported the Settings page that handed the key over. */
  atlasUrl: string;
  key: string;
}

export async function readConnection(): Promise<Connection | null> {
  const { connection } = await chrome.storage.local.get('connection');
  const value = connection as Partial<Connection> | undefined;
  return value && typeof value.atlasUrl === 'string' && typeof value.key === 'string' ? { atlasUrl: value.atlasUrl, key: value.key } : null;
}

export function saveConnection(connection: Connection): Promise<void> {
  return chrome.storage.local.set({ connection });
}
