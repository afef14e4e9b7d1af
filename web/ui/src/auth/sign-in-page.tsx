import { useState, type FormEvent } from 'react';
import { callApi, describeError } from '../shared/api.ts';
import { useLocation } from '../routing.tsx';
import { safeReturnPath } from './return-path.ts';
import type { SignedInUser } from './session.tsx';

/** Sign in or create an account, with a password or with Google. */
export function SignInPage({ onSignedIn }: { onSignedIn: (user: SignedInUser) => void }) {
  const { search } = useLocation();
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const googleCancelled = search.get('signin') === 'cancelled';
  const accountDeleted = search.get('account') === 'deleted';

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const submitter = (event.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null;
    const mode = submitter?.value === 'signup' ? 'signup' : 'login';
    const form = new FormData(event.currentTarget);
    setBusy(true);
    try {
      const answer = await callApi<{ user?: SignedInUser; message?: string }>(`/api/auth/${mode}`, {
        body: { email: form.get('email'), password: form.get('password') },
      });
      // Sign-up answers alike whether or not the address had an account; the session says which it was.
      const user = answer.user ?? (await callApi<{ user: SignedInUser }>('/api/auth/me').catch(() => null))?.user;
      if (!user) {
        setError(answer.message ?? 'Sign in to continue');
        return;
      }
      setError('');
      // Sent here from a page that needs a session (the OAuth consent screen): go back to it, on this site only.
      const returnPath = safeReturnPath(search.get('return_to'));
      if (returnPath) {
        window.location.assign(returnPath);
        return;
      }
      onSignedIn(user);
    } catch (failure) {
      setError(describeError(failure));
    } finally {
      setBusy(false);
    }
  }

  return (
    <main className="sign-in">
      <h1>Atlas</h1>
      <p className="tagline">Your job-search agent. Your CV and inbox stay yours.</p>
      {accountDeleted && (
        <section className="notice" role="status" aria-labelledby="goodbye-heading">
          <h2 id="goodbye-heading">Goodbye</h2>
          <p>Your account and everything in it (CV, pipeline, conversations, drafts, searches, sessions and access tokens) were deleted.</p>
          {search.get('google-grant') === 'may-remain' && (
            <p>
              Google could not be reached to revoke Atlas's Gmail access; remove Atlas at{' '}
              <a href="https://myaccount.google.com/permissions">myaccount.google.com/permissions</a>.
            </p>
          )}
          <p>You can create a new account below at any time.</p>
        </section>
      )}
      {googleCancelled && (
        <p className="notice" role="status">
          Google sign-in was cancelled. Sign in with your password, or try Google again.
        </p>
      )}
      <form onSubmit={submit} noValidate aria-describedby="auth-error">
        <label>
          Email
          <input name="email" type="email" autoComplete="email" required />
        </label>
        <label>
          Password
          <input name="password" type="password" autoComplete="current-password" minLength={8} maxLength={256} required />
        </label>
        <p className="error" id="auth-error" role="alert">
          {error}
        </p>
        <div className="actions">
          <button type="submit" value="login" disabled={busy}>
            Sign in
          </button>
          <button type="submit" value="signup" className="secondary" disabled={busy}>
            Create account
          </button>
        </div>
      </form>
      <p className="divider">or</p>
      {/* A full page load: Google's consent screen cannot run inside the app. */}
      <a className="button google" href={googleSignInHref(search.get('return_to'))}>
        Continue with Google
      </a>
      <p className="fine-print">New passwords need 8 or more characters and must not be easy to guess.</p>
    </main>
  );
}

/** Google sign-in carries the page to return to, when it is one on this site. */
function googleSignInHref(returnTo: string | null) {
  const path = safeReturnPath(returnTo);
  return path ? `/api/auth/google?return_to=${encodeURIComponent(path)}` : '/api/auth/google';
}
