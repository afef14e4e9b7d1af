import { useState, type FormEvent } from 'react';
import { callApi } from '../shared/api.ts';
import { ErrorNotice } from '../shared/error-notice.tsx';

/** Changing the password also ends every other session, access token and connected app, which the form says. */
export function ChangePassword() {
  const [failure, setFailure] = useState<unknown>();
  const [done, setDone] = useState(false);

  async function change(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    try {
      await callApi('/api/auth/password', {
        body: { currentPassword: form.get('currentPassword'), newPassword: form.get('newPassword') },
      });
      setFailure(undefined);
      setDone(true);
      formElement.reset();
    } catch (error) {
      setDone(false);
      setFailure(error);
    }
  }

  return (
    <section className="panel" aria-labelledby="password-heading">
      <h2 id="password-heading">Password</h2>
      <form onSubmit={change}>
        <label>
          Current password
          <input name="currentPassword" type="password" autoComplete="current-password" required />
        </label>
        <label>
          New password
          <input name="newPassword" type="password" autoComplete="new-password" minLength={8} maxLength={256} required />
        </label>
        <ErrorNotice error={failure} />
        {done && (
          <p className="success" role="status">
            Password changed. Every other browser and device was signed out, and every access token and connected MCP app was revoked: create or connect them again.
          </p>
        )}
        <button type="submit">Change password</button>
      </form>
      <p className="fine-print">Signed in with Google only? Your account has no password to change.</p>
    </section>
  );
}
