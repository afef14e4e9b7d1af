import { useCallback, useEffect, useMemo, useState } from 'react';
import { SessionContext, type SignedInUser } from './auth/session.tsx';
import { SignInPage } from './auth/sign-in-page.tsx';
import { AppShell } from './layout/app-shell.tsx';
import { Pages } from './pages.tsx';
import { ApiError, callApi, describeError, onSessionEnded } from './shared/api.ts';

/** Signed out: the sign-in page. Signed in: the app, rebuilt from scratch for each user who signs in. */
export function App() {
  // undefined while asking the server who is signed in.
  const [user, setUser] = useState<SignedInUser | null>();
  const [failure, setFailure] = useState<unknown>();

  const askWhoIsSignedIn = useCallback(() => {
    setFailure(undefined);
    callApi<{ user: SignedInUser }>('/api/auth/me')
      .then(({ user: signedIn }) => setUser(signedIn))
      .catch((error: unknown) => {
        if (error instanceof ApiError && error.status === 401) setUser(null);
        else setFailure(error);
      });
  }, []);

  useEffect(askWhoIsSignedIn, [askWhoIsSignedIn]);
  useEffect(() => onSessionEnded(() => setUser(null)), []);

  const session = useMemo(
    () =>
      user
        ? {
            user,
            signOut: async () => {
              await callApi('/api/auth/logout', { method: 'POST', body: {} }).catch(() => undefined);
              setUser(null);
            },
          }
        : null,
    [user],
  );

  if (failure) {
    return (
      <main className="sign-in">
        <h1>Atlas</h1>
        <p role="alert" className="error">
          {describeError(failure)}
        </p>
        <button type="button" onClick={askWhoIsSignedIn}>
          Try again
        </button>
      </main>
    );
  }
  if (user === undefined) return <p className="loading">Loading Atlas…</p>;
  if (!session) return <SignInPage onSignedIn={setUser} />;
  return (
    // Keyed by user: nothing one account loaded survives into the next account's pages.
    <SessionContext.Provider value={session} key={session.user.id}>
      <AppShell>
        <Pages />
      </AppShell>
    </SessionContext.Provider>
  );
}
