import { randomUUID } from 'node:crypto';
import { asc, eq, inArray, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle, Transaction } from '../../db/database.ts';
import { jobChunks, jobs } from '../../db/schema.ts';
import { openTestDatabase } from '../../db/test-database.ts';
import { openPostingConditions } from '../search/job-filters.ts';
import { vectorRanking } from '../search/vector-ranking.ts';
import { inRolledBackCatalogue } from '../test-catalogue.ts';
import { postingChunks } from './chunk-text.ts';
import { cosineSimilarity, meanDirection } from './cosine-similarity.ts';
import { embedPendingJobs, jobEmbeddingCounts } from './embed-pending-jobs.ts';
import { toStoredVector } from './embedder.ts';
import { createOfflineEmbedder } from './offline-embedder.ts';

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await openTestDatabase();
});
afterAll(() => handle.close());

const embedder = createOfflineEmbedder();
const markerVector = toStoredVector([1, ...new Array<number>(511).fill(0)]);

function posting(title: string, fields: Partial<typeof jobs.$inferInsert> = {}): typeof jobs.$inferInsert {
  return { source: 'greenhouse', externalId: randomUUID(), company: 'Acme', title, description: `${title} wanted.`, ...fields };
}

const inRolledBackTransaction = (work: (database: Transaction) => Promise<void>) => inRolledBackCatalogue(handle.db, embedder.model, work);

