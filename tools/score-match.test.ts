import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../db/database.ts';
import { searchProfiles } from '../db/schema.ts';
import { openTestDatabase } from '../db/test-database.ts';
import { createTestUser } from '../db/test-users.ts';
import { withUser } from '../db/with-user.ts';
import { toStoredVector } from './embeddings/embedder.ts';
import { createOfflineEmbedder } from './embeddings/offline-embedder.ts';
import { runTool } from './run-tool.ts';
import { scoreMatch } from './score-match.ts';
import { seedCv, seedJobs } from './test-catalogue.ts';

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await openTestDatabase();
});
afterAll(() => handle.close());

const now = () => new Date('2026-06-01T00:00:00Z');

const backendPosting = {
  title: 'Senior Backend Engineer',
  company: 'Ledgerly',
  locations: ['Berlin, Germany'],
  workplaceType: 'hybrid',
  salaryMin: 70_000,
  salaryMax: 90_000,
  salaryCurrency: 'EUR',
  description: [
    'About us',
    'Ledgerly runs its billing on Kafka and Scala.',
    'Requirements:',
    '- 5+ years of experience building backend services',
    '- Python and PostgreSQL in production',
    '- Kubernetes',
    'Nice to have:',
    '- Terraform',
    '- Docker',
  ].join('\n'),
};

const backendCv = [
  { section: 'Summary', text: 'Backend engineer based in Berlin, Germany.' },
  { section: 'Experience', text: 'Payments Engineer, Acme Bank, Mar 2018 – Present' },
  { section: 'Experience', text: 'Built payment APIs in Python and Postgres, handling 2M requests a day.' },
  { section: 'Skills', text: 'Docker, TypeScript, React' },
];

async function userWithCv(passages = backendCv) {
  const user = await createTestUser(handle.db);
  await seedCv(handle.db, user.id, passages);
  return user;
}

const asUser = (userId: string) => ({ database: handle.db, userId, actor: 'agent' as const, now });

