import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../db/database.ts';
import { openTestDatabase } from '../db/test-database.ts';
import { createTestUser } from '../db/test-users.ts';
import { deleteSearch } from './delete-search.ts';
import { toStoredVector, type Embedder } from './embeddings/embedder.ts';
import { createOfflineEmbedder } from './embeddings/offline-embedder.ts';
import { listSearchHistory } from './list-search-history.ts';
import { runTool } from './run-tool.ts';
import { scoreMatch } from './score-match.ts';
import { searchJobs } from './search-jobs.ts';
import { seedCv, seedJobs } from './test-catalogue.ts';

let handle: DatabaseHandle;
let embedder: Embedder;
beforeAll(async () => {
  handle = await openTestDatabase();
  embedder = createOfflineEmbedder();
});
afterAll(() => handle.close());

const now = new Date('2026-06-01T12:00:00Z');
const daysAgo = (days: number) => new Date(now.getTime() - days * 24 * 60 * 60 * 1000);

// The catalogue is shared by every test file on a Postgres server, so each test searches within
// companies of its own, named with a fresh prefix.
const freshCompany = () => `Zentrix ${randomUUID().slice(0, 8)}`;

async function searchAs(userId: string, input: Record<string, unknown>, options: { embedder?: Embedder } = {}) {
  return runTool(searchJobs, input, { database: handle.db, userId, actor: 'agent', now: () => now, embedder: options.embedder });
}

const nursePosting = {
  title: 'Registered Nurse',
  description: 'Intensive Care Unit. Look after critically ill people on night shifts at St. Mary hospital.',
};
const backendPosting = {
  title: 'Backend Engineer',
  description: 'Build Python services and PostgreSQL schemas for our payments platform.',
};
const accountantPosting = { title: 'Staff Accountant', description: 'Month-end close, reconciliations and audit support.' };
const backendCv = [
  { section: 'Summary', text: 'Backend engineer based in Berlin, Germany. Languages: English, German.' },
  { section: 'Experience', text: 'Backend Engineer, Acme Bank, Mar 2019 – Present' },
  { section: 'Skills', text: 'Python, Postgres, Docker' },
];

async function embedded<Posting extends { title: string; description: string }>(postings: Posting[], model = embedder.model) {
  const vectors = await embedder.embed(postings.map((posting) => `${posting.title}\n${posting.description}`), 'document');
  return postings.map((posting, index) => ({ ...posting, embedding: toStoredVector(vectors[index]!), embeddingModel: model }));
}

