import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../db/database.ts';
import { jobChunks, jobs } from '../../db/schema.ts';
import { openTestDatabase } from '../../db/test-database.ts';
import { toStoredVector } from '../embeddings/embedder.ts';
import { inRolledBackCatalogue } from '../test-catalogue.ts';
import { savePosting } from './catalogue.ts';
import type { Posting } from './posting.ts';

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await openTestDatabase();
});
afterAll(() => handle.close());

const posting = (fields: Partial<Posting> = {}): Posting => ({
  source: 'greenhouse',
  externalId: randomUUID(),
  company: 'Kirkgate Hospitals',
  title: 'Staff Nurse - Acute Medical Unit',
  locations: ['Leeds'],
  workplaceType: 'onsite',
  employmentType: null,
  salaryMin: null,
  salaryMax: null,
  salaryCurrency: null,
  description: 'Join our acute medical unit.',
  url: null,
  applyUrl: null,
  publishedAt: null,
  updatedAt: null,
  ...fields,
});

describe('savePosting', () => {
  it('files a posting under its occupation, and drops its vectors when its words change so it waits for new ones', async () => {
    await inRolledBackCatalogue(handle.db, 'none', async (db) => {
      const first = posting();
      const { job } = await savePosting(db, first, { board: null, now: new Date() });
      await db.update(jobs).set({ embedding: toStoredVector([1]), embeddingModel: 'model' }).where(eq(jobs.id, job.id));
      await db.insert(jobChunks).values({ jobId: job.id, position: 0, embedding: toStoredVector([1]), embeddingModel: 'model' });

      await savePosting(db, { ...first, locations: ['Leeds'], description: 'Join our acute medical unit. Nights and weekends.' }, { board: null, now: new Date() });
      const [stored] = await db.select().from(jobs).where(eq(jobs.id, job.id));
      const chunks = await db.select().from(jobChunks).where(eq(jobChunks.jobId, job.id));

      expect(job.occupation).toBe('registered-nurse');
      expect(stored).toMatchObject({ occupation: 'registered-nurse', embedding: null, embeddingModel: null });
      expect(chunks).toEqual([]);
    });
  });
});
