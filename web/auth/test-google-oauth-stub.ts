import { createHash, generateKeyPairSync, randomBytes, sign } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/*
 * Hand-written, not recorded: a local stand-in for Google's OAuth 2.0 endpoints, following Google's
 * documented wire format (shared/WIRE-FORMATS.md, "Google OAuth 2.0"). The token endpoint is a real
 * HTTP server that arctic calls; the consent screen, which a browser would show, is a method.
 */

/** The Google account a test signs in with, as its ID token claims. */
export interface GoogleTestAccount {
  sub: string;
  email: string;
  email_verified: boolean;
  name?: string;
}

export interface GoogleOAuthStub {
  authorizationUrl: string;
  tokenUrl: string;
  /**
   * Plays the consent screen: checks the authorization request as Google would, issues a one-time
   * code bound to its redirect URI and PKCE challenge, and returns the redirect back to the app.
   */
  consent(authorizationRequest: string, account: GoogleTestAccount): URL;
  /** The scopes an access token grants, or undefined when it is unknown, expired or revoked (what an API checks). */
  accessTokenScopes(accessToken: string): string[] | undefined;
  /** Expires every access token issued so far, as an hour passing would. */
  expireAccessTokens(): void;
  /** Revokes every grant of an account, as the user would in their Google account settings. */
  revokeAccount(email: string): void;
  /** Every request the token and revoke endpoints received, form fields included. */
  requests: { path: string; form: Record<string, string> }[];
  revokeUrl: string;
  close(): Promise<void>;
}

interface IssuedCode {
  account: GoogleTestAccount;
  redirectUri: string;
  codeChallenge: string;
  scope: string;
  offline: boolean;
}

interface Grant {
  account: GoogleTestAccount;
  scope: string;
}

const issuer = 'https://accounts.google.com';

