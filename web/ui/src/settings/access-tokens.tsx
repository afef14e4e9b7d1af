import { useState, type FormEvent } from 'react';
import { callApi } from '../shared/api.ts';
import { CopyButton } from '../shared/copy-button.tsx';
import { ErrorNotice } from '../shared/error-notice.tsx';
import { formatDate, formatDateTime } from '../shared/format.ts';
import { useApiData } from '../shared/use-api-data.ts';
import { ConnectExtension } from './connect-extension.tsx';

interface AccessToken {
  id: string;
  name: string;
  scopes: ('read' | 'write' | 'save-jobs')[];
  createdAt: string;
  lastUsedAt: string | null;
  expiresAt: string | null;
  revokedAt: string | null;
}

function tokenState(token: AccessToken) {
  if (token.revokedAt) return `revoked ${formatDate(token.revokedAt)}`;
  if (token.expiresAt && new Date(token.expiresAt) < new Date()) return `expired ${formatDate(token.expiresAt)}`;
  return token.expiresAt ? `expires ${formatDate(token.expiresAt)}` : 'never expires';
}

/** Personal access tokens for Claude Desktop, other MCP clients and the browser extension: create (secret shown once), list, revoke. */
export function AccessTokens() {
  const tokens = useApiData<{ accessTokens: AccessToken[] }>('/api/tokens');
  const [created, setCreated] = useState<{ name: string; token: string }>();
  const [failure, setFailure] = useState<unknown>();

  async function create(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    const days = Number(form.get('expiresInDays'));
    try {
      const result = await callApi<{ token: string; accessToken: AccessToken }>('/api/tokens', {
        body: {
          name: form.get('name'),
          scopes: form.get('write') ? ['read', 'write'] : ['read'],
          ...(days > 0 ? { expiresInDays: days } : {}),
        },
      });
      setCreated({ name: result.accessToken.name, token: result.token });
      setFailure(undefined);
      formElement.reset();
      tokens.reload();
    } catch (error) {
      setFailure(error);
    }
  }

  async function revoke(token: AccessToken) {
    if (!window.confirm(`Revoke "${token.name}"? Clients using it stop working.`)) return;
    try {
      await callApi(`/api/tokens/${encodeURIComponent(token.id)}`, { method: 'DELETE' });
      tokens.reload();
    } catch (error) {
      setFailure(error);
    }
  }

  return (
    <section className="panel" aria-labelledby="tokens-heading">
      <h2 id="tokens-heading">Access tokens</h2>
      <p className="muted">For Claude Desktop and other MCP clients. A read token can look; read and write can also change your pipeline.</p>
      <form onSubmit={create} className="inline-form">
        <label>
          Token name
          <input name="name" required maxLength={100} placeholder="Claude Desktop on my laptop" />
        </label>
        <label>
          Expires after
          <select name="expiresInDays" defaultValue="90">
            <option value="30">30 days</option>
            <option value="90">90 days</option>
            <option value="365">a year</option>
            <option value="0">never</option>
          </select>
        </label>
        <label className="checkbox-label">
          <input type="checkbox" name="write" />
          Allow changes (write)
        </label>
        <button type="submit">Create token</button>
      </form>
      <ErrorNotice error={failure ?? tokens.error} />
      <ConnectExtension onChange={tokens.reload} />
      {created && (
        <div className="notice" role="status">
          <p>
            <strong>{created.name}</strong>: copy this token now. Atlas keeps only a hash and cannot show it again.
          </p>
          <p className="token-secret" data-testid="new-token">
            {created.token}
          </p>
          <div className="actions">
            <CopyButton text={created.token} label="Copy token" />
            <button type="button" className="secondary small" onClick={() => setCreated(undefined)}>
              Done
            </button>
          </div>
        </div>
      )}
      {tokens.data && tokens.data.accessTokens.length === 0 && <p className="muted">No tokens yet. Create one above to let Claude Desktop, another MCP client or a script use Atlas as you.</p>}
      {tokens.data && tokens.data.accessTokens.length > 0 && (
        <div className="table-scroll">
          <table>
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Access</th>
                <th scope="col">Last used</th>
                <th scope="col">State</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {tokens.data.accessTokens.map((token) => (
                <tr key={token.id}>
                  <td>{token.name}</td>
                  <td>{token.scopes.includes('save-jobs') ? 'save jobs (browser extension)' : token.scopes.includes('write') ? 'read and write' : 'read'}</td>
                  <td>{token.lastUsedAt ? formatDateTime(token.lastUsedAt) : 'never'}</td>
                  <td>{tokenState(token)}</td>
                  <td>
                    {!token.revokedAt && (
                      <button type="button" className="danger small" onClick={() => void revoke(token)}>
                        Revoke<span className="visually-hidden"> {token.name}</span>
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
