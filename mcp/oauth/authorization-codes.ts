import { InvalidGrantError, InvalidTargetError } from '@modelcontextprotocol/sdk/server/auth/errors.js';
import type { OAuthTokens } from '@modelcontextprotocol/sdk/shared/auth.js';
import { eq, lte } from 'drizzle-orm';
import type { Database, Transaction } from '../../db/database.ts';
import { oauthAuthorizationCodes, oauthGrants } from '../../db/schema.ts';
import { createSecretToken, parseSecretToken, secretMatches } from '../../db/secret-token.ts';
import { withAuthRole, withUser } from '../../db/with-user.ts';
import { mcpScopes, type AccessTokenScope } from '../access-tokens.ts';
import { isSameResource } from './mcp-resource.ts';
import { issueTokens, revokeGrant, settle, type Outcome } from './oauth-tokens.ts';

const codePrefix = 'atlas_oac_';
/** Long enough for a client to receive the redirect and call the token endpoint, no longer. */
const codeLifetimeMs = 5 * 60 * 1000;

/** What the user consented to, frozen into the code the client exchanges. */
export interface ConsentedAuthorization {
  userId: string;
  clientId: string;
  redirectUri: string;
  codeChallenge: string;
  scopes: AccessTokenScope[];
  resource: string;
}

/** Issues a one-time code for a consented authorization; only its hash is stored. */
export async function createAuthorizationCode(database: Database, authorization: ConsentedAuthorization & { now: Date }) {
  const { id, secretHash, token } = createSecretToken(codePrefix);
  const { now, ...consented } = authorization;
  await withUser(database, authorization.userId, async (tx) => {
    // The user's expired codes can no longer be exchanged or replayed, so nothing needs them.
    await tx.delete(oauthAuthorizationCodes).where(lte(oauthAuthorizationCodes.expiresAt, now));
    await tx.insert(oauthAuthorizationCodes).values({
      ...consented,
      id,
      secretHash,
      expiresAt: new Date(now.getTime() + codeLifetimeMs),
      createdAt: now,
    });
  });
  return token;
}

const unknownCode = () => new InvalidGrantError('The authorization code is unknown or was issued to another client');

/**
 * The code's row when this client may still exchange it. A code presented a second time is refused
 * and the grant it was exchanged for is revoked (RFC 6749 section 4.1.2): someone else has the code.
 */
async function usableCode(tx: Transaction, options: { clientId: string; code: string; now: Date }): Promise<Outcome<typeof oauthAuthorizationCodes.$inferSelect>> {
  const parsed = parseSecretToken(options.code, codePrefix);
  if (!parsed) return { refusal: unknownCode() };
  const [row] = await tx.select().from(oauthAuthorizationCodes).where(eq(oauthAuthorizationCodes.id, parsed.id)).for('update');
  if (!row || row.clientId !== options.clientId || !secretMatches(parsed.secret, row.secretHash)) return { refusal: unknownCode() };
  if (row.usedAt) {
    if (row.grantId) await revokeGrant(tx, row.grantId, options.now);
    return { refusal: new InvalidGrantError('The authorization code was already used; the tokens issued for it are revoked') };
  }
  if (row.expiresAt.getTime() <= options.now.getTime()) return { refusal: new InvalidGrantError('The authorization code has expired') };
  return { value: row };
}

/** The PKCE challenge the code was issued with, for the SDK's token handler to check the verifier against. */
export function authorizationCodeChallenge(database: Database, options: { clientId: string; code: string; now: Date }): Promise<string> {
  return settle(
    withAuthRole(database, async (tx): Promise<Outcome<string>> => {
      const outcome = await usableCode(tx, options);
      return 'refusal' in outcome ? outcome : { value: outcome.value.codeChallenge };
    }),
  );
}

/**
 * Exchanges a code (whose PKCE verifier the SDK has checked) for a new grant and its first tokens.
 * The redirect URI and resource, when the client sends them, must be the ones the code was issued for.
 */
export function redeemAuthorizationCode(
  database: Database,
  options: { clientId: string; code: string; redirectUri?: string; resource?: URL; now: Date },
): Promise<OAuthTokens> {
  const { now } = options;
  return settle(
    withAuthRole(database, async (tx): Promise<Outcome<OAuthTokens>> => {
      const outcome = await usableCode(tx, options);
      if ('refusal' in outcome) return outcome;
      const code = outcome.value;
      if (options.redirectUri !== undefined && options.redirectUri !== code.redirectUri) {
        return { refusal: new InvalidGrantError('redirect_uri differs from the one the authorization code was issued for') };
      }
      if (options.resource && !isSameResource(options.resource.href, code.resource)) {
        return { refusal: new InvalidTargetError(`The authorization code was issued for ${code.resource}`) };
      }
      const [grant] = await tx
        .insert(oauthGrants)
        .values({ userId: code.userId, clientId: code.clientId, scopes: code.scopes, resource: code.resource, createdAt: now })
        .returning({ id: oauthGrants.id });
      await tx.update(oauthAuthorizationCodes).set({ usedAt: now, grantId: grant!.id }).where(eq(oauthAuthorizationCodes.id, code.id));
      return { value: await issueTokens(tx, { grantId: grant!.id, userId: code.userId, scopes: mcpScopes(code.scopes) }, now) };
    }),
  );
}