export async function startGoogleOAuthStub(client: { clientId: string; clientSecret: string }): Promise<GoogleOAuthStub> {
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const issuedCodes = new Map<string, IssuedCode>();
  // Google's grants as this stub keeps them: refresh and access tokens, and each account's consented scopes.
  const refreshTokens = new Map<string, Grant>();
  const accessTokens = new Map<string, Grant & { expiresAt: number }>();
  const consentedScopes = new Map<string, Set<string>>();
  const requests: GoogleOAuthStub['requests'] = [];

  function issueAccessToken(grant: Grant) {
    const accessToken = `ya29.${randomBytes(24).toString('base64url')}`;
    accessTokens.set(accessToken, { ...grant, expiresAt: Date.now() + 3599_000 });
    return accessToken;
  }

  function idToken(account: GoogleTestAccount) {
    const issuedAt = Math.floor(Date.now() / 1000);
    const header = { alg: 'RS256', kid: 'stub-key', typ: 'JWT' };
    const payload = { iss: issuer, azp: client.clientId, aud: client.clientId, ...account, iat: issuedAt, exp: issuedAt + 3600 };
    const signingInput = [header, payload].map((part) => Buffer.from(JSON.stringify(part)).toString('base64url')).join('.');
    return `${signingInput}.${sign('sha256', Buffer.from(signingInput), privateKey).toString('base64url')}`;
  }

  function clientAuthenticated(request: IncomingMessage, form: URLSearchParams) {
    const basic = /^Basic (.+)$/.exec(request.headers.authorization ?? '');
    const [clientId, clientSecret] = basic
      ? Buffer.from(basic[1]!, 'base64').toString().split(':')
      : [form.get('client_id'), form.get('client_secret')];
    return clientId === client.clientId && clientSecret === client.clientSecret;
  }

  function tokenResponse(request: IncomingMessage, body: string): { status: number; body: object } {
    const invalid = (status: number, error: string, description: string) => ({
      status,
      body: { error, error_description: description },
    });
    if (!request.headers['content-type']?.startsWith('application/x-www-form-urlencoded')) {
      return invalid(400, 'invalid_request', 'Invalid content type.');
    }
    const form = new URLSearchParams(body);
    if (!clientAuthenticated(request, form)) return invalid(401, 'invalid_client', 'Unauthorized');
    if (form.get('grant_type') === 'refresh_token') {
      const grant = refreshTokens.get(form.get('refresh_token') ?? '');
      if (!grant) return invalid(400, 'invalid_grant', 'Token has been expired or revoked.');
      return {
        status: 200,
        body: { access_token: issueAccessToken(grant), expires_in: 3599, scope: grant.scope, token_type: 'Bearer' },
      };
    }
    if (form.get('grant_type') !== 'authorization_code') {
      return invalid(400, 'unsupported_grant_type', `Invalid grant_type: ${form.get('grant_type') ?? ''}`);
    }
    const code = form.get('code') ?? '';
    const issued = issuedCodes.get(code);
    if (!issued) return invalid(400, 'invalid_grant', 'Malformed auth code.');
    issuedCodes.delete(code);
    if (form.get('redirect_uri') !== issued.redirectUri) return invalid(400, 'redirect_uri_mismatch', 'Bad Request');
    const codeVerifier = form.get('code_verifier');
    if (!codeVerifier) return invalid(400, 'invalid_grant', 'Missing code verifier.');
    if (createHash('sha256').update(codeVerifier).digest('base64url') !== issued.codeChallenge) {
      return invalid(400, 'invalid_grant', 'Invalid code verifier.');
    }
    const grant = { account: issued.account, scope: issued.scope };
    const refreshToken = issued.offline ? `1//0${randomBytes(32).toString('base64url')}` : undefined;
    if (refreshToken) refreshTokens.set(refreshToken, grant);
    const scopes = issued.scope.split(' ');
    return {
      status: 200,
      body: {
        access_token: issueAccessToken(grant),
        expires_in: 3599,
        ...(refreshToken ? { refresh_token: refreshToken } : {}),
        scope: issued.scope,
        token_type: 'Bearer',
        // Google issues an ID token only when openid was among the scopes consented to in this request.
        ...(scopes.includes('openid') || !issued.offline ? { id_token: idToken(issued.account) } : {}),
      },
    };
  }

  function revokeResponse(body: string): { status: number; body: object } {
    const token = new URLSearchParams(body).get('token') ?? '';
    const grant = refreshTokens.get(token) ?? accessTokens.get(token);
    if (!grant) return { status: 400, body: { error: 'invalid_token', error_description: 'Token expired or revoked' } };
    revokeAccount(grant.account.email);
    return { status: 200, body: {} };
  }

  function revokeAccount(email: string) {
    for (const tokens of [refreshTokens, accessTokens]) {
      for (const [token, grant] of tokens) if (grant.account.email === email) tokens.delete(token);
    }
    consentedScopes.delete(email);
  }

  async function handle(request: IncomingMessage, response: ServerResponse) {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString();
    requests.push({ path: request.url ?? '', form: Object.fromEntries(new URLSearchParams(text)) });
    const { status, body } =
      request.method === 'POST' && request.url === '/token'
        ? tokenResponse(request, text)
        : request.method === 'POST' && request.url === '/revoke'
          ? revokeResponse(text)
          : { status: 404, body: { error: 'not_found' } };
    response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
    response.end(JSON.stringify(body));
  }

  const server = createServer((request, response) => void handle(request, response));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const authorizationUrl = `${base}/o/oauth2/v2/auth`;

  return {
    authorizationUrl,
    tokenUrl: `${base}/token`,

    consent(authorizationRequest, account) {
      const url = new URL(authorizationRequest);
      const parameter = (name: string) => {
        const value = url.searchParams.get(name);
        if (!value) throw new Error(`Google would refuse this authorization request: ${name} is missing`);
        return value;
      };
      if (`${url.origin}${url.pathname}` !== authorizationUrl) throw new Error(`not the authorization endpoint: ${url.href}`);
      if (parameter('response_type') !== 'code') throw new Error('response_type must be code');
      if (parameter('client_id') !== client.clientId) throw new Error('unknown client_id (Error 401: invalid_client)');
      if (parameter('code_challenge_method') !== 'S256') throw new Error('code_challenge_method must be S256');
      const code = `4/0${randomBytes(32).toString('base64url')}`;
      // include_granted_scopes=true: the new grant covers what the account consented to before, too.
      const scopes = new Set(parameter('scope').split(' '));
      if (url.searchParams.get('include_granted_scopes') === 'true') {
        for (const scope of consentedScopes.get(account.email) ?? []) scopes.add(scope);
      }
      consentedScopes.set(account.email, scopes);
      issuedCodes.set(code, {
        account,
        redirectUri: parameter('redirect_uri'),
        codeChallenge: parameter('code_challenge'),
        scope: [...scopes].join(' '),
        offline: url.searchParams.get('access_type') === 'offline',
      });
      const callback = new URL(parameter('redirect_uri'));
      callback.searchParams.set('state', parameter('state'));
      callback.searchParams.set('code', code);
      callback.searchParams.set('scope', parameter('scope'));
      callback.searchParams.set('authuser', '0');
      callback.searchParams.set('prompt', 'consent');
      return callback;
    },

    accessTokenScopes(accessToken) {
      const grant = accessTokens.get(accessToken);
      return grant && grant.expiresAt > Date.now() ? grant.scope.split(' ') : undefined;
    },

    expireAccessTokens() {
      for (const grant of accessTokens.values()) grant.expiresAt = 0;
    },

    revokeAccount,
    requests,
    revokeUrl: `${base}/revoke`,

    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
