import { eq } from 'drizzle-orm';
import type { Transaction } from '../../db/database.ts';
import { gmailConnections } from '../../db/schema.ts';
import { UnavailableError } from '../errors.ts';
import type { AccessTokens } from './gmail-api.ts';
import { GrantRevokedError, type GmailAuthorization } from './gmail-authorization.ts';
import type { TokenCipher } from './token-cipher.ts';

/** Google stopped honouring the grant; the connection is marked and the user must connect again. */
export class GmailReconnectNeededError extends UnavailableError {
  constructor() {
    super('Gmail access was withdrawn or has expired: reconnect Gmail on the Integrations page', 'gmail_reconnect_needed');
  }
}

export class GmailNotConnectedError extends UnavailableError {
  constructor() {
    super('Gmail is not connected: connect it on the Integrations page first', 'gmail_not_connected');
  }
}

/**
 * Runs database work as the user: in a transaction of its own (a background sync), or in the one a
 * tool already runs in (embedded PGlite has a single connection, so a second transaction would wait forever).
 */
export type UserScope = <T>(work: (tx: Transaction) => Promise<T>) => Promise<T>;

/** Refresh this long before Google's stated expiry, so a token never lapses mid-request. */
const expiryMarginMs = 60_000;

/**
 * The user's Gmail access token, decrypted when needed and refreshed when expired. A refresh Google
 * refuses marks the connection needs_reconnect, which the Integrations page shows.
 */
export function createAccessTokens(options: {
  scope: UserScope;
  userId: string;
  cipher: TokenCipher;
  authorization: GmailAuthorization;
  now: () => Date;
}): AccessTokens {
  const { scope, userId, cipher, authorization, now } = options;
  let cached: { token: string; expiresAt: Date } | undefined;
  let refreshing: Promise<string> | undefined;

  const fresh = (expiresAt: Date) => expiresAt.getTime() - expiryMarginMs > now().getTime();

  async function loadConnection() {
    const [row] = await scope((tx) => tx.select().from(gmailConnections).where(eq(gmailConnections.userId, userId)));
    if (!row) throw new GmailNotConnectedError();
    if (row.status === 'needs_reconnect') throw new GmailReconnectNeededError();
    return row;
  }

  async function refresh() {
    const row = await loadConnection();
    const refreshToken = cipher.decrypt(row.refreshTokenEncrypted, { userId, field: 'refresh_token' });
    try {
      const grant = await authorization.refresh(refreshToken);
      const newRefreshToken = grant.refreshToken ?? (cipher.needsRotation(row.refreshTokenEncrypted) ? refreshToken : undefined);
      await scope((tx) =>
        tx
          .update(gmailConnections)
          .set({
            accessTokenEncrypted: cipher.encrypt(grant.accessToken, { userId, field: 'access_token' }),
            accessTokenExpiresAt: grant.accessTokenExpiresAt,
            // Rewritten under the current key while Atlas holds it in the clear anyway: rotation needs no batch job.
            ...(newRefreshToken ? { refreshTokenEncrypted: cipher.encrypt(newRefreshToken, { userId, field: 'refresh_token' }) } : {}),
            ...(grant.scopes.length ? { scopes: grant.scopes } : {}),
            updatedAt: now(),
          })
          .where(eq(gmailConnections.userId, userId)),
      );
      cached = { token: grant.accessToken, expiresAt: grant.accessTokenExpiresAt };
      return grant.accessToken;
    } catch (error) {
      if (!(error instanceof GrantRevokedError)) throw error;
      await scope((tx) =>
        tx.update(gmailConnections).set({ status: 'needs_reconnect', updatedAt: now() }).where(eq(gmailConnections.userId, userId)),
      );
      throw new GmailReconnectNeededError();
    }
  }

  const refreshed = () => {
    // Concurrent requests that all saw a 401 share one refresh.
    refreshing ??= refresh().finally(() => (refreshing = undefined));
    return refreshing;
  };

  return {
    async current() {
      if (cached && fresh(cached.expiresAt)) return cached.token;
      const row = await loadConnection();
      if (!fresh(row.accessTokenExpiresAt)) return refreshed();
      cached = { token: cipher.decrypt(row.accessTokenEncrypted, { userId, field: 'access_token' }), expiresAt: row.accessTokenExpiresAt };
      return cached.token;
    },
    refreshed,
  };
}
