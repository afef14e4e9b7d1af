import type { Database } from '../db/database.ts';
import { accessTokenLabel, mcpScopes, verifyAccessToken, type AccessTokenScope } from './access-tokens.ts';
import { oauthAccessTokenPrefix, verifyOAuthAccessToken } from './oauth/oauth-tokens.ts';

/** Who a bearer token presented to /mcp acts for. */
export interface BearerCredential {
  userId: string;
  scopes: AccessTokenScope[];
  /** Stable across token refreshes: what rate limits count against. */
  credentialId: string;
  /**
   * The audience an OAuth token was issued for (RFC 8707). Personal access tokens have none: the user
   * created them in Atlas, for Atlas.
   */
  resource?: string;
  /** How the client got its token, for messages that tell the user how to get more access. */
  kind: 'personal access token' | 'oauth';
  /** Which credential acted, in the user's own words, for the audit log. */
  label: string;
}

/** Verifies either kind of token Atlas issues; null when it is neither valid kind. */
export async function verifyBearerToken(database: Database, token: string, now: Date): Promise<BearerCredential | null> {
  if (token.startsWith(oauthAccessTokenPrefix)) {
    const verified = await verifyOAuthAccessToken(database, token, now);
    if (!verified) return null;
    return {
      userId: verified.userId,
      scopes: verified.scopes,
      credentialId: `grant:${verified.grantId}`,
      resource: verified.resource,
      kind: 'oauth',
      label: `MCP app "${verified.clientName}"`,
    };
  }
  const verified = await verifyAccessToken(database, token, now);
  if (!verified) return null;
  return {
    userId: verified.userId,
    // A save-jobs key carries no MCP scope at all: /mcp refuses it.
    scopes: mcpScopes(verified.scopes),
    credentialId: `token:${verified.tokenId}`,
    kind: 'personal access token',
    label: accessTokenLabel(verified.name),
  };
}
