import { eq } from 'drizzle-orm';
import type { Database } from '../../db/database.ts';
import { gmailConnections } from '../../db/schema.ts';
import { withUser } from '../../db/with-user.ts';
import { forgetMailbox } from './connection.ts';
import type { GmailService } from './gmail-service.ts';

export interface DisconnectOutcome {
  /** False when there was no connection. */
  disconnected: boolean;
  /** False when Google could not be reached or the token could not be read: the user should remove Atlas at https://myaccount.google.com/permissions. */
  revokedAtGoogle: boolean;
}

/**
 * Disconnects Gmail (promise 15): revokes the grant at Google, then deletes the stored tokens, history
 * cursor, label id and sync checkpoints at once. The tokens are deleted even when Google cannot be
 * reached. Account deletion calls this before deleting the user. Signals and contacts already in the
 * pipeline stay until the user deletes them.
 */
export async function disconnectGmail(options: { database: Database; userId: string; gmail: GmailService | undefined }): Promise<DisconnectOutcome> {
  const { database, userId, gmail } = options;
  const [row] = await withUser(database, userId, (tx) => tx.select().from(gmailConnections).where(eq(gmailConnections.userId, userId)));
  if (!row) return { disconnected: false, revokedAtGoogle: false };
  let revokedAtGoogle = false;
  if (gmail) {
    try {
      // Revoking the refresh token ends the whole grant, access tokens included.
      await gmail.authorization.revoke(gmail.cipher.decrypt(row.refreshTokenEncrypted, { userId, field: 'refresh_token' }));
      revokedAtGoogle = true;
    } catch {
      revokedAtGoogle = false;
    }
  }
  await withUser(database, userId, (tx) => forgetMailbox(tx, userId));
  return { disconnected: true, revokedAtGoogle };
}
