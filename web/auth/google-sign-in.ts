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
import { z } from 'zod';
import type { Config } from '../../config.ts';
import { UpstreamError, ValidationError } from '../../tools/errors.ts';

/** Promise 8: signing in asks Google for who the user is and nothing more. */
export const googleSignInScopes = ['openid', 'email', 'profile'];

/** The redirect URI to register with the Google OAuth client. */
export function googleRedirectUri(config: Config) {
  return new URL('/api/auth/google/callback', config.ATLAS_PUBLIC_URL).href;
}

const idTokenClaimsSchema = z.object({
  iss: z.enum(['https://accounts.google.com', 'accounts.google.com']),
  aud: z.string(),
  sub: z.string().min(1).max(255),
  email: z.email(),
  email_verified: z.boolean(),
  name: z.string().optional(),
});

export type GoogleIdTokenClaims = z.infer<typeof idTokenClaimsSchema>;

export interface GoogleSignIn {
  /** Where to send the browser, and the state and code verifier its callback must present. */
  start(): { authorizationUrl: URL; state: string; codeVerifier: string };
  /** Exchanges an authorization code for the identity Google vouches for. */
  finish(code: string, codeVerifier: string): Promise<GoogleIdTokenClaims>;
}

/** Google sign-in through the configured OAuth client; undefined when no client is configured. */
export function createGoogleSignIn(config: Config): GoogleSignIn | undefined {
  const clientId = config.GOOGLE_CLIENT_ID;
  const clientSecret = config.GOOGLE_CLIENT_SECRET;
  if (!clientId || !clientSecret) return undefined;
  // The generic client rather than arctic's Google class, so the endpoints come from configuration.
  const client = new OAuth2Client(clientId, clientSecret, googleRedirectUri(config));

  return {
    start() {
      const state = generateState();
      const codeVerifier = generateCodeVerifier();
      const authorizationUrl = client.createAuthorizationURLWithPKCE(
        config.GOOGLE_AUTHORIZATION_URL,
        state,
        CodeChallengeMethod.S256,
        codeVerifier,
        googleSignInScopes,
      );
      return { authorizationUrl, state, codeVerifier };
    },

    async finish(code, codeVerifier) {
      const tokens = await exchangeCode(() => client.validateAuthorizationCode(config.GOOGLE_TOKEN_URL, code, codeVerifier));
      const claims = readIdToken(tokens);
      // The token came straight from Google's token endpoint over TLS, so its signature needs no
      // check (OpenID Connect Core 3.1.3.7), but it must have been issued to this client.
      if (claims.aud !== clientId) throw new UpstreamError('Google', 'the ID token was issued to a different client');
      return claims;
    },
  };
}

async function exchangeCode(request: () => Promise<OAuth2Tokens>) {
  try {
    return await request();
  } catch (error) {
    if (error instanceof OAuth2RequestError) {
      const reason = `${error.code}${error.description ? `: ${error.description}` : ''}`;
      // invalid_grant: the code expired, was used already, or its PKCE verifier does not match.
      if (error.code === 'invalid_grant') {
        throw new ValidationError(`Google did not accept this sign-in (${reason}); start again`);
      }
      throw new UpstreamError('Google', `the token endpoint refused the sign-in (${reason})`);
    }
    if (error instanceof ArcticFetchError) throw new UpstreamError('Google', 'the token endpoint could not be reached');
    if (error instanceof UnexpectedResponseError || error instanceof UnexpectedErrorResponseBodyError) {
      throw new UpstreamError('Google', `the token endpoint answered unexpectedly (HTTP ${error.status})`, error.status);
    }
    throw error;
  }
}

function readIdToken(tokens: OAuth2Tokens): GoogleIdTokenClaims {
  let payload: object;
  try {
    payload = decodeIdToken(tokens.idToken());
  } catch {
    throw new UpstreamError('Google', 'the token response carried no readable ID token');
  }
  const claims = idTokenClaimsSchema.safeParse(payload);
  if (!claims.success) {
    const fields = claims.error.issues.map((issue) => issue.path.join('.')).join(', ');
    throw new UpstreamError('Google', `the ID token lacks the expected claims (${fields})`);
  }
  return claims.data;
}
