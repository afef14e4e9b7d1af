import { and, eq, ne } from 'drizzle-orm';
import type { Database } from '../../db/database.ts';
import { sessions, users } from '../../db/schema.ts';
import { createSecretToken, parseSecretToken, secretMatches } from '../../db/secret-token.ts';
import { withAuthRole } from '../../db/with-user.ts';

const day = 24 * 60 * 60 * 1000;
/** Sessions last 30 days from the last visit: renewed whenever fewer than 15 remain. */
export const sessionLifetimeMs = 30 * day;
const renewWhenLessThanMs = 15 * day;

export interface SessionUser {
  id: string;
  email: string;
  name: string | null;
}

export interface ValidSession {
  id: string;
  expiresAt: Date;
  user: SessionUser;
}

/** How stale a session's last-seen time may get before a request writes it again. */
const lastSeenPrecisionMs = 5 * 60 * 1000;

/** A new session; `device` is the short name of the browser it is for ("Firefox on Windows"), when known. */
export async function createSession(db: Database, userId: string, now = new Date(), device: string | null = null) {
  const { id, secretHash, token } = createSecretToken();
  const expiresAt = new Date(now.getTime() + sessionLifetimeMs);
  await withAuthRole(db, (tx) => tx.insert(sessions).values({ id, userId, secretHash, expiresAt, createdAt: now, device, lastSeenAt: now }));
  return { id, token, expiresAt };
}

/**
 * The session a token names, renewed if it is in its second half and marked as seen now (to within
 * five minutes, so most requests write nothing); null when unknown, wrong or expired.
 */
export function validateSessionToken(db: Database, token: string, now = new Date()): Promise<ValidSession | null> {
  const parsed = parseSecretToken(token);
  if (!parsed) return Promise.resolve(null);
  return withAuthRole(db, async (tx) => {
    const [row] = await tx
      .select({ session: sessions, user: { id: users.id, email: users.email, name: users.name } })
      .from(sessions)
      .innerJoin(users, eq(users.id, sessions.userId))
      .where(eq(sessions.id, parsed.id));
    if (!row || !secretMatches(parsed.secret, row.session.secretHash)) return null;
    if (row.session.expiresAt.getTime() <= now.getTime()) {
      await tx.delete(sessions).where(eq(sessions.id, parsed.id));
      return null;
    }
    let expiresAt = row.session.expiresAt;
    const renew = expiresAt.getTime() - now.getTime() < renewWhenLessThanMs;
    if (renew) expiresAt = new Date(now.getTime() + sessionLifetimeMs);
    const lastSeen = row.session.lastSeenAt ?? row.session.createdAt;
    if (renew || now.getTime() - lastSeen.getTime() >= lastSeenPrecisionMs) {
      await tx.update(sessions).set({ expiresAt, lastSeenAt: now }).where(eq(sessions.id, parsed.id));
    }
    return { id: row.session.id, expiresAt, user: row.user };
  });
}

export async function invalidateSession(db: Database, sessionId: string) {
  await withAuthRole(db, (tx) => tx.delete(sessions).where(eq(sessions.id, sessionId)));
}

/** Ends every session of the user except the one making the request (after a password change). */
export async function invalidateOtherSessions(db: Database, userId: string, keepSessionId: string) {
  await withAuthRole(db, (tx) =>
    tx.delete(sessions).where(and(eq(sessions.userId, userId), ne(sessions.id, keepSessionId))),
  );
}
