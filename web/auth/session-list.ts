import { and, asc, eq, gt } from 'drizzle-orm';
import type { Database } from '../../db/database.ts';
import { sessions } from '../../db/schema.ts';
import { withUser } from '../../db/with-user.ts';

/** A signed-in browser or device as the user sees it: never the token, its id or its hash. */
export interface SessionSummary {
  /** "Firefox on Windows", or null when the browser did not say. */
  device: string | null;
  createdAt: Date;
  /** The last request made with it, to within five minutes. */
  lastSeenAt: Date;
  expiresAt: Date;
  current: boolean;
}

/** The user's unexpired sessions, oldest first, with the one making the request marked. */
export async function listSessions(db: Database, options: { userId: string; currentSessionId: string; now: Date }): Promise<SessionSummary[]> {
  const rows = await withUser(db, options.userId, (tx) =>
    tx
      .select({ id: sessions.id, device: sessions.device, createdAt: sessions.createdAt, lastSeenAt: sessions.lastSeenAt, expiresAt: sessions.expiresAt })
      .from(sessions)
      .where(and(eq(sessions.userId, options.userId), gt(sessions.expiresAt, options.now)))
      .orderBy(asc(sessions.createdAt)),
  );
  return rows.map(({ id, lastSeenAt, ...row }) => ({ ...row, lastSeenAt: lastSeenAt ?? row.createdAt, current: id === options.currentSessionId }));
}
