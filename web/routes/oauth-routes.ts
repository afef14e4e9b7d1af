import { fileURLToPath } from 'node:url';
import { authorizationHandler, redirectUriMatches } from '@modelcontextprotocol/sdk/server/auth/handlers/authorize.js';
import { metadataHandler } from '@modelcontextprotocol/sdk/server/auth/handlers/metadata.js';
import { clientRegistrationHandler } from '@modelcontextprotocol/sdk/server/auth/handlers/register.js';
import { revocationHandler } from '@modelcontextprotocol/sdk/server/auth/handlers/revoke.js';
import { tokenHandler } from '@modelcontextprotocol/sdk/server/auth/handlers/token.js';
import { createOAuthMetadata } from '@modelcontextprotocol/sdk/server/auth/router.js';
import express, { Router } from 'express';
import { z } from 'zod';
import type { Database } from '../../db/database.ts';
import { accessTokenScopeSchema } from '../../mcp/access-tokens.ts';
import { createAuthorizationCode } from '../../mcp/oauth/authorization-codes.ts';
import { isSameResource, mcpResourceUrl } from '../../mcp/oauth/mcp-resource.ts';
import { grantableScopes } from '../../mcp/oauth/oauth-scopes.ts';
import { parseInput, ValidationError } from '../../tools/errors.ts';
import { createAtlasOAuthProvider } from '../oauth/atlas-oauth-provider.ts';
import { oauthIssuer } from '../oauth/oauth-issuer.ts';
import { requireUser } from '../session-middleware.ts';
import { storableText } from '../../tools/storable-input.ts';

const consentStylesheet = fileURLToPath(new URL('../oauth/consent.css', import.meta.url));

/** The consent form as the page posts it back: the authorization request and the user's decision. */
const consentFormSchema = z.object({
  client_id: storableText().min(1).max(200),
  redirect_uri: storableText().min(1).max(2000),
  // RFC 7636: an S256 challenge is 43 base64url characters; the spec allows up to 128 in general.
  code_challenge: z.string().min(43).max(128),
  state: storableText().max(2000).optional(),
  scope: z
    .string()
    .max(100)
    .transform((scope) => scope.split(' ').filter(Boolean))
    .pipe(z.array(accessTokenScopeSchema)),
  resource: storableText().max(2000),
  write: z.literal('allow').optional(),
  decision: z.enum(['allow', 'deny']),
});

/**
 * Atlas's OAuth 2.1 authorization server for MCP clients, built from the MCP SDK's handlers:
 * metadata (RFC 8414), dynamic client registration (RFC 7591), token and revocation (RFC 7009)
 * endpoints in `endpoints`, which clients call from anywhere and which must come before the
 * same-origin check; and the browser side in `consent` (the authorize endpoint and the consent form),
 * which needs the session and the same-origin check. Without an issuer Atlas may use (see
 * oauthIssuer), both are empty.
 */
export function oauthRoutes(options: { database: Database; publicUrl: URL; now: () => Date }) {
  const { database, now } = options;
  const endpoints = Router();
  const consent = Router();
  const issuer = oauthIssuer(options.publicUrl);
  if (!issuer) return { endpoints, consent };

  const mcpResource = mcpResourceUrl(options.publicUrl);
  const provider = createAtlasOAuthProvider({ database, mcpResource, now });
  const metadata = {
    ...createOAuthMetadata({ provider, issuerUrl: issuer, scopesSupported: accessTokenScopeSchema.options }),
    // Every client is public (see createOAuthClientStore): it proves itself with PKCE, not a secret.
    token_endpoint_auth_methods_supported: ['none'],
    revocation_endpoint_auth_methods_supported: ['none'],
  };

  endpoints.use('/.well-known/oauth-authorization-server', metadataHandler(metadata));
  endpoints.use('/register', clientRegistrationHandler({ clientsStore: provider.clientsStore }));
  endpoints.use('/token', tokenHandler({ provider }));
  endpoints.use('/revoke', revocationHandler({ provider }));

  consent.use('/authorize', authorizationHandler({ provider }));
  consent.get('/oauth/consent.css', (_request, response) => response.sendFile(consentStylesheet));
  consent.post('/oauth/consent', express.urlencoded({ extended: false, limit: '16kb' }), async (request, response) => {
    response.setHeader('Cache-Control', 'no-store');
    const user = requireUser(response);
    const form = parseInput(consentFormSchema, request.body, 'Invalid consent form');
    const client = await provider.clientsStore.getClient(form.client_id);
    // Checked again here: the form came through the browser, and a redirect must only ever go where the client registered.
    if (!client) throw new ValidationError('This app is not registered with Atlas; start connecting it again');
    if (!client.redirect_uris.some((registered) => redirectUriMatches(form.redirect_uri, registered))) {
      throw new ValidationError('This redirect URI is not registered for the app; start connecting it again');
    }

    const redirect = new URL(form.redirect_uri);
    if (form.state !== undefined) redirect.searchParams.set('state', form.state);
    if (form.decision === 'deny') {
      redirect.searchParams.set('error', 'access_denied');
      redirect.searchParams.set('error_description', 'The user did not allow access');
      response.redirect(302, redirect.href);
      return;
    }
    if (!isSameResource(form.resource, mcpResource.href)) throw new ValidationError(`Atlas issues tokens only for ${mcpResource.href}`);
    const requested = grantableScopes(form.scope);
    // Unticking "change your data" narrows the grant to read.
    const scopes = form.write === 'allow' ? requested : requested.filter((scope) => scope !== 'write');
    const code = await createAuthorizationCode(database, {
      userId: user.id,
      clientId: client.client_id,
      redirectUri: form.redirect_uri,
      codeChallenge: form.code_challenge,
      scopes,
      resource: mcpResource.href,
      now: now(),
    });
    redirect.searchParams.set('code', code);
    response.redirect(302, redirect.href);
  });

  return { endpoints, consent };
}
