import { asc, eq } from 'drizzle-orm';
import type { Transaction } from '../../db/database.ts';
import { cvPassages, cvs } from '../../db/schema.ts';
import type { CvView } from './cv-view.ts';

/** The acting user's CV with its passages in order, or null when they have not uploaded one. */
export async function readCv(db: Transaction, userId: string): Promise<CvView | null> {
  const [cv] = await db.select().from(cvs).where(eq(cvs.userId, userId));
  if (!cv) return null;
  const passages = await db
    .select({ id: cvPassages.id, position: cvPassages.position, section: cvPassages.section, text: cvPassages.text })
    .from(cvPassages)
    .where(eq(cvPassages.userId, userId))
    .orderBy(asc(cvPassages.position));
  return {
    fileName: cv.fileName,
    mediaType: cv.mediaType,
    uploadedAt: cv.uploadedAt.toISOString(),
    text: cv.text,
    passages,
  };
}
