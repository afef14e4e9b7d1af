import { randomUUID } from 'node:crypto';
import type { OAuthRegisteredClientsStore } from '@modelcontextprotocol/sdk/server/auth/clients.js';
import { InvalidClientMetadataError } from '@modelcontextprotocol/sdk/server/auth/errors.js';
import { OAuthClientInformationFullSchema, type OAuthClientInformationFull } from '@modelcontextprotocol/sdk/shared/auth.js';
import { eq } from 'drizzle-orm';
import type { Database } from '../../db/database.ts';
import { oauthClients } from '../../db/schema.ts';
import { withAuthRole } from '../../db/with-user.ts';
import { isStorableText, unstorableTextMessage, unstorableTextPath } from '../../tools/storable-input.ts';

const loopbackHosts = new Set(['localhost', '127.0.0.1', '[::1]']);
/** Schemes a redirect may never use, beyond the javascript:, data: and vbscript: the SDK already refuses. */
const forbiddenSchemes = new Set(['http:', 'file:', 'ftp:', 'blob:', 'about:', 'ws:', 'wss:']);
const maximumRedirectUris = 10;
const maximumNameLength = 100;

/**
 * OAuth 2.1 (section 2.3.1) and RFC 8252: a redirect goes to an https page, to a loopback address
 * over http (a desktop client listening on a local port), or to a native app's private-use scheme.
 * Anything else would let a registration send codes to a plain-http host on the network.
 */
function redirectUriProblem(uri: string): string | undefined {
  const url = new URL(uri);
  if (url.hash) return `${uri} has a fragment, which OAuth forbids`;
  if (url.protocol === 'https:') return undefined;
  if (url.protocol === 'http:' && loopbackHosts.has(url.hostname)) return undefined;
  if (forbiddenSchemes.has(url.protocol)) return `${uri} must use https, or http on a loopback address`;
  return undefined;
}

/**
 * Registered MCP clients in the database. Atlas registers every client as public
 * (`token_endpoint_auth_method: "none"`): desktop and command-line clients cannot keep a secret, and a
 * secret Atlas kept would have to be stored in the clear for the SDK to compare. PKCE binds each code
 * to the client that asked for it instead. RFC 7591 (section 3.2.1) lets the server answer with the
 * metadata it enforces, so a client that asked for a secret learns it has none.
 */
export function createOAuthClientStore(database: Database, now: () => Date): Required<OAuthRegisteredClientsStore> {
  return {
    async getClient(clientId) {
      // An id Postgres could not store was never issued; the SDK answers invalid_client.
      if (!isStorableText(clientId)) return undefined;
      const [row] = await withAuthRole(database, (tx) => tx.select().from(oauthClients).where(eq(oauthClients.id, clientId)));
      return row ? OAuthClientInformationFullSchema.parse(row.metadata) : undefined;
    },

    async registerClient(requested) {
      if (requested.redirect_uris.length === 0) throw new InvalidClientMetadataError('redirect_uris must name at least one URI');
      if (requested.redirect_uris.length > maximumRedirectUris) {
        throw new InvalidClientMetadataError(`At most ${maximumRedirectUris} redirect_uris may be registered`);
      }
      const problem = requested.redirect_uris.map(redirectUriProblem).find(Boolean);
      if (problem) throw new InvalidClientMetadataError(problem);
      const unstorable = unstorableTextPath(requested);
      if (unstorable !== null) throw new InvalidClientMetadataError(`${unstorable}: ${unstorableTextMessage}`);

      const { client_secret: _secret, client_secret_expires_at: _secretExpiry, ...metadata } = requested;
      const issuedAt = now();
      const client: OAuthClientInformationFull = {
        ...metadata,
        client_name: requested.client_name?.trim().slice(0, maximumNameLength) || undefined,
        client_id: randomUUID(),
        client_id_issued_at: Math.floor(issuedAt.getTime() / 1000),
        token_endpoint_auth_method: 'none',
        grant_types: ['authorization_code', 'refresh_token'],
        response_types: ['code'],
      };
      await withAuthRole(database, (tx) =>
        tx.insert(oauthClients).values({
          id: client.client_id,
          name: client.client_name ?? 'An unnamed MCP client',
          redirectUris: client.redirect_uris,
          metadata: client,
          createdAt: issuedAt,
        }),
      );
      return client;
    },
  };
}
