import { getOAuthProtectedResourceMetadataUrl } from '@modelcontextprotocol/sdk/server/auth/router.js';
import { StreamableHTTPServerTransport } from '@modelcontextprotocol/sdk/server/streamableHttp.js';
import { Router, type Request, type Response } from 'express';
import type { Database } from '../../db/database.ts';
import { accessTokenScopeSchema, verifyAccessToken, type VerifiedAccessToken } from '../../mcp/access-tokens.ts';
import { createMcpServer } from '../../mcp/create-mcp-server.ts';
import { AuthenticationError, PermissionError } from '../../tools/errors.ts';

/**
 * MCP over Streamable HTTP at `/mcp`, authorized by personal access tokens, plus the Protected
 * Resource Metadata (RFC 9728) that points clients at how to get one.
 *
 * Mount it before `sameOriginOnly`: an MCP client sends no Origin, and without a token it must get the
 * 401 that starts discovery rather than a CSRF refusal. This router checks Origin itself, and never
 * reads the session cookie, so a browser page cannot ride a signed-in user's session here.
 */
export function mcpRoutes(options: {
  database: Database;
  publicUrl: URL;
  now: () => Date;
  logError?: (error: unknown) => void;
}) {
  const { database, now, logError } = options;
  const publicOrigin = options.publicUrl.origin;
  const resource = new URL('/mcp', publicOrigin);
  const metadataUrl = getOAuthProtectedResourceMetadataUrl(resource);
  const metadata = {
    resource: resource.href,
    authorization_servers: [publicOrigin],
    scopes_supported: accessTokenScopeSchema.options,
    bearer_methods_supported: ['header'],
  };
  const router = Router();

  router.get(['/.well-known/oauth-protected-resource/mcp', '/.well-known/oauth-protected-resource'], (_request, response) => {
    // Public by design: clients on any origin read it to learn how to authorize.
    response.setHeader('Access-Control-Allow-Origin', '*');
    response.json(metadata);
  });

  async function authenticate(request: Request, response: Response): Promise<VerifiedAccessToken> {
    const [scheme, token, ...rest] = (request.headers.authorization ?? '').split(' ');
    if (!token || rest.length > 0 || scheme?.toLowerCase() !== 'bearer') {
      response.setHeader('WWW-Authenticate', `Bearer resource_metadata="${metadataUrl}", scope="read"`);
      throw new AuthenticationError('An Atlas access token is required: send it as "Authorization: Bearer <token>"');
    }
    const verified = await verifyAccessToken(database, token, now());
    if (!verified) {
      response.setHeader(
        'WWW-Authenticate',
        `Bearer error="invalid_token", error_description="The access token is unknown, revoked or expired", resource_metadata="${metadataUrl}"`,
      );
      throw new AuthenticationError('The access token is unknown, revoked or expired');
    }
    return verified;
  }

  router.all('/mcp', async (request, response) => {
    // The MCP transport spec requires Origin validation (DNS rebinding); clients outside a browser send none.
    const origin = request.headers.origin;
    if (origin !== undefined && origin !== publicOrigin) {
      throw new PermissionError(`Cross-origin request refused: Origin must be ${publicOrigin}`);
    }
    // Stateless: no session to resume (GET) or end (DELETE), which the spec answers with 405.
    if (request.method !== 'POST') {
      response.setHeader('Allow', 'POST');
      response.status(405).json({ jsonrpc: '2.0', error: { code: -32000, message: 'Method not allowed: use POST' }, id: null });
      return;
    }
    const { userId, scopes } = await authenticate(request, response);

    // A fresh server and transport per request: nothing is shared between callers or kept between calls.
    const server = createMcpServer({ database, userId, scopes, actor: 'mcp', now, logError });
    const transport = new StreamableHTTPServerTransport({ sessionIdGenerator: undefined, enableJsonResponse: true });
    response.on('close', () => {
      void transport.close();
      void server.close();
    });
    await server.connect(transport);
    await transport.handleRequest(request, response, request.body);
  });

  return router;
}
