import { useState } from 'react';
import { callApi } from '../shared/api.ts';
import { ErrorNotice } from '../shared/error-notice.tsx';

interface ExtensionKey {
  token: string;
  accessToken: { id: string };
}

interface ChromeRuntime {
  sendMessage(extensionId: string, message: unknown, callback: (answer: unknown) => void): void;
  lastError?: { message?: string };
}

/** The browser's bridge to extensions that list this page; absent when no such extension is installed. */
function extensionRuntime(): ChromeRuntime | undefined {
  return (window as { chrome?: { runtime?: ChromeRuntime } }).chrome?.runtime;
}

/** Sends the extension one message; its answer, or null when it is not there to answer. */
function tellExtension(extensionId: string, message: unknown): Promise<Record<string, unknown> | null> {
  const runtime = extensionRuntime();
  if (!runtime) return Promise.resolve(null);
  return new Promise((resolve) => {
    try {
      runtime.sendMessage(extensionId, message, (answer) => resolve(runtime.lastError ? null : ((answer as Record<string, unknown> | undefined) ?? null)));
    } catch {
      resolve(null);
    }
  });
}

/**
 * "Connect the extension": makes a fresh save-jobs key and hands it straight to the Save to Atlas
 * extension in this browser, so the user never sees or copies it. The key is listed below like any
 * token, and revoking it there disconnects the extension.
 */
export function ConnectExtension({ onChange }: { onChange: () => void }) {
  const [state, setState] = useState<'idle' | 'connecting' | 'connected' | 'missing'>('idle');
  const [failure, setFailure] = useState<unknown>();
  const [pasteKey, setPasteKey] = useState<string>();

  // Firefox lets no page hand an extension a key: the user copies this one, shown once, into the extension.
  async function showKeyToPaste() {
    setFailure(undefined);
    try {
      setPasteKey((await callApi<ExtensionKey>('/api/tokens/extension', { method: 'POST' })).token);
    } catch (error) {
      setFailure(error);
    }
    onChange();
  }

  async function connect() {
    setState('connecting');
    setFailure(undefined);
    try {
      const { extensionId } = await callApi<{ extensionId: string }>('/api/tokens/extension');
      // No key is made for an extension that is not there to take it.
      if ((await tellExtension(extensionId, { type: 'atlas-status' }))?.installed !== true) {
        setState('missing');
        return;
      }
      const created = await callApi<ExtensionKey>('/api/tokens/extension', { method: 'POST' });
      const answer = await tellExtension(extensionId, { type: 'atlas-connect', key: created.token });
      if (answer?.connected !== true) {
        // A key no extension holds is of no use to anyone: it goes at once.
        await callApi(`/api/tokens/${encodeURIComponent(created.accessToken.id)}`, { method: 'DELETE' });
      }
      setState(answer?.connected === true ? 'connected' : 'missing');
    } catch (error) {
      setFailure(error);
      setState('idle');
    }
    onChange();
  }

  return (
    <div className="connect-extension">
      <h3>Browser extension</h3>
      <p className="muted">
        Save to Atlas saves the job page you are reading to your pipeline. It gets its own key that can only read postings, score them and save
        them.
      </p>
      <div className="actions">
        <button type="button" onClick={() => void connect()} disabled={state === 'connecting'}>
          Connect the extension
        </button>
        <button type="button" className="secondary" onClick={() => void showKeyToPaste()}>
          Show a key to paste
        </button>
      </div>
      {pasteKey && (
        <div className="notice" role="status">
          <p>
            Paste this key into Save to Atlas with this Atlas’s address, <strong>{window.location.origin}</strong> (in Firefox, which cannot be connected
            with one click). It is shown only now.
          </p>
          <input readOnly aria-label="Key to paste" value={pasteKey} onFocus={(event) => event.currentTarget.select()} />
        </div>
      )}
      {state === 'connected' && (
        <p className="notice" role="status">
          The extension is connected. Revoke its key “Browser extension” below to disconnect it.
        </p>
      )}
      {state === 'missing' && (
        <p className="notice" role="alert">
          Save to Atlas is not installed in this browser (or does not list this Atlas). Install it as README describes, then connect again.
        </p>
      )}
      <ErrorNotice error={failure} />
    </div>
  );
}
