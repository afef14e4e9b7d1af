import {
  ArcticFetchError,
  CodeChallengeMethod,
  decodeIdToken,
  generateCodeVerifier,
  generateState,
  OAuth2Client,
  OAuth2RequestError,
  UnexpectedErrorResponseBodyError,
  UnexpectedResponseError,
  type OAuth2Tokens,
} from 'arctic';
import { UpstreamError, ValidationError } from '../errors.ts';

export const gmailMetadataScope = 'https://www.googleapis.com/auth/gmail.metadata';
export const gmailLabelsScope = 'https://www.googleapis.com/auth/gmail.labels';
/** Needed only to put a label on a thread; asked for only when the user turns labelling on (promise 14). */
export const gmailModifyScope = 'https://www.googleapis.com/auth/gmail.modify';
/** Headers and labels, and which mailbox it is: nothing that reads a body (promise 12). */
export const gmailConnectScopes = ['openid', 'email', gmailMetadataScope, gmailLabelsScope];

export interface GoogleEndpoints {
  clientId: string;
  clientSecret: string;
  redirectUri: string;
  authorizationUrl: string;
  tokenUrl: string;
  revokeUrl: string;
}

export interface GoogleGrant {
  accessToken: string;
  accessTokenExpiresAt: Date;
  /** Google sends one only on consent; a refresh keeps the one it had. */
  refreshToken?: string;
  scopes: string[];
  /** The mailbox address, from the ID token; absent when openid was not part of this request. */
  email?: string;
}

/** Google no longer honours the refresh token (revoked, expired, password changed): the user must reconnect. */
export class GrantRevokedError extends Error {
  override readonly name = 'GrantRevokedError';
}

export interface GmailAuthorization {
  /** The consent request: read access by default, or only gmail.modify on top of what was granted (incremental). */
  start(options: { labelling: boolean }): { authorizationUrl: URL; state: string; codeVerifier: string };
  finish(code: string, codeVerifier: string): Promise<GoogleGrant>;
  refresh(refreshToken: string): Promise<GoogleGrant>;
  /** Revokes the grant at Google; a token Google already forgot counts as revoked. */
  revoke(token: string): Promise<void>;
}

export function createGmailAuthorization(endpoints: GoogleEndpoints): GmailAuthorization {
  // The generic client rather than arctic's Google class, so the endpoints come from configuration.
  const client = new OAuth2Client(endpoints.clientId, endpoints.clientSecret, endpoints.redirectUri);

  return {
    start({ labelling }) {
      const state = generateState();
      const codeVerifier = generateCodeVerifier();
      const scopes = labelling ? [gmailModifyScope] : gmailConnectScopes;
      const authorizationUrl = client.createAuthorizationURLWithPKCE(
        endpoints.authorizationUrl,
        state,
        CodeChallengeMethod.S256,
        codeVerifier,
        scopes,
      );
      // offline + consent: Google issues a refresh token only then. include_granted_scopes: the
      // labelling request adds gmail.modify to the existing grant instead of replacing it.
      authorizationUrl.searchParams.set('access_type', 'offline');
      authorizationUrl.searchParams.set('prompt', 'consent');
      authorizationUrl.searchParams.set('include_granted_scopes', 'true');
      return { authorizationUrl, state, codeVerifier };
    },

    async finish(code, codeVerifier) {
      const tokens = await callTokenEndpoint(() => client.validateAuthorizationCode(endpoints.tokenUrl, code, codeVerifier));
      return toGrant(tokens, endpoints.clientId);
    },

    async refresh(refreshToken) {
      const tokens = await callTokenEndpoint(() => client.refreshAccessToken(endpoints.tokenUrl, refreshToken, []));
      return toGrant(tokens, endpoints.clientId);
    },

    async revoke(token) {
      try {
        await client.revokeToken(endpoints.revokeUrl, token);
      } catch (error) {
        if (error instanceof OAuth2RequestError && error.code === 'invalid_token') return;
        throw toUpstreamError(error);
      }
    },
  };
}

function toGrant(tokens: OAuth2Tokens, clientId: string): GoogleGrant {
  const grant: GoogleGrant = {
    accessToken: tokens.accessToken(),
    accessTokenExpiresAt: tokens.accessTokenExpiresAt(),
    refreshToken: tokens.hasRefreshToken() ? tokens.refreshToken() : undefined,
    scopes: tokens.hasScopes() ? tokens.scopes() : [],
  };
  if ('id_token' in tokens.data) {
    const claims = decodeIdToken(tokens.idToken()) as { aud?: string; email?: string };
    if (claims.aud !== clientId) throw new UpstreamError('Google', 'the ID token was issued to a different client');
    grant.email = claims.email;
  }
  return grant;
}

async function callTokenEndpoint(request: () => Promise<OAuth2Tokens>) {
  try {
    return await request();
  } catch (error) {
    if (error instanceof OAuth2RequestError && error.code === 'invalid_grant') {
      throw new GrantRevokedError(`Google refused the grant (${error.description ?? 'invalid_grant'})`);
    }
    throw toUpstreamError(error);
  }
}

function toUpstreamError(error: unknown) {
  if (error instanceof OAuth2RequestError) {
    return new UpstreamError('Google', `the OAuth endpoint refused the request (${error.code})`);
  }
  if (error instanceof ArcticFetchError) return new UpstreamError('Google', 'the OAuth endpoint could not be reached');
  if (error instanceof UnexpectedResponseError || error instanceof UnexpectedErrorResponseBodyError) {
    return new UpstreamError('Google', `the OAuth endpoint answered unexpectedly (HTTP ${error.status})`, error.status);
  }
  return error;
}

/** A callback code Google would not exchange (used, expired, wrong verifier) is the user's to retry. */
export function connectRetryError(error: unknown) {
  return error instanceof GrantRevokedError ? new ValidationError('Google did not accept this connection; start again') : error;
}
