import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../db/database.ts';
import { openTestDatabase } from '../../db/test-database.ts';
import { createTestUser } from '../../db/test-users.ts';
import { toStoredVector } from '../embeddings/embedder.ts';
import { inRolledBackCatalogue, seedCv, seedJobs } from '../test-catalogue.ts';
import { loadCandidate } from './candidate.ts';
import type { MatchReport } from './match-report.ts';
import { scoreBestJobs, scoreJobs } from './score-jobs.ts';

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await openTestDatabase();
});
afterAll(() => handle.close());

const model = 'score-best-jobs-test';
const now = new Date('2026-06-01T00:00:00Z');

// Deterministic pseudo-random unit vectors, so each posting and passage sits somewhere different.
function vectorFrom(seed: number): number[] {
  let state = seed * 2654435761 % 4294967296;
  const values = Array.from({ length: 64 }, () => {
    state = (state * 1664525 + 1013904223) % 4294967296;
    return state / 4294967296 - 0.5;
  });
  const length = Math.hypot(...values);
  return toStoredVector(values.map((value) => value / length));
}

const roles = [
  { title: 'Senior Backend Engineer', description: 'Requirements:\n- Python and PostgreSQL in production\n- Kubernetes\n- 5+ years building backend services' },
  { title: 'Backend Developer', description: 'You will build APIs in Python.\nRequirements:\n- PostgreSQL\n- Docker' },
  { title: 'Staff Nurse', description: 'Requirements:\n- NMC registration\n- Ward experience\n- Medication rounds' },
  { title: 'Line Cook', description: 'Requirements:\n- Knife skills\n- Food hygiene certificate' },
];
const places = ['Berlin, Germany', 'Munich, Germany', 'Leeds, United Kingdom'];

const byFit = (reports: MatchReport[], factor: (id: string) => number) =>
  reports.map((report) => ({ id: report.jobId, fit: report.score * factor(report.jobId) })).sort((left, right) => right.fit - left.fit || left.id.localeCompare(right.id));

describe('scoring the best jobs first', () => {
  it('finds the same top jobs as scoring every job, comparing meaning for fewer of them', async () => {
    const user = await createTestUser(handle.db);
    await seedCv(handle.db, user.id, [
      { section: 'Summary', text: 'Senior backend engineer based in Berlin, Germany.', embedding: vectorFrom(1), embeddingModel: model },
      { section: 'Experience', text: 'Built payment APIs in Python and PostgreSQL on Kubernetes, 2016 – Present.', embedding: vectorFrom(2), embeddingModel: model },
      { section: 'Skills', text: 'Python, PostgreSQL, Docker, Kubernetes', embedding: vectorFrom(3), embeddingModel: model },
    ]);
    await inRolledBackCatalogue(handle.db, model, async (tx) => {
      const seeded = await seedJobs(
        tx,
        Array.from({ length: 80 }, (_, index) => ({
          ...roles[index % roles.length]!,
          company: `Company ${index}`,
          locations: [places[index % places.length]!],
          workplaceType: 'onsite',
          embedding: vectorFrom(100 + index),
          embeddingModel: model,
        })),
      );
      // From here on as the user, as a search runs: row-level security gives their CV passages only.
      await tx.execute(sql`select set_config('app.user_id', ${user.id}, true)`);
      await tx.execute(sql`set local role atlas_app`);
      const jobs = seeded.map((job) => ({ ...job, salaryMin: null, salaryMax: null, salaryCurrency: null }));
      {
        const userTx = tx;
        const candidate = (await loadCandidate(userTx, now))!;
        // A factor like a search's constraints: jobs outside Germany weigh less.
        const factors = new Map(seeded.map((job) => [job.id, job.locations[0]!.includes('Germany') ? 1 : 0.5]));
        const factor = (id: string) => factors.get(id)!;
        const every = await scoreJobs(userTx, candidate, jobs);
        const best = await scoreBestJobs(userTx, candidate, jobs, { limit: 5, factor: (job) => factor(job.id) });

        expect(byFit(best, factor).slice(0, 5)).toEqual(byFit(every, factor).slice(0, 5));
        expect(best.length).toBeLessThan(every.length / 2);
        // Each report scored is the same report as when every job is scored.
        const full = new Map(every.map((report) => [report.jobId, report]));
        for (const report of best) expect(report).toEqual(full.get(report.jobId));
      }
    });
  });
});

describe("scoring a translator's jobs by their language pairs", () => {
  it('scores a posting in a pair the CV does not work in below one in its own pair, and says why', async () => {
    const user = await createTestUser(handle.db);
    await seedCv(handle.db, user.id, [
      { section: 'Summary', text: 'Sworn translator (EN/FR > ES) based in Bilbao, Spain. Native Spanish.', embedding: vectorFrom(7), embeddingModel: model },
      { section: 'Experience', text: 'Freelance legal translator, English and French into Spanish, 2015 – Present.', embedding: vectorFrom(8), embeddingModel: model },
    ]);
    await inRolledBackCatalogue(handle.db, model, async (tx) => {
      const description = 'Requirements:\n- Degree in translation\n- CAT tools (Trados)\n- 5+ years of legal translation';
      const seeded = await seedJobs(tx, [
        { title: 'Legal Translator EN>ES (freelance)', company: 'Lexica', description, locations: ['Bilbao, Spain'], workplaceType: 'onsite', embedding: vectorFrom(9), embeddingModel: model },
        { title: 'Legal Translator DE>EN (freelance)', company: 'Lexica', description, locations: ['Bilbao, Spain'], workplaceType: 'onsite', embedding: vectorFrom(9), embeddingModel: model },
      ]);
      await tx.execute(sql`select set_config('app.user_id', ${user.id}, true)`);
      await tx.execute(sql`set local role atlas_app`);
      const candidate = (await loadCandidate(tx, now))!;
      const [own, other] = await scoreJobs(tx, candidate, seeded.map((job) => ({ ...job, salaryMin: null, salaryMax: null, salaryCurrency: null })));
      expect(own!.language.fit).toBe(1);
      expect(other!.language.fit).toBeLessThan(0.5);
      expect(other!.language.note).toBe('Works in DE>EN; the CV shows EN>ES, FR>ES');
      expect(other!.score).toBeLessThan(own!.score * 0.6);
    });
  });
});
