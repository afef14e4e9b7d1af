import { eq } from 'drizzle-orm';
import type { Transaction } from '../../db/database.ts';
import { gmailConnections, gmailSyncRuns } from '../../db/schema.ts';
import { ValidationError } from '../errors.ts';
import { gmailModifyScope, type GoogleGrant } from './gmail-authorization.ts';
import type { TokenCipher } from './token-cipher.ts';

export type ConnectionRow = typeof gmailConnections.$inferSelect;

/** What the Integrations page shows about a connection; never a token. */
export interface ConnectionSummary {
  email: string;
  status: ConnectionRow['status'];
  scopes: string[];
  labelling: { enabled: boolean; permitted: boolean };
  /** Whether the user let the chat model read new mail's sender, subject and snippet. */
  modelReading: { enabled: boolean };
  connectedAt: Date;
  lastSyncedAt: Date | null;
}

export function summarizeConnection(row: ConnectionRow): ConnectionSummary {
  return {
    email: row.googleEmail,
    status: row.status,
    scopes: row.scopes,
    labelling: { enabled: row.labellingEnabled, permitted: row.scopes.includes(gmailModifyScope) },
    modelReading: { enabled: row.modelReadingEnabled },
    connectedAt: row.connectedAt,
    lastSyncedAt: row.lastSyncedAt,
  };
}

export async function findConnection(db: Transaction, userId: string) {
  const [row] = await db.select().from(gmailConnections).where(eq(gmailConnections.userId, userId));
  return row;
}

/**
 * Stores what Google granted: a first connection, a reconnection or the labelling upgrade. Tokens are
 * encrypted before they reach the database. Returns whether the mailbox is new to Atlas (a first sync is due).
 */
export async function saveGrant(
  db: Transaction,
  options: { userId: string; grant: GoogleGrant; cipher: TokenCipher; now: Date; enableLabelling: boolean },
): Promise<{ firstConnection: boolean }> {
  const { userId, grant, cipher, now } = options;
  const existing = await findConnection(db, userId);
  const refreshToken = grant.refreshToken;
  const encryptedAccess = cipher.encrypt(grant.accessToken, { userId, field: 'access_token' });
  const encryptedRefresh = refreshToken ? cipher.encrypt(refreshToken, { userId, field: 'refresh_token' }) : undefined;
  const labellingEnabled = options.enableLabelling && grant.scopes.includes(gmailModifyScope);

  // A different mailbox is a new connection: the old cursor and label belong to the other mailbox.
  const sameMailbox = existing && (!grant.email || grant.email.toLowerCase() === existing.googleEmail.toLowerCase());
  if (existing && sameMailbox) {
    await db
      .update(gmailConnections)
      .set({
        accessTokenEncrypted: encryptedAccess,
        accessTokenExpiresAt: grant.accessTokenExpiresAt,
        ...(encryptedRefresh ? { refreshTokenEncrypted: encryptedRefresh } : {}),
        scopes: grant.scopes,
        status: 'connected',
        ...(labellingEnabled ? { labellingEnabled } : {}),
        updatedAt: now,
      })
      .where(eq(gmailConnections.userId, userId));
    return { firstConnection: false };
  }
  if (!grant.email || !encryptedRefresh) {
    throw new ValidationError('Google did not grant offline access to a mailbox; connect Gmail again');
  }
  if (existing) await forgetMailbox(db, userId);
  await db.insert(gmailConnections).values({
    userId,
    googleEmail: grant.email,
    accessTokenEncrypted: encryptedAccess,
    accessTokenExpiresAt: grant.accessTokenExpiresAt,
    refreshTokenEncrypted: encryptedRefresh,
    scopes: grant.scopes,
    labellingEnabled,
    connectedAt: now,
    updatedAt: now,
  });
  return { firstConnection: true };
}

/** Deletes the tokens, history cursor and label id, and the sync runs whose checkpoints point into the mailbox. */
export async function forgetMailbox(db: Transaction, userId: string) {
  await db.delete(gmailSyncRuns).where(eq(gmailSyncRuns.userId, userId));
  const deleted = await db.delete(gmailConnections).where(eq(gmailConnections.userId, userId)).returning({ userId: gmailConnections.userId });
  return deleted.length > 0;
}
