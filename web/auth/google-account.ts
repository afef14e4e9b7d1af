import { eq, sql } from 'drizzle-orm';
import type { Database } from '../../db/database.ts';
import { sessions, users } from '../../db/schema.ts';
import { withAuthRole } from '../../db/with-user.ts';
import { ConflictError } from '../../tools/errors.ts';
import type { User } from './accounts.ts';
import type { GoogleIdTokenClaims } from './google-sign-in.ts';

/**
 * The Atlas user a Google identity signs in as: the account already linked to it; else the account
 * with the same email, linked now, when Google has verified that email; else a new account without a
 * password. One transaction, so a refused or failed sign-in writes nothing.
 */
export function findOrCreateGoogleUser(db: Database, claims: GoogleIdTokenClaims): Promise<User> {
  return withAuthRole(db, async (tx) => {
    const [linked] = await tx.select().from(users).where(eq(users.googleSubject, claims.sub));
    if (linked) return linked;

    const [sameEmail] = await tx
      .select()
      .from(users)
      .where(sql`lower(${users.email}) = lower(${claims.email})`)
      .for('update');
    if (sameEmail) {
      // Google vouching for the address is what makes this person its owner; without that, anyone
      // could claim an Atlas account by creating a Google account with its email.
      if (!claims.email_verified) {
        throw new ConflictError(
          'An Atlas account already uses this email, and Google has not verified that the address is yours, so it cannot be linked; sign in with your password instead',
        );
      }
      if (sameEmail.googleSubject) {
        throw new ConflictError('The Atlas account with this email is linked to a different Google account');
      }
      // Nobody proved they own this address when its password was set: it may be someone else's
      // pre-registration (account pre-hijacking), so that password and its sessions end here.
      const passwordUnproven = !sameEmail.emailVerified;
      if (passwordUnproven) await tx.delete(sessions).where(eq(sessions.userId, sameEmail.id));
      const [updated] = await tx
        .update(users)
        .set({
          googleSubject: claims.sub,
          emailVerified: true,
          name: sameEmail.name ?? (claims.name || null),
          passwordHash: passwordUnproven ? null : sameEmail.passwordHash,
        })
        .where(eq(users.id, sameEmail.id))
        .returning();
      return updated!;
    }

    const [created] = await tx
      .insert(users)
      .values({ email: claims.email, emailVerified: claims.email_verified, name: claims.name || null, googleSubject: claims.sub })
      .onConflictDoNothing()
      .returning();
    // Only a concurrent sign-in with the same Google account or email gets here.
    if (!created) throw new ConflictError('This account was being created at the same moment; try signing in again');
    return created;
  });
}
