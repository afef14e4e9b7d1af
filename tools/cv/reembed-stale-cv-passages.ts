import { and, eq, sql } from 'drizzle-orm';
import type { Transaction } from '../../db/database.ts';
import { cvPassages } from '../../db/schema.ts';
import { embedWholeTexts } from '../embeddings/embed-whole-texts.ts';
import { toStoredVector, type Embedder } from '../embeddings/embedder.ts';

/**
 * Re-embeds the acting user's CV passages that another model embedded (the key was added or
 * removed since the upload), so matching compares vectors of one model. Returns how many changed.
 */
export async function reembedStaleCvPassages(db: Transaction, userId: string, embedder: Embedder): Promise<number> {
  const stale = await db
    .select({ id: cvPassages.id, text: cvPassages.text })
    .from(cvPassages)
    .where(and(eq(cvPassages.userId, userId), sql`${cvPassages.embeddingModel} is distinct from ${embedder.model}`));
  if (stale.length === 0) return 0;
  const vectors = await embedWholeTexts(embedder, stale.map((passage) => passage.text), 'document');
  for (const [index, passage] of stale.entries()) {
    await db
      .update(cvPassages)
      .set({ embedding: toStoredVector(vectors[index]!), embeddingModel: embedder.model })
      .where(eq(cvPassages.id, passage.id));
  }
  return stale.length;
}
