import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGeminiStub, textReply, type GeminiStub } from '../../agent/test-gemini-stub.ts';
import type { ScoredPractice } from '../../tools/interview/interview-scorer.ts';
import { seedCv, seedJobs } from '../../tools/test-catalogue.ts';
import { seedApplications } from '../../tools/test-pipeline.ts';
import { startTestServer, type TestServer } from '../test-server.ts';

let stub: GeminiStub;
let server: TestServer;
let offline: TestServer;
beforeAll(async () => {
  stub = await startGeminiStub({ apiKey: 'test-key' });
  server = await startTestServer({ environment: { GOOGLE_GENERATIVE_AI_API_KEY: 'test-key', GEMINI_BASE_URL: `${stub.url}/v1beta` } });
  offline = await startTestServer();
});
afterAll(async () => {
  await server?.close();
  await offline?.close();
  await stub?.close();
});

async function candidate(target: TestServer) {
  const { cookie, user } = await target.signUp();
  await seedCv(target.handle.db, user.id, [
    { section: 'Experience', text: 'Pharmacy Technician, Boots, 2019–2024' },
    { section: 'Experience', text: 'Checked and dispensed 300 prescriptions a day with no recorded errors' },
  ]);
  const [job] = await seedJobs(target.handle.db, [
    {
      title: 'Senior Pharmacy Technician',
      company: 'Northfield Hospital',
      description: 'The role\nSupervise the dispensary team and check prescriptions for accuracy and safety.\nTrain new pharmacy assistants.',
    },
  ]);
  const [application] = await seedApplications(target.handle.db, user.id, [{ company: 'Northfield Hospital', title: 'Senior Pharmacy Technician', jobId: job!.id }]);
  return { cookie, application: application! };
}

const answer = 'At Boots I checked 300 prescriptions a day. I caught a tenfold dosing error and called the prescriber. The patient got the right dose that evening.';

function scoresQuoting(quote: string): ScoredPractice {
  return {
    answers: [
      {
        questionId: 'q1',
        scores: [
          { criterion: 'structure', score: 4, quote, improvement: 'Open with the situation.' },
          { criterion: 'relevance', score: 5, quote, improvement: 'Name the safety requirement.' },
          { criterion: 'evidence', score: 5, quote: 'I reduced errors by 90% across the region.', improvement: 'x' },
          { criterion: 'clarity', score: 4, quote, improvement: 'Shorter sentences.' },
        ],
      },
    ],
    summary: 'A safety-minded answer with a real example.',
    strengths: ['q1: a concrete catch'],
    focus: ['State the result first'],
  };
}

describe('mock interviews API', () => {
  it('starts a practice, scores the answers through the chat model, and keeps only scores that quote the answer', async () => {
    const { cookie, application } = await candidate(server);

    const started = await server.request('/api/interviews', { method: 'POST', cookie, body: JSON.stringify({ applicationId: application.id }) });
    const { practice } = await started.json();
    stub.script(textReply(JSON.stringify(scoresQuoting('I caught a tenfold dosing error'))));
    const scored = await server.request(`/api/interviews/${practice.id}/answers`, { method: 'POST', cookie, body: JSON.stringify({ answers: [{ questionId: 'q1', text: answer }] }) });
    const body = await scored.json();
    const listed = await (await server.request('/api/interviews', { cookie })).json();
    const markdown = await (await server.request(`/api/interviews/${practice.id}/report.md`, { cookie })).text();

    expect(started.status).toBe(201);
    expect(scored.status).toBe(200);
    expect(body.practice.state).toBe('scored');
    const report = body.practice.report.answers[0];
    expect(report.scores.map((score: { criterion: string }) => score.criterion)).toEqual(['structure', 'relevance', 'clarity']);
    expect(report.scores[0].quote).toBe('I caught a tenfold dosing error and called the prescriber.');
    expect(report.droppedScores).toEqual([expect.objectContaining({ criterion: 'evidence' })]);
    // The prompt carried the posting and the answer as data.
    expect(JSON.stringify(stub.requests.at(-1))).toContain('tenfold dosing error');
    expect(listed).toMatchObject({ scoringAvailable: true, practices: [{ id: practice.id, state: 'scored', answeredCount: 1, company: 'Northfield Hospital' }] });
    expect(markdown).toContain('# Mock interview: Senior Pharmacy Technician at Northfield Hospital');
    expect(markdown).toContain('“I caught a tenfold dosing error and called the prescriber.”');
  });

  it('without a model keeps the answers and says scoring needs one', async () => {
    const { cookie, application } = await candidate(offline);
    const { practice } = await (await offline.request('/api/interviews', { method: 'POST', cookie, body: JSON.stringify({ applicationId: application.id }) })).json();

    const response = await offline.request(`/api/interviews/${practice.id}/answers`, { method: 'POST', cookie, body: JSON.stringify({ answers: [{ questionId: 'q2', text: answer }] }) });
    const body = await response.json();

    expect(response.status).toBe(200);
    expect(body.practice.state).toBe('needs_model');
    expect(body.message).toContain('needs a model');
    expect((await (await offline.request('/api/interviews', { cookie })).json()).scoringAvailable).toBe(false);
  });

  it("answers 404 for another user's practice and deletes one's own", async () => {
    const { cookie, application } = await candidate(offline);
    const other = await offline.signUp();
    const { practice } = await (await offline.request('/api/interviews', { method: 'POST', cookie, body: JSON.stringify({ applicationId: application.id }) })).json();

    expect((await offline.request(`/api/interviews/${practice.id}`, { cookie: other.cookie })).status).toBe(404);
    expect((await offline.request(`/api/interviews/${practice.id}`, { method: 'DELETE', cookie: other.cookie })).status).toBe(404);
    expect((await offline.request(`/api/interviews/${practice.id}`, { method: 'DELETE', cookie })).status).toBe(204);
    expect((await offline.request(`/api/interviews/${practice.id}`, { cookie })).status).toBe(404);
  });

  it('refuses a missing application id with a reason', async () => {
    const { cookie } = await candidate(offline);
    const response = await offline.request('/api/interviews', { method: 'POST', cookie, body: JSON.stringify({}) });

    expect(response.status).toBe(400);
    expect((await response.json()).error).toBeTruthy();
  });
});
