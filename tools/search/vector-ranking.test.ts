import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../db/database.ts';
import { openTestDatabase } from '../../db/test-database.ts';
import { createTestUser } from '../../db/test-users.ts';
import { withUser } from '../../db/with-user.ts';
import { cosineSimilarity } from '../embeddings/cosine-similarity.ts';
import { toStoredVector } from '../embeddings/embedder.ts';
import { createOfflineEmbedder } from '../embeddings/offline-embedder.ts';
import { seedJobs } from '../test-catalogue.ts';
import { openPostingConditions } from './job-filters.ts';
import { postingVectorRanking, vectorRanking } from './vector-ranking.ts';
import { uuidArray } from '../../db/uuid-array.ts';

let handle: DatabaseHandle;
let catalogueVectors: number[][];
let query: number[];
beforeAll(async () => {
  handle = await openTestDatabase();
  // Real embeddings of distinct texts, so the index has the geometry it meets in production.
  const roles = ['backend engineer', 'nurse', 'product designer', 'accountant', 'data analyst', 'recruiter', 'sales manager', 'pharmacist', 'teacher', 'electrician'];
  const places = ['Berlin', 'Paris', 'Lagos', 'Lima', 'Osaka', 'Oslo', 'Austin', 'Delhi', 'Cairo', 'Quebec', 'Perth', 'Milan', 'Seoul', 'Nairobi', 'Denver'];
  const texts = roles.flatMap((role) => places.map((place) => `${role} in ${place}`));
  const vectors = await createOfflineEmbedder().embed([...texts, 'caring for patients in a clinic'], 'query');
  catalogueVectors = vectors.slice(0, texts.length);
  query = vectors.at(-1)!;
});
afterAll(() => handle.close());

async function catalogue() {
  // A model name of this test's own: other files' vectors on a shared server are never compared with these.
  const model = `test-model-${randomUUID()}`;
  const rows = await seedJobs(
    handle.db,
    catalogueVectors.map((vector, index) => ({
      title: `Posting ${index}`,
      company: 'Vectoria',
      workplaceType: index % 15 === 0 ? 'remote' : 'onsite',
      embedding: toStoredVector(vector),
      embeddingModel: model,
    })),
  );
  return { model, rows };
}

const exactOrder = (rows: { id: string; embedding: number[] | null }[]) =>
  [...rows].sort((a, b) => cosineSimilarity(toStoredVector(query), b.embedding!) - cosineSimilarity(toStoredVector(query), a.embedding!));

describe('vectorRanking', () => {
  it('finds the nearest postings an exact scan finds, never a closed one', async () => {
    const user = await createTestUser(handle.db);
    const { model, rows } = await catalogue();
    const [closed] = await seedJobs(handle.db, [
      { title: 'Closed', company: 'Vectoria', embedding: toStoredVector(query), embeddingModel: model, closedAt: new Date() },
    ]);

    const ranked = await withUser(handle.db, user.id, (tx) =>
      vectorRanking(tx, { vector: toStoredVector(query), model, conditions: [...openPostingConditions], filtered: false, limit: 100 }),
    );

    expect(ranked.ids).toHaveLength(100);
    expect(ranked.ids).not.toContain(closed!.id);
    expect(ranked.ids.slice(0, 10)).toEqual(exactOrder(rows).map((row) => row.id).slice(0, 10));
  });

  it('scans exactly the few postings a selective filter leaves', async () => {
    const user = await createTestUser(handle.db);
    const { model, rows } = await catalogue();

    const ranked = await withUser(handle.db, user.id, (tx) =>
      vectorRanking(tx, {
        vector: toStoredVector(query),
        model,
        conditions: [...openPostingConditions, sql`j.workplace_type = 'remote'`],
        filtered: true,
        limit: 100,
      }),
    );

    expect(ranked.scan).toBe('exact');
    expect(ranked.ids).toEqual(exactOrder(rows.filter((row) => row.workplaceType === 'remote')).map((row) => row.id));
  });

  it('ranks postings already found to pass a filter from their chunks alone, as the filter itself ranks them', async () => {
    const user = await createTestUser(handle.db);
    const { model, rows } = await catalogue();
    const remote = rows.filter((row) => row.workplaceType === 'remote');
    const ask = { vector: toStoredVector(query), model, filtered: true, limit: 100 };

    const [byFilter, byIds] = await withUser(handle.db, user.id, async (tx) => [
      await vectorRanking(tx, { ...ask, conditions: [...openPostingConditions, sql`j.workplace_type = 'remote'`] }),
      await vectorRanking(tx, { ...ask, conditions: [sql`j.id = any(${uuidArray(remote.map((row) => row.id))})`], among: remote.map((row) => row.id) }),
    ]);

    expect(byIds!.scan).toBe('exact');
    expect(byIds!.ids).toEqual(byFilter!.ids);
    expect(byIds!.ids).toEqual(exactOrder(remote).map((row) => row.id));
  });
});

describe('postingVectorRanking', () => {
  it("ranks postings by their own vector as an exact scan would, never a closed one, and scans a selective filter's few exactly", async () => {
    const user = await createTestUser(handle.db);
    const { model, rows } = await catalogue();
    const [closed] = await seedJobs(handle.db, [
      { title: 'Closed', company: 'Vectoria', embedding: toStoredVector(query), embeddingModel: model, closedAt: new Date() },
    ]);

    const ranked = await withUser(handle.db, user.id, (tx) =>
      postingVectorRanking(tx, { vector: toStoredVector(query), model, conditions: [...openPostingConditions], filtered: false, limit: 100 }),
    );
    const remote = await withUser(handle.db, user.id, (tx) =>
      postingVectorRanking(tx, { vector: toStoredVector(query), model, conditions: [...openPostingConditions, sql`j.workplace_type = 'remote'`], filtered: true, limit: 100 }),
    );

    expect(ranked.ids).toHaveLength(100);
    expect(ranked.ids).not.toContain(closed!.id);
    expect(ranked.ids.slice(0, 10)).toEqual(exactOrder(rows).map((row) => row.id).slice(0, 10));
    expect(remote.scan).toBe('exact');
    expect(remote.ids).toEqual(exactOrder(rows.filter((row) => row.workplaceType === 'remote')).map((row) => row.id));
  });
});
