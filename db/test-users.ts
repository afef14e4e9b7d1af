import { randomUUID } from 'node:crypto';
import { users } from './schema.ts';
import type { Database } from './database.ts';
import { withAuthRole } from './with-user.ts';

/** Creates a user with a unique email, the way sign-up does, for a test that needs its own account. */
export async function createTestUser(db: Database, name = 'Test User') {
  const email = `${randomUUID()}@example.test`;
  const [user] = await withAuthRole(db, (tx) => tx.insert(users).values({ email, name }).returning());
  if (!user) throw new Error('user was not created');
  return user;
}
