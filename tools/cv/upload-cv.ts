import { eq } from 'drizzle-orm';
import type { Database } from '../../db/database.ts';
import { cvPassages, cvs } from '../../db/schema.ts';
import { withUser } from '../../db/with-user.ts';
import { embedWholeTexts } from '../embeddings/embed-whole-texts.ts';
import { toStoredVector, type Embedder } from '../embeddings/embedder.ts';
import type { CvView } from './cv-view.ts';
import { cvMediaTypes, type CvFile } from './detect-cv-format.ts';
import { readCv } from './read-cv.ts';
import { readCvFileOffThread } from './read-cv-file-off-thread.ts';

export interface CvUpload {
  database: Database;
  userId: string;
  embedder: Embedder;
  file: CvFile;
  now?: () => Date;
}

/**
 * Reads an uploaded CV, splits and embeds it, then replaces the user's CV and every passage derived
 * from the old one in one transaction (privacy promise 20). Everything that can fail — reading the
 * file (in a worker thread, within time and memory limits), the embedding call — happens first, so a
 * failed upload leaves the previous CV exactly as it was.
 */
export async function uploadCv({ database, userId, embedder, file, now = () => new Date() }: CvUpload): Promise<CvView> {
  const { format, text, passages } = await readCvFileOffThread(file);
  // In chunks the model reads whole, each passage one vector, so matches still quote passages verbatim.
  const vectors = await embedWholeTexts(
    embedder,
    passages.map((passage) => passage.text),
    'document',
  );

  return withUser(database, userId, async (db) => {
    await db.delete(cvs).where(eq(cvs.userId, userId));
    await db.insert(cvs).values({
      userId,
      fileName: file.fileName.trim().slice(0, 255) || 'cv',
      mediaType: cvMediaTypes[format],
      text,
      uploadedAt: now(),
    });
    await db.insert(cvPassages).values(
      passages.map((passage, position) => ({
        userId,
        position,
        section: passage.section,
        text: passage.text,
        embedding: toStoredVector(vectors[position]!),
        embeddingModel: embedder.model,
      })),
    );
    return (await readCv(db, userId))!;
  });
}