describe('searchJobs', () => {
  it('ranks the closest role first and says which query words each posting contains', async () => {
    const user = await createTestUser(handle.db);
    const company = freshCompany();
    await seedJobs(handle.db, [
      { company, title: 'Frontend Engineer', description: 'React and TypeScript for our dashboard.' },
      { company, title: 'Senior Backend Engineer', description: 'Python services on PostgreSQL; Kafka for events.' },
      { company, title: 'Data Analyst', description: 'SQL and Python notebooks for the finance team.' },
      { company, title: 'Backend Engineer', description: 'Go services and gRPC.' },
    ]);

    const result = await searchAs(user.id, { query: 'python backend engineer', company });

    expect(result.jobs[0]).toMatchObject({ title: 'Senior Backend Engineer', company });
    expect(result.jobs[0]!.matchedTerms).toEqual(['python', 'backend', 'engineer']);
    expect(result.jobs[0]!.snippet).toContain('Python services');
    expect(result.jobs.map((job) => job.title).slice(0, 2)).toEqual(['Senior Backend Engineer', 'Backend Engineer']);
    expect(result.jobs).toHaveLength(4);
    expect(result.jobs.map((job) => job.fit)).toEqual(result.jobs.map((job) => job.fit).sort((left, right) => right - left));
    expect(result.jobs[1]!.fit).toBeGreaterThan(result.jobs[2]!.fit);
    // "backend engineer" names an occupation, so postings of that occupation rank by it too.
    expect(result.rankedBy).toEqual(['keywords', 'occupation']);
  });

  it('filters by remote, minimum salary, posting date, company and contract type', async () => {
    const user = await createTestUser(handle.db);
    const company = freshCompany();
    const otherCompany = freshCompany();
    const base = { company, title: 'Platform Engineer', description: 'Kubernetes and Terraform.' };
    await seedJobs(handle.db, [
      { ...base, workplaceType: 'remote', salaryMin: 120_000, salaryMax: 150_000, salaryCurrency: 'EUR', publishedAt: daysAgo(2), employmentType: 'FULL_TIME', locations: ['Remote - Europe'] },
      { ...base, workplaceType: 'onsite', salaryMin: 50_000, salaryMax: 60_000, salaryCurrency: 'EUR', publishedAt: daysAgo(40), employmentType: 'Contract', locations: ['Berlin, Germany'] },
      { ...base, workplaceType: 'hybrid', publishedAt: daysAgo(1), employmentType: 'Full-time', locations: ['London, UK'] },
      { ...base, company: otherCompany, workplaceType: 'remote', publishedAt: daysAgo(1) },
    ]);
    const search = async (filters: Record<string, unknown>) =>
      (await searchAs(user.id, { query: 'platform engineer', company, ...filters })).jobs.map((job) => job.locations[0] ?? job.company).sort();

    expect(await search({})).toEqual(['Berlin, Germany', 'London, UK', 'Remote - Europe']);
    expect(await search({ remoteOnly: true })).toEqual(['Remote - Europe']);
    expect(await search({ minimumSalary: 100_000 })).toEqual(['Remote - Europe']);
    expect(await search({ minimumSalary: 55_000, salaryCurrency: 'USD' })).toEqual([]);
    expect(await search({ postedWithinDays: 7 })).toEqual(['London, UK', 'Remote - Europe']);
    expect(await search({ employmentType: 'full-time' })).toEqual(['London, UK', 'Remote - Europe']);
    expect(await search({ employmentType: 'contract' })).toEqual(['Berlin, Germany']);
    expect(await search({ location: 'germany' })).toEqual(['Berlin, Germany']);
    expect((await searchAs(user.id, { query: 'platform engineer', company: otherCompany })).jobs).toHaveLength(1);
  });

  it('lists the newest postings that pass the filters when the query has no words', async () => {
    const user = await createTestUser(handle.db);
    const company = freshCompany();
    await seedJobs(handle.db, [
      { company, title: 'Older', publishedAt: daysAgo(9) },
      { company, title: 'Newest', publishedAt: daysAgo(1) },
    ]);

    const result = await searchAs(user.id, { company });

    expect(result.jobs.map((job) => job.title)).toEqual(['Newest', 'Older']);
    expect(result.rankedBy).toEqual(['newest']);
  });

  it('finds a job by meaning when the query shares no word with it', async () => {
    const user = await createTestUser(handle.db);
    const company = freshCompany();
    const [nurse] = await seedJobs(handle.db, (await embedded([nursePosting, backendPosting, accountantPosting])).map((job) => ({ ...job, company })));

    const keywordsOnly = await searchAs(user.id, { query: 'clinic caregiver', company });
    const hybrid = await searchAs(user.id, { query: 'clinic caregiver', company }, { embedder });

    // By words alone nothing answers the request; by meaning the nurse does, and comes first.
    expect(keywordsOnly.jobs).toEqual([]);
    expect(hybrid.rankedBy).toEqual(['keywords', 'meaning']);
    expect(hybrid.jobs[0]!.id).toBe(nurse!.id);
    expect(hybrid.jobs[0]!.matchedTerms).toEqual([]);
    for (const other of hybrid.jobs.slice(1)) expect(hybrid.jobs[0]!.fit).toBeGreaterThan(other.fit);
  });

  it('returns an empty list when no posting shares a word or a meaning with the request', async () => {
    const user = await createTestUser(handle.db);
    const company = freshCompany();
    await seedJobs(handle.db, [nursePosting, backendPosting, accountantPosting].map((job) => ({ ...job, company })));

    const result = await searchAs(user.id, { query: 'clinic caregiver', company });

    expect(result.jobs).toEqual([]);
  });

  it('ignores vectors made by another model', async () => {
    const user = await createTestUser(handle.db);
    const company = freshCompany();
    const [queryVector] = await embedder.embed(['clinic caregiver'], 'query');
    // The closest possible vector, but labelled with another model: it must never be compared.
    const [foreign] = await seedJobs(handle.db, [
      { ...backendPosting, company, embedding: toStoredVector(queryVector!), embeddingModel: 'gemini-embedding-001@768' },
    ]);
    const [own] = await seedJobs(handle.db, (await embedded([nursePosting])).map((job) => ({ ...job, company })));

    const result = await searchAs(user.id, { query: 'clinic caregiver', company }, { embedder });

    // Compared, the foreign vector would be the best possible match; unread, the backend posting
    // shares nothing with the request and is not listed, while the nurse is found by meaning.
    expect(result.jobs.map((job) => job.id)).toEqual([own!.id]);
    expect(result.jobs[0]!.fit).toBeGreaterThan(0);
    expect(foreign).toBeDefined();
  });

  it('keeps a selective filter from starving the search by meaning', async () => {
    const user = await createTestUser(handle.db);
    const company = freshCompany();
    const [queryVector] = await embedder.embed(['clinic caregiver'], 'query');
    // 150 on-site postings sit right around the query vector (each nudged, so none is a duplicate);
    // the only remote one is merely related.
    await seedJobs(
      handle.db,
      Array.from({ length: 150 }, (_, index) => ({
        ...accountantPosting,
        company,
        workplaceType: 'onsite',
        embedding: toStoredVector(queryVector!.map((value, axis) => (axis === index ? value + 0.05 : value))),
        embeddingModel: embedder.model,
      })),
    );
    const [remoteNurse] = await seedJobs(handle.db, (await embedded([nursePosting])).map((job) => ({ ...job, company, workplaceType: 'remote' })));

    const result = await searchAs(user.id, { query: 'clinic caregiver', company, remoteOnly: true }, { embedder });

    expect(result.jobs.map((job) => job.id)).toEqual([remoteNurse!.id]);
  });

  it('never returns closed postings or postings merged into another', async () => {
    const user = await createTestUser(handle.db);
    const company = freshCompany();
    const [open] = await seedJobs(handle.db, (await embedded([backendPosting])).map((job) => ({ ...job, company })));
    await seedJobs(
      handle.db,
      (await embedded([backendPosting, backendPosting])).map((job, index) => ({
        ...job,
        company,
        ...(index === 0 ? { closedAt: daysAgo(1) } : { duplicateOf: open!.id }),
      })),
    );

    const keywordsOnly = await searchAs(user.id, { query: 'backend engineer python', company });
    const hybrid = await searchAs(user.id, { query: 'server-side developer', company }, { embedder });
    const newest = await searchAs(user.id, { company });

    for (const result of [keywordsOnly, hybrid, newest]) expect(result.jobs.map((job) => job.id)).toEqual([open!.id]);
  });

  it("scores each result against the user's CV when there is one, as scoreMatch does", async () => {
    const user = await createTestUser(handle.db);
    const company = freshCompany();
    await seedCv(handle.db, user.id, backendCv);
    const [backend, nurse] = await seedJobs(handle.db, [
      { ...backendPosting, company, locations: ['Berlin, Germany'] },
      { ...nursePosting, company, locations: ['Berlin, Germany'] },
    ]);

    const withCv = await searchAs(user.id, { query: 'engineer', company });
    const withoutCv = await searchAs((await createTestUser(handle.db)).id, { query: 'engineer', company });
    const { matches } = await runTool(scoreMatch, { jobIds: [backend!.id, nurse!.id] }, { database: handle.db, userId: user.id, actor: 'agent', now: () => now });

    const reports = new Map(matches.map((match) => [match.jobId, { score: match.score, summary: match.summary }]));
    expect(withCv.jobs.map((job) => job.id)).toContain(backend!.id);
    for (const job of withCv.jobs) expect(job.match).toEqual(reports.get(job.id));
    expect(reports.get(backend!.id)!.score).toBeGreaterThan(reports.get(nurse!.id)!.score);
    expect(withCv.rankedBy).toContain('cv');
    expect(withoutCv.jobs.find((job) => job.id === backend!.id)!.match).toBeNull();
    expect(withoutCv.jobs.every((job) => job.match === null)).toBe(true);
    expect(withoutCv.rankedBy).not.toContain('cv');
  });

  it('gives a short list the same order as the top of a long one when the CV shapes a typed request', async () => {
    const user = await createTestUser(handle.db);
    const company = freshCompany();
    await seedCv(handle.db, user.id, backendCv);
    const cities = ['Berlin, Germany', 'London, UK', 'Paris, France', 'Madrid, Spain', 'Toronto, ON'];
    const titles = ['Backend Engineer', 'Senior Backend Engineer', 'Junior Backend Developer', 'Backend Engineer (Python)', 'Staff Backend Engineer', 'Platform Engineer'];
    await seedJobs(
      handle.db,
      titles.flatMap((title, titleIndex) =>
        cities.map((city, cityIndex) => ({ ...backendPosting, title, company, locations: [city], publishedAt: daysAgo(1 + ((titleIndex * 5 + cityIndex) % 9)) })),
      ),
    );

    const long = await searchAs(user.id, { query: 'backend engineer python', company, limit: 30 });
    const short = await searchAs(user.id, { query: 'backend engineer python', company, limit: 3 });

    expect(long.jobs.length).toBe(30);
    expect(short.jobs.map((job) => [job.id, job.fit, job.match?.score])).toEqual(long.jobs.slice(0, 3).map((job) => [job.id, job.fit, job.match?.score]));
    // The CV reorders what relevance alone would give: a Berlin posting (the CV's home) leads.
    expect(short.jobs[0]!.locations[0]).toBe('Berlin, Germany');
  });

  it('ranks the catalogue by fit to the CV when the query is empty', async () => {
    const user = await createTestUser(handle.db);
    const company = freshCompany();
    await seedCv(handle.db, user.id, backendCv);
    await seedJobs(handle.db, [
      { ...accountantPosting, company, locations: ['Berlin, Germany'], publishedAt: daysAgo(1) },
      { ...backendPosting, company, title: 'Backend Engineer', locations: ['London, UK'], publishedAt: daysAgo(1) },
      { ...nursePosting, company, locations: ['Berlin, Germany'], publishedAt: daysAgo(1) },
      { ...backendPosting, company, title: 'Backend Engineer', locations: ['Berlin, Germany'], publishedAt: daysAgo(30) },
    ]);

    const result = await searchAs(user.id, { company });

    expect(result.rankedBy).toEqual(['cv']);
    expect(result.jobs.map((job) => `${job.title} ${job.locations[0]}`)[0]).toBe('Backend Engineer Berlin, Germany');
    expect(result.jobs.map((job) => job.fit)).toEqual(result.jobs.map((job) => job.match!.score));
    expect(result.jobs.map((job) => job.fit)).toEqual(result.jobs.map((job) => job.fit).sort((left, right) => right - left));
  });

  it('reads places and a pay floor out of the request and ranks postings that keep them first', async () => {
    const user = await createTestUser(handle.db);
    const company = freshCompany();
    const pay = (min: number, max: number) => ({ salaryMin: min, salaryMax: max, salaryCurrency: 'EUR' });
    await seedJobs(handle.db, [
      { ...backendPosting, company, locations: ['London, UK'], ...pay(90_000, 110_000) },
      { ...backendPosting, company, locations: ['Berlin, Germany'], ...pay(50_000, 60_000) },
      { ...backendPosting, company, locations: ['Berlin, Germany'], ...pay(90_000, 110_000) },
    ]);

    const result = await searchAs(user.id, { query: 'backend engineer in Berlin, €80k+', company });

    expect(result.jobs.map((job) => `${job.locations[0]} ${job.salary!.max}`)).toEqual(['Berlin, Germany 110000', 'Berlin, Germany 60000', 'London, UK 110000']);
    expect(result.jobs[2]!.fit).toBeLessThan(result.jobs[0]!.fit / 10);
  });

  it('ranks postings that keep the constraints first when the request names only constraints', async () => {
    const user = await createTestUser(handle.db);
    const company = freshCompany();
    await seedJobs(handle.db, [
      { ...backendPosting, company, locations: ['Berlin, Germany'], publishedAt: daysAgo(9) },
      { ...backendPosting, company, locations: ['London, UK'], publishedAt: daysAgo(1) },
    ]);

    const result = await searchAs(user.id, { query: 'jobs in Berlin', company });

    expect(result.jobs[0]!.locations).toEqual(['Berlin, Germany']);
    expect(result.rankedBy).not.toEqual([]);
  });

  it("keeps each search in the user's history, which only that user can see and delete", async () => {
    const alice = await createTestUser(handle.db);
    const bob = await createTestUser(handle.db);
    const company = freshCompany();
    await seedJobs(handle.db, [{ ...backendPosting, company }]);
    const asAlice = { database: handle.db, userId: alice.id, actor: 'web' as const };
    const asBob = { database: handle.db, userId: bob.id, actor: 'web' as const };

    const { searchId } = await searchAs(alice.id, { query: 'backend engineer', company, remoteOnly: false });
    const alicesHistory = await runTool(listSearchHistory, {}, asAlice);

    expect(alicesHistory.searches).toEqual([
      { id: searchId, query: 'backend engineer', filters: { company, remoteOnly: false }, resultCount: 1, actor: 'agent', createdAt: now.toISOString() },
    ]);
    expect((await runTool(listSearchHistory, {}, asBob)).searches).toEqual([]);
    await expect(runTool(deleteSearch, { searchId }, asBob)).rejects.toMatchObject({ name: 'NotFoundError' });
    expect((await runTool(listSearchHistory, {}, asAlice)).searches).toHaveLength(1);

    await runTool(deleteSearch, { searchId }, asAlice);

    expect((await runTool(listSearchHistory, {}, asAlice)).searches).toEqual([]);
  });
});
