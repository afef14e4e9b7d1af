import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../config.ts';
import { UpstreamError } from '../tools/errors.ts';
import { createEmbedder } from './create-embedder.ts';
import { createGeminiEmbedder } from './gemini-embedder.ts';
import { startGeminiEmbeddingStub, stubEmbedding, type GeminiEmbeddingStub } from './test-gemini-embedding-stub.ts';

const apiKey = 'test-gemini-key';

describe('Gemini embedder', () => {
  let stub: GeminiEmbeddingStub;
  beforeAll(async () => {
    stub = await startGeminiEmbeddingStub({ apiKey });
  });
  afterAll(() => stub.close());
  beforeEach(() => {
    stub.calls.length = 0;
    stub.failWith(null);
  });

  it('embeds 250 documents in three batches of at most 100, keeping their order', async () => {
    const embedder = createGeminiEmbedder({ apiKey, baseURL: stub.baseURL });
    const texts = Array.from({ length: 250 }, (_, index) => `Posting ${index}: backend engineer, Go and PostgreSQL`);

    const vectors = await embedder.embed(texts, 'document');

    expect(stub.calls.map((call) => [call.method, call.requests.length])).toEqual([
      ['batchEmbedContents', 100],
      ['batchEmbedContents', 100],
      ['batchEmbedContents', 50],
    ]);
    expect(vectors).toHaveLength(250);
    expect(vectors[0]).toEqual(stubEmbedding(texts[0]!, 768));
    expect(vectors[249]).toEqual(stubEmbedding(texts[249]!, 768));
  });

  it('sends the key header, the model, 768 dimensions and the document task type', async () => {
    const embedder = createGeminiEmbedder({ apiKey, baseURL: stub.baseURL });

    await embedder.embed(['Led the payments team', 'Built a Go service'], 'document');

    const [call] = stub.calls;
    expect(call?.apiKey).toBe(apiKey);
    expect(call?.model).toBe('gemini-embedding-001');
    expect(call?.requests[0]).toMatchObject({
      model: 'models/gemini-embedding-001',
      content: { parts: [{ text: 'Led the payments team' }] },
      outputDimensionality: 768,
      taskType: 'RETRIEVAL_DOCUMENT',
    });
    expect(embedder.model).toBe('gemini-embedding-001@768');
  });

  it('embeds a search query with the query task type', async () => {
    const embedder = createGeminiEmbedder({ apiKey, baseURL: stub.baseURL });

    const [vector] = await embedder.embed(['remote staff engineer Berlin'], 'query');

    expect(stub.calls[0]?.requests[0]?.taskType).toBe('RETRIEVAL_QUERY');
    expect(vector).toHaveLength(768);
  });

  it('reports a refused key as an upstream error with the status', async () => {
    const embedder = createGeminiEmbedder({ apiKey: 'wrong-key', baseURL: stub.baseURL });

    const failure = await embedder.embed(['a', 'b'], 'document').catch((error: unknown) => error);

    expect(failure).toBeInstanceOf(UpstreamError);
    expect(failure).toMatchObject({ service: 'Gemini embeddings', status: 400 });
  });

  it('reports exhausted quota as an upstream error after the retries', async () => {
    stub.failWith({ code: 429, status: 'RESOURCE_EXHAUSTED', message: 'Resource has been exhausted (e.g. check quota).' });
    const embedder = createGeminiEmbedder({ apiKey, baseURL: stub.baseURL });

    const failure = await embedder.embed(['a', 'b'], 'document').catch((error: unknown) => error);

    expect(failure).toMatchObject({ name: 'UpstreamError', status: 429 });
    expect(stub.calls.length).toBeGreaterThan(1);
  });
});

describe('createEmbedder', () => {
  it('uses Gemini when a key is configured and the offline model otherwise', () => {
    expect(createEmbedder(loadConfig({ GOOGLE_GENERATIVE_AI_API_KEY: apiKey })).model).toBe('gemini-embedding-001@768');
    expect(createEmbedder(loadConfig({})).model).toBe('use-lite-512');
  });
});
