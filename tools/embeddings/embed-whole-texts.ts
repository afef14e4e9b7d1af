import { chunkText } from './chunk-text.ts';
import { meanDirection } from './cosine-similarity.ts';
import type { Embedder } from './embedder.ts';

/**
 * One vector per text that stands for all of it: a text longer than the model reads whole is embedded
 * in chunks, and its vector is their mean direction. For short texts kept whole, such as CV passages,
 * which matches quote word for word.
 */
export async function embedWholeTexts(embedder: Embedder, texts: string[], purpose: 'query' | 'document'): Promise<number[][]> {
  const chunks = texts.map((text) => {
    const pieces = chunkText(text, { maxWords: embedder.maxWords });
    return pieces.length === 0 ? [text] : pieces;
  });
  const vectors = await embedder.embed(chunks.flat(), purpose);
  let offset = 0;
  return chunks.map((pieces) => {
    const own = vectors.slice(offset, (offset += pieces.length));
    return own.length === 1 ? own[0]! : meanDirection(own);
  });
}
