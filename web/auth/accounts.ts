import { eq, sql } from 'drizzle-orm';
import type { Database } from '../../db/database.ts';
import { users } from '../../db/schema.ts';
import { withAuthRole } from '../../db/with-user.ts';
import { ConflictError } from '../../tools/errors.ts';

export type User = typeof users.$inferSelect;

export async function findUserByEmail(db: Database, email: string): Promise<User | undefined> {
  const [user] = await withAuthRole(db, (tx) =>
    tx.select().from(users).where(sql`lower(${users.email}) = lower(${email})`),
  );
  return user;
}

export async function findUserById(db: Database, id: string): Promise<User | undefined> {
  const [user] = await withAuthRole(db, (tx) => tx.select().from(users).where(eq(users.id, id)));
  return user;
}

export async function createPasswordUser(
  db: Database,
  account: { email: string; name?: string | undefined; passwordHash: string },
): Promise<User> {
  const [user] = await withAuthRole(db, (tx) =>
    tx
      .insert(users)
      .values({ email: account.email, name: account.name ?? null, passwordHash: account.passwordHash })
      .onConflictDoNothing()
      .returning(),
  );
  if (!user) throw new ConflictError('An account with this email already exists; sign in instead');
  return user;
}

export async function setPasswordHash(db: Database, userId: string, passwordHash: string) {
  await withAuthRole(db, (tx) => tx.update(users).set({ passwordHash }).where(eq(users.id, userId)));
}
