import { describe, expect, it } from 'vitest';
import { cosineSimilarity } from './cosine-similarity.ts';
import { createOfflineEmbedder } from './offline-embedder.ts';

const goBackendPosting =
  'Senior Backend Engineer. You will build distributed services in Go (Golang) on PostgreSQL, design APIs and own their reliability in production.';
const pastryChefPosting =
  'Pastry Chef. Our bakery needs an early riser for laminated doughs, croissants and viennoiserie; a food safety certificate is required.';

describe('offline embedder', () => {
  const embedder = createOfflineEmbedder();

  it('places a query closer to a related posting than to an unrelated one', async () => {
    const [query, goBackend, pastryChef] = await embedder.embed(
      ['senior backend engineer Go Postgres', goBackendPosting, pastryChefPosting],
      'document',
    );

    expect(cosineSimilarity(query!, goBackend!)).toBeGreaterThan(cosineSimilarity(query!, pastryChef!) + 0.1);
  });

  it('gives one 512-dimension vector per text, in order, across batches', async () => {
    const texts = Array.from({ length: 20 }, (_, index) => `Role number ${index}: ${index % 2 ? goBackendPosting : pastryChefPosting}`);

    const vectors = await embedder.embed(texts, 'document');
    const [again] = await embedder.embed([texts[19]!], 'query');

    expect(embedder.model).toBe('use-lite-512');
    expect(vectors).toHaveLength(20);
    expect(vectors.every((vector) => vector.length === 512)).toBe(true);
    expect(cosineSimilarity(vectors[19]!, again!)).toBeCloseTo(1, 5);
  });

  it('embeds a blank text (a posting with no description) alongside the others', async () => {
    const vectors = await embedder.embed(['', goBackendPosting], 'document');

    expect(vectors).toHaveLength(2);
    expect(vectors[0]!.every(Number.isFinite)).toBe(true);
  });
});
