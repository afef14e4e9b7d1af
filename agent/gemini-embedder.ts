import { createGoogleGenerativeAI, type GoogleEmbeddingModelOptions } from '@ai-sdk/google';
import { APICallError, embedMany, RetryError } from 'ai';
import type { Embedder } from '../tools/embeddings/embedder.ts';
import { storedVectorDimensions } from '../tools/embeddings/embedder.ts';
import { UpstreamError } from '../tools/errors.ts';

const geminiEmbeddingModel = 'gemini-embedding-001';

/**
 * Gemini embeddings through the AI SDK provider, shortened to the width of our vector columns (the
 * model is trained so a prefix of its 3072 dimensions still works). `baseURL` points it at a proxy
 * or a local stub. The provider sends at most 100 texts per `batchEmbedContents` call, the API's limit.
 */
export function createGeminiEmbedder(options: { apiKey: string; baseURL?: string }): Embedder {
  const google = createGoogleGenerativeAI({ apiKey: options.apiKey, baseURL: options.baseURL });
  const model = google.embedding(geminiEmbeddingModel);
  return {
    model: `${geminiEmbeddingModel}@${storedVectorDimensions}`,
    // The API reads 2,048 tokens of a text; at about 1.3 tokens per English word this leaves room for the heading.
    maxWords: 1_200,
    async embed(texts, purpose) {
      if (texts.length === 0) return [];
      const google: GoogleEmbeddingModelOptions = {
        outputDimensionality: storedVectorDimensions,
        taskType: purpose === 'query' ? 'RETRIEVAL_QUERY' : 'RETRIEVAL_DOCUMENT',
      };
      try {
        // Two calls at a time: a re-embedding run of a large catalogue should not trip the per-minute quota.
        const { embeddings } = await embedMany({ model, values: texts, maxParallelCalls: 2, providerOptions: { google } });
        return embeddings;
      } catch (error) {
        // After retries the SDK wraps the last HTTP failure; its status says whether to try again later.
        const cause = RetryError.isInstance(error) ? error.lastError : error;
        const status = APICallError.isInstance(cause) ? cause.statusCode : undefined;
        throw new UpstreamError('Gemini embeddings', status ? `the API answered ${status}` : 'the API could not be reached', status);
      }
    },
  };
}
