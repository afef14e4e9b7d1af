import type { Request, Response } from 'express';
import { parseCookie } from 'cookie';

const stateCookie = 'atlas_google_state';
const codeVerifierCookie = 'atlas_google_code_verifier';
const returnToCookie = 'atlas_google_return_to';
/** Long enough to pick an account at Google; the flow is spent after one callback anyway. */
const flowLifetimeMs = 10 * 60 * 1000;

/**
 * Transient cookies that tie Google's callback to the browser that started the sign-in. Scoped to
 * the Google routes and cleared by the callback, so the session cookie stays the only lasting one.
 * SameSite=Lax, because the callback is a top-level navigation back from Google.
 */
function cookieOptions(secure: boolean) {
  return { httpOnly: true, secure, sameSite: 'lax', path: '/api/auth/google' } as const;
}

export interface GoogleFlow {
  state: string;
  codeVerifier: string;
  /** A same-site path to land on after signing in (the OAuth consent screen), already checked. */
  returnTo?: string;
}

export function setGoogleFlowCookies(response: Response, flow: GoogleFlow, secure: boolean) {
  response.cookie(stateCookie, flow.state, { ...cookieOptions(secure), maxAge: flowLifetimeMs });
  response.cookie(codeVerifierCookie, flow.codeVerifier, { ...cookieOptions(secure), maxAge: flowLifetimeMs });
  if (flow.returnTo) response.cookie(returnToCookie, flow.returnTo, { ...cookieOptions(secure), maxAge: flowLifetimeMs });
}

/** The flow this browser started, or undefined when it expired or began elsewhere. */
export function readGoogleFlowCookies(request: Request): GoogleFlow | undefined {
  const cookies = parseCookie(request.headers.cookie ?? '');
  const state = cookies[stateCookie];
  const codeVerifier = cookies[codeVerifierCookie];
  const returnTo = cookies[returnToCookie];
  return state && codeVerifier ? { state, codeVerifier, ...(returnTo && { returnTo }) } : undefined;
}

export function clearGoogleFlowCookies(response: Response, secure: boolean, flow?: GoogleFlow) {
  response.clearCookie(stateCookie, cookieOptions(secure));
  response.clearCookie(codeVerifierCookie, cookieOptions(secure));
  if (flow?.returnTo) response.clearCookie(returnToCookie, cookieOptions(secure));
}
