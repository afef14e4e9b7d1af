import { InvalidGrantError, InvalidScopeError, InvalidTargetError, type OAuthError } from '@modelcontextprotocol/sdk/server/auth/errors.js';
import type { OAuthTokens } from '@modelcontextprotocol/sdk/shared/auth.js';
import { and, eq, lte, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Database, Transaction } from '../../db/database.ts';
import { asDate, lastUseIsStale } from '../../db/last-use.ts';
import { queryDriverRows } from '../../db/query-rows.ts';
import { oauthGrants, oauthTokens } from '../../db/schema.ts';
import { createSecretToken, parseSecretToken, secretMatches } from '../../db/secret-token.ts';
import { withAuthRole } from '../../db/with-user.ts';
import { mcpScopes, tokenScopeSchema, type AccessTokenScope } from '../access-tokens.ts';
import { isSameResource } from './mcp-resource.ts';
import { grantableScopes } from './oauth-scopes.ts';

/** Prefixes that tell Atlas's OAuth tokens apart from personal access tokens, in logs and secret scanners. */
export const oauthAccessTokenPrefix = 'atlas_oat_';
const refreshTokenPrefix = 'atlas_ort_';
/** Short-lived access, so a leaked one soon stops working; the refresh token renews it. */
const accessTokenLifetimeMs = 60 * 60 * 1000;
/** A client unused for this long signs in again; every rotation starts the period anew. */
const refreshTokenLifetimeMs = 30 * 24 * 60 * 60 * 1000;

export interface GrantScope {
  grantId: string;
  userId: string;
  scopes: AccessTokenScope[];
}

/**
 * A refusal decided inside a transaction whose other effects must still commit: revoking a grant
 * when a spent code or refresh token comes back is worthless if the refusal rolls it back.
 */
export type Outcome<Value> = { value: Value } | { refusal: OAuthError };

export async function settle<Value>(outcome: Promise<Outcome<Value>>): Promise<Value> {
  const settled = await outcome;
  if ('refusal' in settled) throw settled.refusal;
  return settled.value;
}

/** Issues a fresh access and refresh token under a grant; only their hashes are stored. */
export async function issueTokens(tx: Transaction, grant: GrantScope, now: Date): Promise<OAuthTokens> {
  const access = createSecretToken(oauthAccessTokenPrefix);
  const refresh = createSecretToken(refreshTokenPrefix);
  const owner = { grantId: grant.grantId, userId: grant.userId, createdAt: now };
  await tx.insert(oauthTokens).values([
    { ...owner, id: access.id, secretHash: access.secretHash, kind: 'access', expiresAt: new Date(now.getTime() + accessTokenLifetimeMs) },
    { ...owner, id: refresh.id, secretHash: refresh.secretHash, kind: 'refresh', expiresAt: new Date(now.getTime() + refreshTokenLifetimeMs) },
  ]);
  return {
    access_token: access.token,
    token_type: 'Bearer',
    expires_in: accessTokenLifetimeMs / 1000,
    refresh_token: refresh.token,
    scope: grant.scopes.join(' '),
  };
}

/** Ends a grant: its tokens are deleted at once, and the grant stays as a record that it was revoked. */
export async function revokeGrant(tx: Transaction, grantId: string, now: Date) {
  await tx.update(oauthGrants).set({ revokedAt: now }).where(eq(oauthGrants.id, grantId));
  await tx.delete(oauthTokens).where(eq(oauthTokens.grantId, grantId));
}

async function findToken(tx: Transaction, token: string) {
  const parsed = parseSecretToken(token, oauthAccessTokenPrefix) ?? parseSecretToken(token, refreshTokenPrefix);
  if (!parsed) return undefined;
  const [row] = await tx
    .select({ token: oauthTokens, grant: oauthGrants })
    .from(oauthTokens)
    .innerJoin(oauthGrants, eq(oauthGrants.id, oauthTokens.grantId))
    .where(eq(oauthTokens.id, parsed.id))
    .for('update', { of: oauthTokens });
  if (!row || !secretMatches(parsed.secret, row.token.secretHash)) return undefined;
  const expectedPrefix = row.token.kind === 'access' ? oauthAccessTokenPrefix : refreshTokenPrefix;
  return token.startsWith(expectedPrefix) ? row : undefined;
}

/**
 * Rotates a refresh token (OAuth 2.1 section 4.3.1): the presented one is spent and a new pair is
 * issued. A spent refresh token presented again means two parties hold it, so the whole grant is
 * revoked. A request for fewer scopes narrows the grant for good; more than granted is refused.
 */
