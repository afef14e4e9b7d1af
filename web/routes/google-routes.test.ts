import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sessions } from '../../db/schema.ts';
import { withAuthRole } from '../../db/with-user.ts';
import { findUserByEmail } from '../auth/accounts.ts';
import { startGoogleOAuthStub, type GoogleOAuthStub, type GoogleTestAccount } from '../auth/test-google-oauth-stub.ts';
import { startTestServer, type TestServer } from '../test-server.ts';

const client = { clientId: 'atlas-test.apps.googleusercontent.com', clientSecret: 'GOCSPX-test-secret' };

let google: GoogleOAuthStub;
let server: TestServer;
beforeAll(async () => {
  google = await startGoogleOAuthStub(client);
  server = await startTestServer({
    environment: {
      GOOGLE_CLIENT_ID: client.clientId,
      GOOGLE_CLIENT_SECRET: client.clientSecret,
      GOOGLE_AUTHORIZATION_URL: google.authorizationUrl,
      GOOGLE_TOKEN_URL: google.tokenUrl,
    },
  });
});
afterAll(async () => {
  await server.close();
  await google.close();
});

function googleAccount(overrides: Partial<GoogleTestAccount> = {}): GoogleTestAccount {
  return {
    sub: crypto.getRandomValues(new BigUint64Array(1))[0]!.toString(),
    email: `${crypto.randomUUID()}@example.test`,
    email_verified: true,
    name: 'Ada Lovelace',
    ...overrides,
  };
}

/** The cookies a browser would send back from a response's Set-Cookie headers, as a Cookie header. */
function cookieHeader(response: Response) {
  return response.headers
    .getSetCookie()
    .map((cookie) => cookie.split(';')[0]!)
    .join('; ');
}

function sessionCookieOf(response: Response) {
  return response.headers
    .getSetCookie()
    .find((cookie) => cookie.startsWith('atlas_session='))
    ?.split(';')[0];
}

/** Clicking "Continue with Google": the redirect to Google and the flow cookies it sets. */
async function startSignIn() {
  const start = await server.request('/api/auth/google');
  return { start, authorizationRequest: start.headers.get('location')!, flowCookie: cookieHeader(start) };
}

/** The whole round trip through Google; `tamper` changes the callback the way an attacker or a stale tab would. */
async function signInWithGoogle(
  account: GoogleTestAccount,
  tamper: { query?: Record<string, string>; cookie?: (flowCookie: string) => string } = {},
) {
  const { authorizationRequest, flowCookie } = await startSignIn();
  const callback = google.consent(authorizationRequest, account);
  for (const [name, value] of Object.entries(tamper.query ?? {})) callback.searchParams.set(name, value);
  const cookie = tamper.cookie ? tamper.cookie(flowCookie) : flowCookie;
  return server.request(callback.pathname + callback.search, { cookie });
}

async function sessionCount(userId: string) {
  const rows = await withAuthRole(server.handle.db, (tx) => tx.select().from(sessions).where(eq(sessions.userId, userId)));
  return rows.length;
}

