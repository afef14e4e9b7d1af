import { InvalidTargetError, InvalidTokenError } from '@modelcontextprotocol/sdk/server/auth/errors.js';
import type { AuthorizationParams, OAuthServerProvider } from '@modelcontextprotocol/sdk/server/auth/provider.js';
import type { OAuthClientInformationFull } from '@modelcontextprotocol/sdk/shared/auth.js';
import type { Database } from '../../db/database.ts';
import { authorizationCodeChallenge, redeemAuthorizationCode } from '../../mcp/oauth/authorization-codes.ts';
import { isSameResource } from '../../mcp/oauth/mcp-resource.ts';
import { createOAuthClientStore } from '../../mcp/oauth/oauth-clients.ts';
import { grantableScopes } from '../../mcp/oauth/oauth-scopes.ts';
import { refreshTokens, revokeOAuthToken, verifyOAuthAccessToken } from '../../mcp/oauth/oauth-tokens.ts';
import { renderConsentPage } from './consent-page.ts';

/**
 * The audience a request names, which must be Atlas's MCP server (RFC 8707): Atlas issues tokens for
 * nothing else, and never passes a token on. A client that names none gets tokens for the MCP server.
 */
function checkedResource(requested: string | undefined, mcpResource: URL): string {
  if (requested !== undefined && !isSameResource(requested, mcpResource.href)) {
    throw new InvalidTargetError(`Atlas issues tokens only for its MCP server, ${mcpResource.href}`);
  }
  return mcpResource.href;
}

/** The authorization request as a URL on Atlas, to come back to after signing in. */
function authorizationPath(client: OAuthClientInformationFull, params: AuthorizationParams, resource: string) {
  const query = new URLSearchParams({
    response_type: 'code',
    client_id: client.client_id,
    redirect_uri: params.redirectUri,
    code_challenge: params.codeChallenge,
    code_challenge_method: 'S256',
    resource,
  });
  if (params.scopes?.length) query.set('scope', params.scopes.join(' '));
  if (params.state !== undefined) query.set('state', params.state);
  return `/authorize?${query}`;
}

/**
 * Atlas's OAuth 2.1 authorization server for MCP clients, behind the SDK's handlers (which check
 * the client, the redirect URI, the PKCE S256 challenge and verifier, and answer in OAuth's format).
 * Users are Atlas accounts: authorizing shows the signed-in user a consent screen, or sends them to
 * sign in first and back here after.
 */
export function createAtlasOAuthProvider(options: { database: Database; mcpResource: URL; now: () => Date }): OAuthServerProvider {
  const { database, mcpResource, now } = options;
  return {
    clientsStore: createOAuthClientStore(database, now),

    async authorize(client, params, response) {
      const resource = checkedResource(params.resource?.href, mcpResource);
      const scopes = grantableScopes(params.scopes ?? []);
      const user = response.locals.session?.user;
      if (!user) {
        response.redirect(302, `/?return_to=${encodeURIComponent(authorizationPath(client, params, resource))}`);
        return;
      }
      response.type('html').send(
        renderConsentPage({
          clientName: client.client_name ?? 'An unnamed MCP client',
          userEmail: user.email,
          request: {
            clientId: client.client_id,
            redirectUri: params.redirectUri,
            codeChallenge: params.codeChallenge,
            state: params.state,
            scopes,
            resource,
          },
        }),
      );
    },

    challengeForAuthorizationCode: (client, code) => authorizationCodeChallenge(database, { clientId: client.client_id, code, now: now() }),

    exchangeAuthorizationCode: (client, code, _codeVerifier, redirectUri, resource) =>
      redeemAuthorizationCode(database, { clientId: client.client_id, code, redirectUri, resource, now: now() }),

    exchangeRefreshToken: (client, refreshToken, scopes, resource) =>
      refreshTokens(database, { clientId: client.client_id, refreshToken, scopes, resource, now: now() }),

    async verifyAccessToken(token) {
      const verified = await verifyOAuthAccessToken(database, token, now());
      if (!verified) throw new InvalidTokenError('The access token is unknown, revoked or expired');
      return {
        token,
        clientId: verified.clientId,
        scopes: verified.scopes,
        expiresAt: Math.floor(verified.expiresAt.getTime() / 1000),
        resource: new URL(verified.resource),
      };
    },

    revokeToken: (client, request) => revokeOAuthToken(database, { clientId: client.client_id, token: request.token, now: now() }),
  };
}