export function refreshTokens(
  database: Database,
  options: { clientId: string; refreshToken: string; scopes?: string[]; resource?: URL; now: Date },
): Promise<OAuthTokens> {
  const { now } = options;
  return settle(
    withAuthRole(database, async (tx): Promise<Outcome<OAuthTokens>> => {
      const found = await findToken(tx, options.refreshToken);
      if (!found || found.token.kind !== 'refresh' || found.grant.clientId !== options.clientId || found.grant.revokedAt) {
        return { refusal: new InvalidGrantError('The refresh token is unknown or revoked') };
      }
      const { token, grant } = found;
      if (token.rotatedAt) {
        await revokeGrant(tx, grant.id, now);
        return { refusal: new InvalidGrantError('The refresh token was already used; every token of this grant is now revoked') };
      }
      if (token.expiresAt.getTime() <= now.getTime()) return { refusal: new InvalidGrantError('The refresh token has expired') };
      if (options.resource && !isSameResource(options.resource.href, grant.resource)) {
        return { refusal: new InvalidTargetError(`Tokens of this grant are issued only for ${grant.resource}`) };
      }
      let scopes = grant.scopes;
      if (options.scopes) {
        const requested = grantableScopes(options.scopes);
        if (requested.some((scope) => !grant.scopes.includes(scope))) {
          return { refusal: new InvalidScopeError(`The grant allows only ${grant.scopes.join(' ')}`) };
        }
        scopes = requested;
      }
      await tx.update(oauthTokens).set({ rotatedAt: now }).where(eq(oauthTokens.id, token.id));
      await tx.update(oauthGrants).set({ scopes }).where(eq(oauthGrants.id, grant.id));
      // Spent and expired tokens of the grant are kept only as long as they could still be presented.
      await tx.delete(oauthTokens).where(and(eq(oauthTokens.grantId, grant.id), lte(oauthTokens.expiresAt, now)));
      return { value: await issueTokens(tx, { grantId: grant.id, userId: grant.userId, scopes: mcpScopes(scopes) }, now) };
    }),
  );
}

export interface VerifiedOAuthToken {
  userId: string;
  scopes: AccessTokenScope[];
  grantId: string;
  clientId: string;
  /** The name the client registered with, which the audit log shows. */
  clientName: string;
  /** The audience the token was issued for (RFC 8707). */
  resource: string;
  expiresAt: Date;
}

/** What oauth_access_token_by_id returns, as both drivers give it. */
interface OAuthAccessTokenRow {
  id: string;
  kind: string;
  secret_hash: Uint8Array;
  expires_at: Date | string;
  grant_id: string;
  user_id: string;
  scopes: string[];
  resource: string;
  last_used_at: Date | string | null;
  revoked_at: Date | string | null;
  client_id: string;
  client_name: string;
}

/** Who an OAuth access token acts for; null when it is malformed, unknown, expired or its grant was revoked. */
export async function verifyOAuthAccessToken(database: Database, token: string, now: Date): Promise<VerifiedOAuthToken | null> {
  const parsed = parseSecretToken(token, oauthAccessTokenPrefix);
  if (!parsed) return null;
  // One statement: the lookup runs as atlas_auth inside oauth_access_token_by_id (migration 0039). No
  // row lock: only a refresh token's rotation needs one, and an access token is never rotated.
  const [row] = await queryDriverRows<OAuthAccessTokenRow>(database, sql`select * from oauth_access_token_by_id(${parsed.id})`);
  if (!row || !secretMatches(parsed.secret, row.secret_hash) || row.kind !== 'access' || row.revoked_at) return null;
  const expiresAt = asDate(row.expires_at);
  if (expiresAt.getTime() <= now.getTime()) return null;
  if (lastUseIsStale(row.last_used_at, now)) await withAuthRole(database, (tx) => tx.update(oauthGrants).set({ lastUsedAt: now }).where(eq(oauthGrants.id, row.grant_id)));
  return {
    userId: row.user_id,
    scopes: mcpScopes(z.array(tokenScopeSchema).parse(row.scopes)),
    grantId: row.grant_id,
    clientId: row.client_id,
    clientName: row.client_name,
    resource: row.resource,
    expiresAt,
  };
}

/**
 * Token revocation (RFC 7009) by the client that holds the token: revokes the whole grant, which
 * section 2.1 allows for either kind of token. Unknown tokens and other clients' tokens change
 * nothing and are not reported, so the endpoint tells an attacker nothing.
 */
export async function revokeOAuthToken(database: Database, options: { clientId: string; token: string; now: Date }) {
  await withAuthRole(database, async (tx) => {
    const found = await findToken(tx, options.token);
    if (found && found.grant.clientId === options.clientId) await revokeGrant(tx, found.grant.id, options.now);
  });
}
