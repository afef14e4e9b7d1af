import { eq } from 'drizzle-orm';
import type { Database } from '../../db/database.ts';
import { calendarFeeds } from '../../db/schema.ts';
import { createSecretToken, parseSecretToken, secretMatches } from '../../db/secret-token.ts';
import { withAuthRole, withUser } from '../../db/with-user.ts';

/** Marks the address's secret as Atlas's calendar feed in logs and secret scanners. */
const feedPrefix = 'atlas_cal_';

export interface CalendarFeedStatus {
  active: boolean;
  createdAt: Date | null;
  lastFetchedAt: Date | null;
}

/**
 * Makes a new secret for the user's feed, ending the old one: the returned token is the only time the
 * secret exists outside the calendar app; only its SHA-256 is kept.
 */
export async function createCalendarFeedSecret(db: Database, options: { userId: string; now: Date }): Promise<string> {
  const { id, secretHash, token } = createSecretToken(feedPrefix);
  await withUser(db, options.userId, async (tx) => {
    await tx.delete(calendarFeeds);
    await tx.insert(calendarFeeds).values({ id, userId: options.userId, secretHash, createdAt: options.now });
  });
  return token;
}

export async function calendarFeedStatus(db: Database, userId: string): Promise<CalendarFeedStatus> {
  const [feed] = await withUser(db, userId, (tx) => tx.select().from(calendarFeeds));
  return { active: Boolean(feed), createdAt: feed?.createdAt ?? null, lastFetchedAt: feed?.lastFetchedAt ?? null };
}

/** Ends the feed's address at once; calendar apps that fetch it from then on are told it does not exist. */
export async function revokeCalendarFeed(db: Database, userId: string): Promise<boolean> {
  const deleted = await withUser(db, userId, (tx) => tx.delete(calendarFeeds).returning({ id: calendarFeeds.id }));
  return deleted.length > 0;
}

/**
 * Whose feed a presented secret opens; null when it is malformed, unknown, wrong or revoked. Calendar
 * apps send no session, so this runs before a user is known, as sign-in's role.
 */
export function verifyCalendarFeedSecret(db: Database, token: string, now: Date): Promise<string | null> {
  const parsed = parseSecretToken(token, feedPrefix);
  if (!parsed) return Promise.resolve(null);
  return withAuthRole(db, async (tx) => {
    const [feed] = await tx.select().from(calendarFeeds).where(eq(calendarFeeds.id, parsed.id));
    if (!feed || !secretMatches(parsed.secret, feed.secretHash)) return null;
    await tx.update(calendarFeeds).set({ lastFetchedAt: now }).where(eq(calendarFeeds.id, feed.id));
    return feed.userId;
  });
}
