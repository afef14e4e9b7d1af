import { Router } from 'express';
import { z } from 'zod';
import type { Config } from '../../config.ts';
import type { Database } from '../../db/database.ts';
import { parseInput, UnavailableError, ValidationError } from '../../tools/errors.ts';
import { findOrCreateGoogleUser } from '../auth/google-account.ts';
import { clearGoogleFlowCookies, readGoogleFlowCookies, setGoogleFlowCookies } from '../auth/google-flow-cookies.ts';
import { safeReturnPath } from '../ui/src/auth/return-path.ts';
import { createGoogleSignIn, googleRedirectUri } from '../auth/google-sign-in.ts';
import { setSessionCookie } from '../auth/session-cookie.ts';
import { deviceName } from '../auth/device-name.ts';
import { createSession } from '../auth/sessions.ts';

// Google adds scope, authuser and prompt to the callback; only these matter here.
const callbackQuerySchema = z.object({
  code: z.string().min(1).optional(),
  state: z.string().min(1).optional(),
  error: z.string().optional(),
});

/** "Continue with Google": the redirect to Google and the callback that signs the user in. */
export function googleRoutes(options: { config: Config; database: Database; secureCookies: boolean; now: () => Date }) {
  const { config, database, secureCookies, now } = options;
  const google = createGoogleSignIn(config);
  const router = Router();

  function configuredGoogle() {
    if (google) return google;
    throw new UnavailableError(
      `Google sign-in is not configured: create an OAuth client (type "Web application") in the Google Cloud console with the redirect URI ${googleRedirectUri(config)}, set GOOGLE_CLIENT_ID and GOOGLE_CLIENT_SECRET, and restart Atlas`,
    );
  }

  router.get('/', (request, response) => {
    const { authorizationUrl, state, codeVerifier } = configuredGoogle().start();
    // Signing in from the OAuth consent step comes back to it; anything but a same-site path is ignored.
    const returnTo = safeReturnPath(typeof request.query.return_to === 'string' ? request.query.return_to : null) ?? undefined;
    setGoogleFlowCookies(response, { state, codeVerifier, returnTo }, secureCookies);
    response.redirect(302, authorizationUrl.href);
  });

  router.get('/callback', async (request, response) => {
    const signIn = configuredGoogle();
    const flow = readGoogleFlowCookies(request);
    // One callback per flow, whatever its outcome: a state or verifier is never offered twice.
    clearGoogleFlowCookies(response, secureCookies, flow);
    const query = parseInput(callbackQuerySchema, request.query, 'Invalid Google sign-in callback');
    if (query.error === 'access_denied') return response.redirect(302, '/?signin=cancelled');
    if (query.error) throw new ValidationError(`Google sign-in failed (${query.error}); start again`);
    if (!query.code || !query.state) throw new ValidationError('Google sign-in callback lacks its code or state; start again');
    if (!flow) {
      throw new ValidationError('Google sign-in expired or was started in another browser; start again');
    }
    // The state proves this browser started the sign-in, so nobody can sign it into their own account.
    if (query.state !== flow.state) throw new ValidationError('Google sign-in state does not match this browser; start again');

    const claims = await signIn.finish(query.code, flow.codeVerifier);
    const user = await findOrCreateGoogleUser(database, claims);
    const session = await createSession(database, user.id, now(), deviceName(request.get('user-agent')));
    setSessionCookie(response, session.token, session.expiresAt, secureCookies);
    // Checked again: the cookie came back from the browser.
    response.redirect(302, safeReturnPath(flow.returnTo) ?? '/');
  });

  return router;
}