describe('scoreMatch', () => {
  it('quotes, verbatim, the CV passage that names each skill the posting asks for', async () => {
    const user = await userWithCv();
    const [job] = await seedJobs(handle.db, [backendPosting]);

    const { matches } = await runTool(scoreMatch, { jobIds: [job!.id] }, asUser(user.id));
    const [match] = matches;

    expect(match!.requiredSkills.found.map((found) => found.skill)).toEqual(['Python', 'PostgreSQL']);
    const passageTexts = backendCv.map((passage) => passage.text);
    for (const found of [...match!.requiredSkills.found, ...match!.preferredSkills.found]) {
      expect(passageTexts).toContain(found.evidence.quote);
      expect(found.evidence.quote).toContain(found.asWritten);
    }
    expect(match!.requiredSkills.found[0]!.evidence).toEqual({
      section: 'Experience',
      quote: 'Built payment APIs in Python and Postgres, handling 2M requests a day.',
    });
    expect(match!.preferredSkills).toEqual({
      found: [{ skill: 'Docker', asWritten: 'Docker', evidence: { section: 'Skills', quote: 'Docker, TypeScript, React' } }],
      missing: ['Terraform'],
    });
  });

  it('counts "Postgres" in the CV as the PostgreSQL the posting asks for', async () => {
    const user = await userWithCv();
    const [job] = await seedJobs(handle.db, [backendPosting]);

    const { matches } = await runTool(scoreMatch, { jobIds: [job!.id] }, asUser(user.id));

    expect(matches[0]!.requiredSkills.found).toContainEqual(expect.objectContaining({ skill: 'PostgreSQL', asWritten: 'Postgres' }));
  });

  it('lists a skill the CV never names as missing, never as found', async () => {
    const user = await userWithCv();
    const [job] = await seedJobs(handle.db, [backendPosting]);

    const { matches } = await runTool(scoreMatch, { jobIds: [job!.id] }, asUser(user.id));
    const match = matches[0]!;

    expect(match.requiredSkills.missing).toEqual(['Kubernetes']);
    expect(match.requiredSkills.found.map((found) => found.skill)).not.toContain('Kubernetes');
    // Kafka and Scala appear only under "About us": the company's stack, not a requirement.
    expect([...match.requiredSkills.missing, ...match.preferredSkills.missing]).not.toContain('Kafka');
  });

  it('weighs experience, seniority and location from the CV', async () => {
    const user = await userWithCv([...backendCv, { section: 'Languages', text: 'English, German' }]);
    const [job] = await seedJobs(handle.db, [backendPosting]);

    const { matches } = await runTool(scoreMatch, { jobIds: [job!.id] }, asUser(user.id));
    const match = matches[0]!;

    expect(match.role).toMatchObject({ occupation: 'backend-engineer', cvOccupation: 'backend-engineer' });
    // Eight years under titles that name no level read as an experienced mid-level engineer; a
    // senior posting is one step up, a gap softened because only years suggest the CV's level.
    expect(match.experience).toEqual({
      seniority: 'senior',
      cvLevel: 'mid',
      requiredYears: 5,
      cvYears: 8.3,
      fit: 0.733,
      note: "A senior-level role, above the CV's mid level",
    });
    expect(match.location).toEqual({ fit: 1, note: 'In Berlin, where the CV says the person lives', evidence: null });
    expect(match.language).toMatchObject({ fit: 1, missing: [] });
    expect(match.salary).toBeNull();
    expect(match.factors.map((factor) => factor.factor)).toEqual(['role', 'experience', 'location', 'language', 'requirements', 'similarity']);
    expect(match.score).toBeGreaterThan(50);
    expect(match.score).toBeLessThan(100);
    expect(Math.round(match.score * 10) / 10).toBe(match.score);
  });

  it('scores a job in another country the CV shows no right to work in far below the same job at home', async () => {
    const user = await userWithCv([...backendCv, { section: 'Languages', text: 'English, German' }]);
    const [berlin, london] = await seedJobs(handle.db, [backendPosting, { ...backendPosting, locations: ['London, UK'] }]);

    const { matches } = await runTool(scoreMatch, { jobIds: [berlin!.id, london!.id] }, asUser(user.id));

    expect(matches[1]!.location).toMatchObject({ note: 'In London, where the CV shows no right to work' });
    expect(matches[1]!.location.fit).toBeLessThan(0.1);
    expect(matches[1]!.score).toBeLessThan(matches[0]!.score / 5);
  });

  it('scores a job in another line of work below 40', async () => {
    const user = await userWithCv([...backendCv, { section: 'Languages', text: 'English, German' }]);
    const [nurse] = await seedJobs(handle.db, [
      { ...backendPosting, title: 'Registered Nurse', description: 'Requirements:\n- NMC registration\n- Ward experience with adult patients' },
    ]);

    const { matches } = await runTool(scoreMatch, { jobIds: [nurse!.id] }, asUser(user.id));

    expect(matches[0]!.role).toMatchObject({ occupation: 'registered-nurse', cvOccupation: 'backend-engineer', fit: 0 });
    expect(matches[0]!.score).toBeLessThan(40);
  });

  it('counts a CV written in English as showing English, however short', async () => {
    const user = await userWithCv();
    const [job] = await seedJobs(handle.db, [backendPosting]);

    const { matches } = await runTool(scoreMatch, { jobIds: [job!.id] }, asUser(user.id));

    expect(matches[0]!.language).toMatchObject({ fit: 1, missing: [] });
  });

  it("compares the salary with the user's profile floor only when a profile states one", async () => {
    const user = await userWithCv();
    await withUser(handle.db, user.id, (tx) =>
      tx.insert(searchProfiles).values({ userId: user.id, salaryFloor: 100_000, salaryCurrency: 'EUR' }),
    );
    const [job] = await seedJobs(handle.db, [backendPosting]);

    const { matches } = await runTool(scoreMatch, { jobIds: [job!.id] }, asUser(user.id));

    expect(matches[0]!.salary).toEqual({ fit: 0.9, note: 'Pays up to 90,000 EUR, below your floor of 100,000 EUR' });
  });

  it('gives the same breakdown every time for the same inputs', async () => {
    const user = await userWithCv();
    const jobRows = await seedJobs(handle.db, [backendPosting, { ...backendPosting, title: 'Junior Data Analyst', description: 'Requirements: SQL, Tableau' }]);
    const input = { jobIds: jobRows.map((job) => job.id) };

    const first = await runTool(scoreMatch, input, asUser(user.id));
    const second = await runTool(scoreMatch, input, asUser(user.id));

    expect(second).toEqual(first);
    expect(first.matches.map((match) => match.title)).toEqual(['Senior Backend Engineer', 'Junior Data Analyst']);
  });

  it('asks the user to upload a CV when there is none', async () => {
    const user = await createTestUser(handle.db);
    const [job] = await seedJobs(handle.db, [backendPosting]);

    await expect(runTool(scoreMatch, { jobIds: [job!.id] }, asUser(user.id))).rejects.toMatchObject({
      name: 'ValidationError',
      message: expect.stringMatching(/Upload a CV first/),
    });
  });

  it('names the job ids it does not know', async () => {
    const user = await userWithCv();
    const [job] = await seedJobs(handle.db, [backendPosting]);
    const unknown = randomUUID();

    await expect(runTool(scoreMatch, { jobIds: [job!.id, unknown] }, asUser(user.id))).rejects.toMatchObject({
      name: 'NotFoundError',
      message: `Job ${unknown} was not found`,
    });
  });

  it('measures semantic similarity only between vectors of the same model', async () => {
    const embedder = createOfflineEmbedder();
    const passages = backendCv.map((passage) => passage);
    const vectors = await embedder.embed([...passages.map((passage) => passage.text), backendPosting.description], 'document');
    const user = await userWithCv(
      passages.map((passage, index) => ({ ...passage, embedding: toStoredVector(vectors[index]!), embeddingModel: embedder.model })),
    );
    const jobVector = toStoredVector(vectors.at(-1)!);
    const [sameModel, otherModel] = await seedJobs(handle.db, [
      { ...backendPosting, embedding: jobVector, embeddingModel: embedder.model },
      { ...backendPosting, embedding: jobVector, embeddingModel: 'gemini-embedding-001@768' },
    ]);

    const { matches } = await runTool(scoreMatch, { jobIds: [sameModel!.id, otherModel!.id] }, asUser(user.id));

    expect(matches[0]!.semanticSimilarity).toMatchObject({ model: embedder.model, cosine: expect.any(Number) });
    expect(matches[0]!.semanticSimilarity!.cosine).toBeGreaterThan(0.3);
    expect(passages.map((passage) => passage.text)).toContain(matches[0]!.semanticSimilarity!.closestPassage.quote);
    expect(matches[1]!.semanticSimilarity).toBeNull();
    // Without a vector of the same model, similarity rests on the words alone.
    expect(matches[1]!.factors.find((factor) => factor.factor === 'similarity')!.fit).toBe(matches[1]!.textSimilarity.fit);
    expect(matches[0]!.factors.find((factor) => factor.factor === 'similarity')!.fit).not.toBe(matches[0]!.textSimilarity.fit);
  });
});
