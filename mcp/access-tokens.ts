import { desc, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Database } from '../db/database.ts';
import { asDate, lastUseIsStale } from '../db/last-use.ts';
import { queryDriverRows } from '../db/query-rows.ts';
import { accessTokens } from '../db/schema.ts';
import { createSecretToken, parseSecretToken, secretMatches } from '../db/secret-token.ts';
import { withAuthRole, withUser } from '../db/with-user.ts';
import { recordAuditEvent, type AuditEntry } from '../tools/audit/audit-log.ts';
import { NotFoundError } from '../tools/errors.ts';
import { storableText } from '../tools/storable-input.ts';

/** Marks the token as Atlas's in logs, config files and secret scanners. */
const tokenPrefix = 'atlas_pat_';
const day = 24 * 60 * 60 * 1000;

/** The scopes MCP clients and scripts use, which OAuth grants too. */
export const accessTokenScopeSchema = z.enum(['read', 'write']);
export type AccessTokenScope = z.infer<typeof accessTokenScopeSchema>;

/**
 * The browser extension's scope: it reads a posting, scores it and saves it, and nothing else. A key
 * has it alone, so a key lifted from a browser profile cannot read the CV, mail or the whole pipeline.
 */
export const saveJobsScope = 'save-jobs';
export const tokenScopeSchema = z.enum([...accessTokenScopeSchema.options, saveJobsScope]);
export type TokenScope = z.infer<typeof tokenScopeSchema>;

/** The MCP scopes among a credential's scopes: none for a save-jobs key, which MCP therefore refuses. */
export function mcpScopes(scopes: readonly TokenScope[]): AccessTokenScope[] {
  return scopes.filter((scope): scope is AccessTokenScope => accessTokenScopeSchema.safeParse(scope).success);
}

export const newAccessTokenSchema = z.object({
  name: storableText().trim().min(1).max(100).describe('What the token is for, e.g. "Claude Desktop on my laptop"'),
  scopes: z
    .array(tokenScopeSchema)
    .min(1)
    .refine(
      (scopes) => (scopes.includes(saveJobsScope) ? scopes.every((scope) => scope === saveJobsScope) : scopes.includes('read')),
      'A token has the read scope (add write to let it change data), or save-jobs alone for the browser extension',
    )
    .transform((scopes) => tokenScopeSchema.options.filter((scope) => scopes.includes(scope)))
    .describe('["read"] to look only, ["read", "write"] to also change applications, ["save-jobs"] for the browser extension'),
  expiresInDays: z.number().int().min(1).max(365).optional().describe('Days until the token stops working; unset: never'),
});
export type NewAccessToken = z.infer<typeof newAccessTokenSchema>;

/** What the owner may see of a token: everything except its secret and hash. */
export interface AccessTokenView {
  id: string;
  name: string;
  scopes: TokenScope[];
  createdAt: Date;
  lastUsedAt: Date | null;
  expiresAt: Date | null;
  revokedAt: Date | null;
}

/** What access_token_by_id returns, as both drivers give it. */
interface AccessTokenRow {
  id: string;
  user_id: string;
  name: string;
  scopes: string[];
  secret_hash: Uint8Array;
  last_used_at: Date | string | null;
  expires_at: Date | string | null;
  revoked_at: Date | string | null;
}

export interface VerifiedAccessToken {
  userId: string;
  scopes: TokenScope[];
  tokenId: string;
  /** The name its owner gave it, which the audit log shows. */
  name: string;
}

const viewColumns = {
  id: accessTokens.id,
  name: accessTokens.name,
  scopes: accessTokens.scopes,
  createdAt: accessTokens.createdAt,
  lastUsedAt: accessTokens.lastUsedAt,
  expiresAt: accessTokens.expiresAt,
  revokedAt: accessTokens.revokedAt,
};

/** How the audit log names a call made with a personal access token. */
export function accessTokenLabel(name: string) {
  return `access token "${name}"`;
}

/** Creates a token for the user; the returned `token` is the only time its secret exists outside the client. */
export async function createAccessToken(
  db: Database,
  options: { userId: string; now: Date } & NewAccessToken,
): Promise<{ token: string; accessToken: AccessTokenView }> {
  const { id, secretHash, token } = createSecretToken(tokenPrefix);
  const expiresAt = options.expiresInDays ? new Date(options.now.getTime() + options.expiresInDays * day) : null;
  const [accessToken] = await withUser(db, options.userId, (tx) =>
    tx
      .insert(accessTokens)
      .values({ id, userId: options.userId, name: options.name, scopes: options.scopes, secretHash, expiresAt, createdAt: options.now })
      .returning(viewColumns),
  );
  return { token, accessToken: accessToken! };
}

/** The user's tokens, newest first, revoked and expired ones included so the owner can tell what happened. */
export function listAccessTokens(db: Database, userId: string): Promise<AccessTokenView[]> {
  return withUser(db, userId, (tx) => tx.select(viewColumns).from(accessTokens).orderBy(desc(accessTokens.createdAt)));
}

/**
 * Revokes one of the user's tokens; revoking twice keeps the first time. Another user's token is not
 * found. `audit`, when given, is written in the same transaction (a revocation no session made).
 */
export async function revokeAccessToken(db: Database, options: { userId: string; tokenId: string; now: Date; audit?: AuditEntry }) {
  const [revoked] = await withUser(db, options.userId, async (tx) => {
    const rows = await tx
      .update(accessTokens)
      .set({ revokedAt: sql`coalesce(${accessTokens.revokedAt}, ${options.now.toISOString()}::timestamptz)` })
      .where(eq(accessTokens.id, options.tokenId))
      .returning(viewColumns);
    if (rows.length > 0 && options.audit) await recordAuditEvent(tx, options.audit, options.now);
    return rows;
  });
  if (!revoked) throw new NotFoundError('Access token', options.tokenId);
  return revoked;
}

/**
 * Who a presented token acts for, and with which scopes; null when it is malformed, unknown, has the
 * wrong secret, is revoked or has expired. Runs before a user is known, hence the auth role.
 */
export async function verifyAccessToken(db: Database, token: string, now: Date): Promise<VerifiedAccessToken | null> {
  const parsed = parseSecretToken(token, tokenPrefix);
  if (!parsed) return null;
  // One statement: the lookup runs as atlas_auth inside access_token_by_id (migration 0039).
  const [row] = await queryDriverRows<AccessTokenRow>(db, sql`select * from access_token_by_id(${parsed.id})`);
  if (!row || !secretMatches(parsed.secret, row.secret_hash)) return null;
  if (row.revoked_at || (row.expires_at && asDate(row.expires_at).getTime() <= now.getTime())) return null;
  if (lastUseIsStale(row.last_used_at, now)) await withAuthRole(db, (tx) => tx.update(accessTokens).set({ lastUsedAt: now }).where(eq(accessTokens.id, row.id)));
  return { userId: row.user_id, scopes: z.array(tokenScopeSchema).parse(row.scopes), tokenId: row.id, name: row.name };
}
