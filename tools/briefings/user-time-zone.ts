import { eq } from 'drizzle-orm';
import type { Transaction } from '../../db/database.ts';
import { users } from '../../db/schema.ts';

/** The IANA zone the user's Monday morning is read in; UTC until they choose one. */
export async function readTimeZone(db: Transaction, userId: string) {
  const [user] = await db.select({ timeZone: users.timeZone }).from(users).where(eq(users.id, userId));
  return user?.timeZone ?? 'UTC';
}

export async function setTimeZone(db: Transaction, options: { userId: string; timeZone: string }) {
  await db.update(users).set({ timeZone: options.timeZone }).where(eq(users.id, options.userId));
}
