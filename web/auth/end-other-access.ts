import { and, eq, isNull, ne, sql } from 'drizzle-orm';
import type { Database } from '../../db/database.ts';
import { accessTokens, oauthGrants, sessions } from '../../db/schema.ts';
import { withAuthRole, withUser } from '../../db/with-user.ts';
import { revokeGrant } from '../../mcp/oauth/oauth-tokens.ts';

/** What ended, so the answer can say so. */
export interface EndedAccess {
  sessions: number;
  accessTokens: number;
  connectedApps: number;
}

/**
 * Ends everything that signed in with the old password's authority except the session asking: a
 * password is changed because it may be known, and whoever knew it may have made a session, an access
 * token or an OAuth grant for an MCP app. Tokens and grants end in one transaction; the user creates
 * new ones after, knowing which they are.
 */
export async function endOtherAccess(database: Database, options: { userId: string; keepSessionId: string; now: Date }): Promise<EndedAccess> {
  const { userId, keepSessionId, now } = options;
  const revoked = await withUser(database, userId, async (tx) => {
    const tokens = await tx
      .update(accessTokens)
      .set({ revokedAt: sql`${now.toISOString()}::timestamptz` })
      .where(isNull(accessTokens.revokedAt))
      .returning({ id: accessTokens.id });
    const grants = await tx.select({ id: oauthGrants.id }).from(oauthGrants).where(isNull(oauthGrants.revokedAt));
    for (const grant of grants) await revokeGrant(tx, grant.id, now);
    return { accessTokens: tokens.length, connectedApps: grants.length };
  });
  const ended = await withAuthRole(database, (tx) =>
    tx
      .delete(sessions)
      .where(and(eq(sessions.userId, userId), ne(sessions.id, keepSessionId)))
      .returning({ id: sessions.id }),
  );
  return { sessions: ended.length, ...revoked };
}
