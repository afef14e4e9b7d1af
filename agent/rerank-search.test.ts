import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { usageEvents } from '../db/schema.ts';
import { createTestUser } from '../db/test-users.ts';
import { withUser } from '../db/with-user.ts';
import { runTool } from '../tools/run-tool.ts';
import { searchJobs } from '../tools/search-jobs.ts';
import type { RerankAnswer } from '../tools/search/result-reranker.ts';
import { seedCv, seedJobs } from '../tools/test-catalogue.ts';
import { createResultReranker } from './result-reranker.ts';
import { errorReply, textReply } from './test-gemini-stub.ts';
import { useGeminiModel } from './use-gemini-model.ts';

const gemini = useGeminiModel({ database: true });

const resultReranker = () =>
  createResultReranker({ model: gemini.model() });

/** The model's answer as the JSON its structured output asks for. Hand-written. */
const rerankReply = (answer: RerankAnswer) => textReply(JSON.stringify(answer));

/** A user with a nursing CV and three postings of a company of their own (the catalogue is shared on a server). */
async function nurseWithPostings() {
  const user = await createTestUser(gemini.handle.db);
  await seedCv(gemini.handle.db, user.id, [
    { section: 'Summary', text: 'Registered nurse in Manchester, United Kingdom, six years on an intensive care unit.' },
    { section: 'Experience', text: 'ICU Staff Nurse, Manchester Royal Infirmary, 2019 – Present' },
  ]);
  const company = `Northgate Health ${randomUUID().slice(0, 8)}`;
  await seedJobs(gemini.handle.db, [
    { company, title: 'Staff Nurse – Surgical Ward', locations: ['Manchester, UK'], description: 'Care for patients after surgery on a 28-bed ward.' },
    { company, title: 'ICU Staff Nurse', locations: ['Manchester, UK'], description: 'Critical care nursing on a 16-bed intensive care unit.' },
    { company, title: 'Theatre Nurse', locations: ['Leeds, UK'], description: 'Scrub and circulate in elective orthopaedic theatres.' },
  ]);
  return { user, company };
}

const search = (userId: string, input: Record<string, unknown>) =>
  runTool(searchJobs, input, { database: gemini.handle.db, userId, actor: 'agent', now: () => new Date('2026-06-01T12:00:00Z'), resultReranker: resultReranker() });

describe('searchJobs re-ranked by the model', () => {
  it('puts the results in the model’s order with its reasons, tells the model no CV text, and records the call’s usage', async () => {
    const { user, company } = await nurseWithPostings();
    const offline = await runTool(searchJobs, { query: 'nurse', company }, { database: gemini.handle.db, userId: user.id, actor: 'agent' });
    const icuAt = offline.jobs.findIndex((job) => job.title === 'ICU Staff Nurse') + 1;
    const others = offline.jobs.map((_, index) => index + 1).filter((number) => number !== icuAt);
    gemini.stub.script(
      rerankReply({
        ranking: [
          { result: icuAt, reason: 'Intensive care, the specialty of your last six years, in Manchester.' },
          ...others.map((result) => ({ result, reason: 'Nursing, but another specialty.' })),
        ],
      }),
    );

    const result = await search(user.id, { query: 'nurse', company, rerank: true });
    const prompt = JSON.stringify(gemini.stub.requests[0]!.body);
    const usage = await withUser(gemini.handle.db, user.id, (tx) => tx.select().from(usageEvents));

    expect(result.jobs[0]).toMatchObject({ title: 'ICU Staff Nurse', modelReason: 'Intensive care, the specialty of your last six years, in Manchester.' });
    expect(result.jobs).toHaveLength(offline.jobs.length);
    expect(result.rankedBy).toContain('model');
    expect(prompt).toContain('Staff Nurse – Surgical Ward');
    // What Atlas read off the CV goes to the model, not the CV's own sentences.
    expect(prompt).not.toContain('six years on an intensive care unit');
    expect(usage).toEqual([expect.objectContaining({ purpose: 'rerank', inputTokens: 412, outputTokens: 24 })]);
  });

  it('never drops or invents a result, whatever numbers the model answers with', async () => {
    const { user, company } = await nurseWithPostings();
    gemini.stub.script(
      rerankReply({
        ranking: [
          { result: 3, reason: 'Third first.' },
          { result: 3, reason: 'Again.' },
          { result: 9, reason: 'A result it was never given.' },
        ],
      }),
    );

    const offline = await runTool(searchJobs, { query: 'nurse', company }, { database: gemini.handle.db, userId: user.id, actor: 'agent' });
    const result = await search(user.id, { query: 'nurse', company, rerank: true });

    expect(result.jobs.map((job) => job.id)).toEqual([offline.jobs[2]!.id, offline.jobs[0]!.id, offline.jobs[1]!.id]);
    expect(result.jobs.map((job) => job.modelReason)).toEqual(['Third first.', undefined, undefined]);
  });

  it('keeps Atlas’s own order, without naming the model, when the model fails', async () => {
    const { user, company } = await nurseWithPostings();
    gemini.stub.script(errorReply(503, 'UNAVAILABLE', 'The model is overloaded.'), errorReply(503, 'UNAVAILABLE', 'The model is overloaded.'), errorReply(503, 'UNAVAILABLE', 'The model is overloaded.'));

    const offline = await runTool(searchJobs, { query: 'nurse', company }, { database: gemini.handle.db, userId: user.id, actor: 'agent' });
    const result = await search(user.id, { query: 'nurse', company, rerank: true });

    expect(result.jobs.map((job) => job.id)).toEqual(offline.jobs.map((job) => job.id));
    expect(result.rankedBy).not.toContain('model');
  });

  it('asks no model unless the user asked for a re-rank', async () => {
    const { user, company } = await nurseWithPostings();
    gemini.stub.script();

    const result = await search(user.id, { query: 'nurse', company });

    expect(gemini.stub.requests).toHaveLength(0);
    expect(result.rankedBy).not.toContain('model');
  });
});
