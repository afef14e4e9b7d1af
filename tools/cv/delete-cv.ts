import { eq } from 'drizzle-orm';
import type { Transaction } from '../../db/database.ts';
import { cvs } from '../../db/schema.ts';

/** Deletes the acting user's CV; its passages and their embeddings go with it (foreign key cascade). */
export async function deleteCv(db: Transaction, userId: string): Promise<boolean> {
  const deleted = await db.delete(cvs).where(eq(cvs.userId, userId)).returning({ userId: cvs.userId });
  return deleted.length > 0;
}
