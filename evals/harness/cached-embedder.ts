import type { Embedder } from '../../tools/embeddings/embedder.ts';

/**
 * The same embedder, remembering each vector it made during this run: scenarios reseed the same
 * postings and CVs over and over, and the offline model takes a tenth of a second per text. A vector
 * depends only on the model, the text and its purpose, so a remembered one is the one it would make.
 */
export function rememberingEmbedder(embedder: Embedder): Embedder {
  const vectors = new Map<string, number[]>();
  return {
    model: embedder.model,
    maxWords: embedder.maxWords,
    async embed(texts, purpose) {
      const key = (text: string) => `${purpose}\u0000${text}`;
      const missing = [...new Set(texts.filter((text) => !vectors.has(key(text))))];
      if (missing.length > 0) {
        const made = await embedder.embed(missing, purpose);
        missing.forEach((text, index) => vectors.set(key(text), made[index]!));
      }
      return texts.map((text) => vectors.get(key(text))!);
    },
  };
}