describe('Continue with Google', () => {
  it('sends the browser to Google asking only for openid, email and profile, with a PKCE challenge', async () => {
    const { start, authorizationRequest } = await startSignIn();
    const url = new URL(authorizationRequest);

    expect(start.status).toBe(302);
    expect(`${url.origin}${url.pathname}`).toBe(google.authorizationUrl);
    expect([...url.searchParams.keys()].sort()).toEqual([
      'client_id',
      'code_challenge',
      'code_challenge_method',
      'redirect_uri',
      'response_type',
      'scope',
      'state',
    ]);
    expect(Object.fromEntries(url.searchParams)).toMatchObject({
      response_type: 'code',
      client_id: client.clientId,
      redirect_uri: `${server.url}/api/auth/google/callback`,
      scope: 'openid email profile',
      code_challenge_method: 'S256',
      code_challenge: expect.stringMatching(/^[\w-]{43}$/),
    });
  });

  it('keeps the state and code verifier in short-lived HttpOnly cookies scoped to the Google routes', async () => {
    const { start, authorizationRequest } = await startSignIn();
    const state = new URL(authorizationRequest).searchParams.get('state');
    const setCookies = start.headers.getSetCookie();

    expect(setCookies).toHaveLength(2);
    expect(setCookies[0]).toMatch(`atlas_google_state=${state}; Max-Age=600; Path=/api/auth/google; Expires=`);
    for (const cookie of setCookies) expect(cookie).toMatch(/; HttpOnly; SameSite=Lax$/);
  });

  it('creates an account on the first sign-in and signs the user in', async () => {
    const account = googleAccount();

    const callback = await signInWithGoogle(account);
    const cookie = sessionCookieOf(callback)!;
    const me = await server.request('/api/auth/me', { cookie });
    const user = await findUserByEmail(server.handle.db, account.email);

    expect(callback.status).toBe(302);
    expect(callback.headers.get('location')).toBe('/');
    expect(await me.json()).toEqual({ user: { id: user!.id, email: account.email, name: 'Ada Lovelace' } });
    expect(user).toMatchObject({ googleSubject: account.sub, emailVerified: true, passwordHash: null });
  });

  it('returns to a same-site page it was asked to, such as the OAuth consent screen, and nowhere else', async () => {
    const signInFrom = async (returnTo: string) => {
      const start = await server.request(`/api/auth/google?return_to=${encodeURIComponent(returnTo)}`);
      const callback = google.consent(start.headers.get('location')!, googleAccount());
      return server.request(callback.pathname + callback.search, { cookie: cookieHeader(start) });
    };

    const consent = await signInFrom('/authorize?client_id=abc&state=xyz');
    const elsewhere = await signInFrom('//evil.example/authorize');

    expect(consent.status).toBe(302);
    expect(consent.headers.get('location')).toBe('/authorize?client_id=abc&state=xyz');
    expect(elsewhere.headers.get('location')).toBe('/');
  });

  it('clears the state and code verifier cookies once the callback has used them', async () => {
    const callback = await signInWithGoogle(googleAccount());
    const cleared = callback.headers.getSetCookie().filter((cookie) => cookie.startsWith('atlas_google_'));

    expect(cleared).toHaveLength(2);
    for (const cookie of cleared) expect(cookie).toMatch(/^atlas_google_\w+=; Path=\/api\/auth\/google; Expires=Thu, 01 Jan 1970/);
  });

  it('signs the same Google account in again with a new session for the same user', async () => {
    const account = googleAccount();

    const first = sessionCookieOf(await signInWithGoogle(account))!;
    const second = sessionCookieOf(await signInWithGoogle(account))!;
    const firstUser = await (await server.request('/api/auth/me', { cookie: first })).json();
    const secondUser = await (await server.request('/api/auth/me', { cookie: second })).json();

    expect(second).not.toBe(first);
    expect(secondUser).toEqual(firstUser);
    expect(await sessionCount(secondUser.user.id)).toBe(2);
  });

  it('links a password account when Google has verified the same email', async () => {
    const { user } = await server.signUp();

    const callback = await signInWithGoogle(googleAccount({ email: user.email.toUpperCase() }));
    const me = await (await server.request('/api/auth/me', { cookie: sessionCookieOf(callback)! })).json();
    const linked = await findUserByEmail(server.handle.db, user.email);

    expect(callback.status).toBe(302);
    expect(me.user.id).toBe(user.id);
    expect(linked).toMatchObject({ id: user.id, emailVerified: true, googleSubject: expect.any(String) });
  });

  it('ends the password and sessions of an unverified account it links, since someone else may have set them', async () => {
    const { cookie, user } = await server.signUp();

    await signInWithGoogle(googleAccount({ email: user.email }));
    const oldSession = await server.request('/api/auth/me', { cookie });
    const passwordLogin = await server.request('/api/auth/login', {
      method: 'POST',
      body: JSON.stringify({ email: user.email, password: 'violet-harbour-lantern-42' }),
    });

    expect(oldSession.status).toBe(401);
    expect(passwordLogin.status).toBe(401);
    expect(await sessionCount(user.id)).toBe(1);
  });

  it('refuses to link an existing account when Google has not verified the email', async () => {
    const { user } = await server.signUp();

    const callback = await signInWithGoogle(googleAccount({ email: user.email, email_verified: false }));
    const stored = await findUserByEmail(server.handle.db, user.email);

    expect(callback.status).toBe(409);
    expect((await callback.json()).error.message).toMatch(/Google has not verified/);
    expect(sessionCookieOf(callback)).toBeUndefined();
    expect(stored).toMatchObject({ googleSubject: null, emailVerified: false, passwordHash: expect.any(String) });
  });

  it('refuses a callback whose state does not match, signing nobody in', async () => {
    const account = googleAccount();

    const response = await signInWithGoogle(account, { query: { state: 'forged-state' } });

    expect(response.status).toBe(400);
    expect((await response.json()).error.message).toMatch(/state does not match/);
    expect(sessionCookieOf(response)).toBeUndefined();
    expect(await findUserByEmail(server.handle.db, account.email)).toBeUndefined();
  });

  it('refuses a callback from a browser that did not start the sign-in', async () => {
    const response = await signInWithGoogle(googleAccount(), { cookie: () => '' });

    expect(response.status).toBe(400);
    expect((await response.json()).error.message).toMatch(/expired or was started in another browser/);
  });

  it('reports a code Google rejects (invalid_grant) and creates nobody', async () => {
    const account = googleAccount();

    const response = await signInWithGoogle(account, { query: { code: '4/0not-a-code-google-issued' } });

    expect(response.status).toBe(400);
    expect((await response.json()).error.message).toMatch(/invalid_grant: Malformed auth code/);
    expect(sessionCookieOf(response)).toBeUndefined();
    expect(await findUserByEmail(server.handle.db, account.email)).toBeUndefined();
  });

  it('fails the code exchange when the code verifier is not the one the challenge was made from', async () => {
    const account = googleAccount();
    const otherVerifier = (flowCookie: string) =>
      flowCookie.replace(/atlas_google_code_verifier=[\w-]+/, `atlas_google_code_verifier=${'a'.repeat(43)}`);

    const response = await signInWithGoogle(account, { cookie: otherVerifier });

    expect(response.status).toBe(400);
    expect((await response.json()).error.message).toMatch(/invalid_grant: Invalid code verifier/);
    expect(await findUserByEmail(server.handle.db, account.email)).toBeUndefined();
  });

  it('returns to the app when the user cancels at Google', async () => {
    const { authorizationRequest, flowCookie } = await startSignIn();
    const state = new URL(authorizationRequest).searchParams.get('state')!;

    const response = await server.request(`/api/auth/google/callback?error=access_denied&state=${state}`, { cookie: flowCookie });

    expect(response.status).toBe(302);
    expect(response.headers.get('location')).toBe('/?signin=cancelled');
    expect(sessionCookieOf(response)).toBeUndefined();
  });
});

describe('Continue with Google without a Google client', () => {
  let unconfigured: TestServer;
  beforeAll(async () => {
    unconfigured = await startTestServer();
  });
  afterAll(() => unconfigured.close());

  it('answers 503 saying how to configure it', async () => {
    const start = await unconfigured.request('/api/auth/google');
    const callback = await unconfigured.request('/api/auth/google/callback?code=x&state=y');
    const body = await start.json();

    expect(start.status).toBe(503);
    expect(callback.status).toBe(503);
    expect(body.error.message).toMatch(/GOOGLE_CLIENT_ID and GOOGLE_CLIENT_SECRET/);
    expect(body.error.message).toContain(`${unconfigured.url}/api/auth/google/callback`);
  });
});
