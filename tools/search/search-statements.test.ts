import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { statementsSentBy } from '../../bench/count-statements.ts';
import type { DatabaseHandle } from '../../db/database.ts';
import { openTestDatabase } from '../../db/test-database.ts';
import { createTestUser } from '../../db/test-users.ts';
import { toStoredVector, type Embedder } from '../embeddings/embedder.ts';
import { createOfflineEmbedder } from '../embeddings/offline-embedder.ts';
import { storedOccupation } from '../occupations/posting-occupation.ts';
import { runTool } from '../run-tool.ts';
import { searchJobs } from '../search-jobs.ts';
import { seedCv, seedJobs } from '../test-catalogue.ts';
import { exhaustiveMaximum } from './candidate-postings.ts';

// A catalogue past the size ranked whole, so a search takes its candidates from every index side
// (words, meaning, occupation), as on a real catalogue; its own database on a server, so other
// files' postings do not change which paths a search takes.
let handle: DatabaseHandle;
let embedder: Embedder;
let userId: string;
const now = new Date('2026-06-01T12:00:00Z');

const templates = [
  { title: 'Backend Engineer', description: 'Build Python services and PostgreSQL schemas for our payments platform.' },
  { title: 'Frontend Developer', description: 'React and TypeScript interfaces for a design system used by millions.' },
  { title: 'Registered Nurse', description: 'Intensive Care Unit. Look after critically ill people on night shifts.' },
  { title: 'Staff Accountant', description: 'Month-end close, reconciliations and audit support.' },
  { title: 'Data Scientist', description: 'Machine learning models in PyTorch for forecasting demand.' },
  { title: 'Account Executive', description: 'Sell our SaaS platform to enterprise customers, Salesforce daily.' },
  { title: 'Site Reliability Engineer', description: 'Kubernetes, Terraform and on-call incident response.' },
  { title: 'Product Designer', description: 'Figma prototypes and user research for a mobile banking app.' },
];
const cities = ['Berlin, Germany', 'London, UK', 'Paris, France', 'New York, NY', 'Toronto, ON'];

beforeAll(async () => {
  handle = await openTestDatabase({ ownCatalogue: true });
  embedder = createOfflineEmbedder();
  const vectors = await embedder.embed(templates.map((template) => `${template.title}\n${template.description}`), 'document');
  const count = exhaustiveMaximum + 200;
  const postings = Array.from({ length: count }, (_, index) => {
    const template = templates[index % templates.length]!;
    // Each a little apart from the others of its template, so none is a duplicate in vector space either.
    const vector = vectors[index % templates.length]!.map((value, axis) => (axis === index % 512 ? value + 0.05 : value));
    return {
      ...template,
      company: `Company ${index % 97}`,
      locations: [cities[index % cities.length]!],
      workplaceType: index % 4 === 0 ? 'remote' : 'onsite',
      publishedAt: new Date(now.getTime() - (index % 60) * 24 * 60 * 60 * 1000),
      occupation: storedOccupation(template),
      embedding: toStoredVector(vector),
      embeddingModel: embedder.model,
    };
  });
  for (let start = 0; start < postings.length; start += 400) await seedJobs(handle.db, postings.slice(start, start + 400));
  userId = (await createTestUser(handle.db)).id;
  const passages = [
    { section: 'Summary', text: 'Backend engineer based in Berlin, Germany. Languages: English, German.' },
    { section: 'Experience', text: 'Backend Engineer, Acme Bank, Mar 2019 – Present' },
    { section: 'Skills', text: 'Python, Postgres, Docker' },
  ];
  const passageVectors = await embedder.embed(passages.map((passage) => passage.text), 'document');
  await seedCv(handle.db, userId, passages.map((passage, index) => ({ ...passage, embedding: toStoredVector(passageVectors[index]!), embeddingModel: embedder.model })));
}, 240_000);
afterAll(() => handle?.close());

/**
 * The statements one search sends, its transaction's bare BEGIN and COMMIT aside (a server sends
 * them with its first and last), as is the embedded database's background statistics pass.
 */
async function statementsOf(input: Record<string, unknown>) {
  let found = 0;
  const sent = await statementsSentBy(handle, async () => {
    found = (await runTool(searchJobs, input, { database: handle.db, userId, actor: 'agent', now: () => now, embedder })).jobs.length;
  });
  expect(found).toBeGreaterThan(0);
  return sent.filter((statement) => !/^\s*(begin|commit)\s*$|^analyze |pg_stat_force_next_flush/i.test(statement));
}

// Each search is run twice and the second counted: the first may read the word statistics, which a
// process keeps between searches.
describe('searchJobs on a catalogue too big to rank whole', () => {
  it('sends few statements for a typed request with a CV loaded', async () => {
    await statementsOf({ query: 'senior python backend engineer' });
    const sent = await statementsOf({ query: 'senior python backend engineer' });
    // 36 before the CV, its passages, the profile and the request's stems were read in one statement,
    // the walk restored the planner's settings itself, and the word statistics were checked once.
    expect(sent.length, sent.join('\n')).toBeLessThanOrEqual(20);
  });

  it('sends few statements for "jobs for me"', async () => {
    await statementsOf({ query: '' });
    const sent = await statementsOf({ query: '' });
    // 21 before (the CV's centroid was a statement of its own too).
    expect(sent.length, sent.join('\n')).toBeLessThanOrEqual(16);
  });
});
