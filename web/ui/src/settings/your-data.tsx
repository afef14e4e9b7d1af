import { useState, type FormEvent } from 'react';
import { callApi } from '../shared/api.ts';
import { ErrorNotice } from '../shared/error-notice.tsx';

/** Take everything away (export), or take it all down (delete the account). */
export function YourData() {
  const [failure, setFailure] = useState<unknown>();

  async function deleteAccount(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const password = String(new FormData(event.currentTarget).get('password') ?? '');
    if (!window.confirm('Delete your account and everything in it, now and for good?')) return;
    try {
      const outcome = await callApi<{ gmail: 'not_connected' | 'revoked' | 'revoke_failed' }>('/api/account', {
        method: 'DELETE',
        body: password ? { password } : {},
      });
      // A fresh page load: nothing of the deleted account stays in memory, and the goodbye survives a reload.
      const grantMayRemain = outcome.gmail === 'revoke_failed';
      window.location.assign(`/?account=deleted${grantMayRemain ? '&google-grant=may-remain' : ''}`);
    } catch (error) {
      setFailure(error);
    }
  }

  return (
    <section className="panel" aria-labelledby="data-heading">
      <h2 id="data-heading">Your data</h2>
      <p>Everything Atlas holds for you: profile, CV, pipeline with its history, conversations, drafts, searches, email signals, usage and the audit log.</p>
      <div className="actions">
        <a className="button secondary" href="/api/export.json" download>
          Export as JSON
        </a>
        <a className="button secondary" href="/api/export.zip" download>
          Export as CSV files (zip)
        </a>
      </div>
      <h3>Delete your account</h3>
      <form onSubmit={deleteAccount} className="inline-form">
        <label>
          Password (not needed within 10 minutes of signing in)
          <input name="password" type="password" autoComplete="current-password" />
        </label>
        <button type="submit" className="danger">
          Delete account
        </button>
      </form>
      <ErrorNotice error={failure} />
      <p className="fine-print">Every row, session and access token goes at once, and Google is told to revoke Atlas's access to Gmail.</p>
    </section>
  );
}