describe('embedPendingJobs', () => {
  it('embeds only open postings that have no vector from the current model', async () => {
    await inRolledBackTransaction(async (database) => {
      const inserted = await database
        .insert(jobs)
        .values([
          posting('Go Backend Engineer'),
          posting('Pastry Chef', { embedding: markerVector, embeddingModel: 'gemini-embedding-001@768' }),
          posting('Data Engineer', { embedding: markerVector, embeddingModel: embedder.model }),
          posting('Closed Role', { closedAt: new Date() }),
        ])
        .returning({ id: jobs.id, title: jobs.title });
      const progress: { embedded: number; pending: number }[] = [];

      const before = await jobEmbeddingCounts(database, embedder.model);
      const embedded = await embedPendingJobs(database, embedder, { batchSize: 1, onProgress: (counts) => progress.push(counts) });
      const after = await database
        .select({ title: jobs.title, model: jobs.embeddingModel, embedding: jobs.embedding })
        .from(jobs)
        .where(inArray(jobs.id, inserted.map((job) => job.id)));
      const byTitle = new Map(after.map((job) => [job.title, job]));

      expect(embedded).toBe(2);
      expect(before.pending).toBe(2);
      expect(progress.at(-1)).toEqual({ embedded: 2, pending: 0 });
      expect((await jobEmbeddingCounts(database, embedder.model)).pending).toBe(0);
      expect(byTitle.get('Go Backend Engineer')?.model).toBe(embedder.model);
      expect(byTitle.get('Pastry Chef')?.model).toBe(embedder.model);
      expect(cosineSimilarity(byTitle.get('Pastry Chef')!.embedding!, markerVector)).toBeLessThan(0.99);
      expect(byTitle.get('Data Engineer')?.embedding).toEqual(markerVector);
      expect(byTitle.get('Closed Role')?.model).toBeNull();
    });
  });

  it('stores vectors that place a query near the matching posting', async () => {
    await inRolledBackTransaction(async (database) => {
      const [backend, chef] = await database
        .insert(jobs)
        .values([
          posting('Senior Backend Engineer', { description: 'Build Go services on PostgreSQL and Kubernetes.' }),
          posting('Pastry Chef', { description: 'Laminated doughs, croissants and viennoiserie for our bakery.' }),
        ])
        .returning({ id: jobs.id });

      await embedPendingJobs(database, embedder);
      const [query] = await embedder.embed(['senior backend engineer Go Postgres'], 'query');
      const stored = await database.select({ id: jobs.id, embedding: jobs.embedding }).from(jobs).where(inArray(jobs.id, [backend!.id, chef!.id]));
      const vectorOf = (id: string) => stored.find((job) => job.id === id)!.embedding!;

      expect(cosineSimilarity(toStoredVector(query!), vectorOf(backend!.id))).toBeGreaterThan(cosineSimilarity(toStoredVector(query!), vectorOf(chef!.id)));
    });
  });

  it('stores one vector per chunk of the whole posting, and their mean direction on the posting', async () => {
    await inRolledBackTransaction(async (database) => {
      const description = Array.from({ length: 30 }, (_, index) => `Duty number ${index} is to keep service ${index} healthy.`).join(' ');
      const [long] = await database.insert(jobs).values(posting('Platform Engineer', { description, locations: ['Berlin'] })).returning();

      await embedPendingJobs(database, embedder);
      const chunks = await database.select().from(jobChunks).where(eq(jobChunks.jobId, long!.id)).orderBy(asc(jobChunks.position));
      const [stored] = await database.select({ embedding: jobs.embedding }).from(jobs).where(eq(jobs.id, long!.id));
      const texts = postingChunks(long!, embedder.maxWords);
      const [lastChunk] = await embedder.embed([texts.at(-1)!], 'document');

      expect(texts.at(-1)).toContain('keep service 29 healthy.');
      expect(chunks.map((chunk) => chunk.position)).toEqual(texts.map((_, index) => index));
      expect(chunks.every((chunk) => chunk.embeddingModel === embedder.model)).toBe(true);
      expect(cosineSimilarity(chunks.at(-1)!.embedding, toStoredVector(lastChunk!))).toBeCloseTo(1, 5);
      expect(cosineSimilarity(stored!.embedding!, meanDirection(chunks.map((chunk) => chunk.embedding)))).toBeCloseTo(1, 5);
    });
  });

  it('lets search by meaning find a posting by duties that follow 110 words of company boilerplate', async () => {
    const boilerplate =
      'Acme Group is a global leader in trusted solutions. For more than fifty years we have partnered with customers in every industry, ' +
      'and our people are at the heart of everything we do. We value integrity, curiosity and teamwork, and we invest in growth. ' +
      'Our offices span four continents and our culture rewards initiative. We believe diverse teams build better products. ' +
      'Benefits include flexible hours, a learning budget, generous leave and a pension. Join a company where your ideas matter, ' +
      'where leaders listen, and where every voice shapes our future. We are proud of our history and excited about tomorrow. ' +
      'Apply today and discover what your career can become with us.';
    const duties = {
      reliability: 'You will run our Kubernetes clusters, automate infrastructure with Terraform and lead incident response when production services fail.',
      bakery: 'You will bake bread and laminate croissant dough before dawn, and keep the ovens and the pastry kitchen spotless.',
      accounts: 'You will reconcile the ledgers, prepare the monthly VAT returns and chase unpaid supplier invoices.',
      care: 'You will care for patients on the ward, give medication on schedule and support families through recovery.',
    };
    await inRolledBackTransaction(async (database) => {
      const seeded = await database
        .insert(jobs)
        .values(Object.values(duties).map((duty) => posting('Team Member', { company: 'Acme Group', description: `${boilerplate}\n\n${duty}` })))
        .returning({ id: jobs.id, description: jobs.description });
      const target = seeded.find((job) => job.description.endsWith(duties.reliability))!;
      expect(boilerplate.split(' ').length).toBeGreaterThanOrEqual(110);

      await embedPendingJobs(database, embedder);
      const [query] = await embedder.embed(['keeping Kubernetes and cloud infrastructure running, on call for production incidents'], 'query');
      const ranked = await vectorRanking(database, {
        vector: toStoredVector(query!),
        model: embedder.model,
        conditions: [...openPostingConditions, sql`j.id in (${sql.join(seeded.map((job) => sql`${job.id}::uuid`), sql`, `)})`],
        filtered: true,
        limit: 4,
      });

      expect(ranked.ids).toHaveLength(4);
      expect(ranked.ids[0]).toBe(target.id);
    });
  });
});
