import type { Config } from '../config.ts';
import type { Embedder } from '../tools/embeddings/embedder.ts';
import { createOfflineEmbedder } from '../tools/embeddings/offline-embedder.ts';
import { createGeminiEmbedder } from './gemini-embedder.ts';

/**
 * Gemini embeddings when a key is configured, the offline model otherwise, so search and matching
 * work with no key and no network. Switching changes the model id, and stale vectors are re-embedded.
 */
export function createEmbedder(config: Config): Embedder {
  if (!config.GOOGLE_GENERATIVE_AI_API_KEY) return createOfflineEmbedder({ workers: config.ATLAS_EMBEDDING_WORKERS });
  return createGeminiEmbedder({ apiKey: config.GOOGLE_GENERATIVE_AI_API_KEY, baseURL: config.GEMINI_BASE_URL });
}
