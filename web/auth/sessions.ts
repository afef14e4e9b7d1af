import { and, eq, ne, sql } from 'drizzle-orm';
import type { Database } from '../../db/database.ts';
import { queryPreparedDriverRows } from '../../db/query-rows.ts';
import { sessions } from '../../db/schema.ts';
import { createSecretToken, parseSecretToken, secretMatches } from '../../db/secret-token.ts';
import { withAuthRole } from '../../db/with-user.ts';
import { asDate, lastUseIsStale } from '../../db/last-use.ts';

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

/** A new session; `device` is the short name of the browser it is for ("Firefox on Windows"), when known. */
export async function createSession(db: Database, userId: string, now = new Date(), device: string | null = null) {
  const { id, secretHash, token } = createSecretToken();
  const expiresAt = new Date(now.getTime() + sessionLifetimeMs);
  await withAuthRole(db, (tx) => tx.insert(sessions).values({ id, userId, secretHash, expiresAt, createdAt: now, device, lastSeenAt: now }));
  return { id, token, expiresAt };
}

/** As the driver returns it (queryDriverRows): raw SQL skips drizzle's column mapping; times are read with asDate, which takes a Date or text. */
interface SessionWithUserRow {
  id: string;
  user_id: string;
  secret_hash: Uint8Array;
  expires_at: Date | string;
  created_at: Date | string;
  last_seen_at: Date | string | null;
  email: string;
  name: string | null;
}

/**
 * The session a token names, renewed if it is in its second half and marked as seen now (to within
 * five minutes, so most requests write nothing); null when unknown, wrong or expired. Most requests
 * cost one statement, prepared once per connection: the lookup runs as atlas_auth inside `session_with_user` (migration 0035).
 */
export async function validateSessionToken(db: Database, token: string, now = new Date()): Promise<ValidSession | null> {
  const parsed = parseSecretToken(token);
  if (!parsed) return null;
  const [row] = await queryPreparedDriverRows<SessionWithUserRow>(db, 'atlas_session_with_user', sql`select * from session_with_user(${parsed.id})`);
  if (!row || !secretMatches(parsed.secret, row.secret_hash)) return null;
  if (asDate(row.expires_at).getTime() <= now.getTime()) {
    await withAuthRole(db, (tx) => tx.delete(sessions).where(eq(sessions.id, parsed.id)));
    return null;
  }
  let expiresAt = asDate(row.expires_at);
  const renew = expiresAt.getTime() - now.getTime() < renewWhenLessThanMs;
  if (renew) expiresAt = new Date(now.getTime() + sessionLifetimeMs);
  if (renew || lastUseIsStale(row.last_seen_at ?? row.created_at, now)) {
    await withAuthRole(db, (tx) => tx.update(sessions).set({ expiresAt, lastSeenAt: now }).where(eq(sessions.id, parsed.id)));
  }
  return { id: row.id, expiresAt, user: { id: row.user_id, email: row.email, name: row.name } };
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
