import { and, desc, eq, isNull } from 'drizzle-orm';
import type { Database } from '../../db/database.ts';
import { oauthClients, oauthGrants } from '../../db/schema.ts';
import { withUser } from '../../db/with-user.ts';
import { NotFoundError } from '../../tools/errors.ts';
import { revokeGrant } from './oauth-tokens.ts';

/** The MCP clients a user let in through OAuth and has not disconnected, newest first. */
export function listConnectedApps(database: Database, userId: string) {
  return withUser(database, userId, (tx) =>
    tx
      .select({
        id: oauthGrants.id,
        clientName: oauthClients.name,
        scopes: oauthGrants.scopes,
        createdAt: oauthGrants.createdAt,
        lastUsedAt: oauthGrants.lastUsedAt,
      })
      .from(oauthGrants)
      .innerJoin(oauthClients, eq(oauthClients.id, oauthGrants.clientId))
      .where(isNull(oauthGrants.revokedAt))
      .orderBy(desc(oauthGrants.createdAt)),
  );
}

/** Disconnects one of the user's clients: its tokens stop working at once. Another user's grant is not found. */
export async function disconnectApp(database: Database, options: { userId: string; grantId: string; now: Date }) {
  await withUser(database, options.userId, async (tx) => {
    const [grant] = await tx
      .select({ id: oauthGrants.id })
      .from(oauthGrants)
      .where(and(eq(oauthGrants.id, options.grantId), isNull(oauthGrants.revokedAt)));
    if (!grant) throw new NotFoundError('Connected app', options.grantId);
    await revokeGrant(tx, grant.id, options.now);
  });
}
