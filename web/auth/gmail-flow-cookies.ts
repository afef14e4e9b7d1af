import type { Request, Response } from 'express';
import { parseCookie } from 'cookie';

const flowCookie = 'atlas_gmail_flow';
/** Long enough to read Google's consent screen; the callback spends the flow either way. */
const flowLifetimeMs = 10 * 60 * 1000;

/**
 * The Gmail consent flow's state, PKCE verifier and whether it asks for labelling, in one transient
 * HttpOnly cookie scoped to /api/gmail and cleared by the callback. SameSite=Lax, because the
 * callback is a top-level navigation back from Google.
 */
export interface GmailFlow {
  state: string;
  codeVerifier: string;
  labelling: boolean;
}

const cookieOptions = (secure: boolean) => ({ httpOnly: true, secure, sameSite: 'lax', path: '/api/gmail' }) as const;

export function setGmailFlowCookie(response: Response, flow: GmailFlow, secure: boolean) {
  const value = `${flow.state}.${flow.codeVerifier}.${flow.labelling ? 1 : 0}`;
  response.cookie(flowCookie, value, { ...cookieOptions(secure), maxAge: flowLifetimeMs });
}

export function readGmailFlowCookie(request: Request): GmailFlow | undefined {
  const [state, codeVerifier, labelling] = (parseCookie(request.headers.cookie ?? '')[flowCookie] ?? '').split('.');
  return state && codeVerifier ? { state, codeVerifier, labelling: labelling === '1' } : undefined;
}

export function clearGmailFlowCookie(response: Response, secure: boolean) {
  response.clearCookie(flowCookie, cookieOptions(secure));
}
