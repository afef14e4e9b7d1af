import type { Database } from '../db/database.ts';
import { applications } from '../db/schema.ts';
import { withUser } from '../db/with-user.ts';

type NewApplication = Omit<typeof applications.$inferInsert, 'userId'>;

/** Puts applications into a user's pipeline, as that user, for a test that needs them. */
export function seedApplications(db: Database, userId: string, rows: NewApplication[]) {
  return withUser(db, userId, (tx) =>
    tx
      .insert(applications)
      .values(rows.map((row) => ({ ...row, userId })))
      .returning(),
  );
}
