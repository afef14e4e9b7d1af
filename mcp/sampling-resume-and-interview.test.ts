import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../db/database.ts';
import { openTestDatabase } from '../db/test-database.ts';
import { createTestUser } from '../db/test-users.ts';
import { withUser } from '../db/with-user.ts';
import { seedCv, seedJobs } from '../tools/test-catalogue.ts';
import { seedApplications } from '../tools/test-pipeline.ts';
import { connectSamplingClient } from './test-sampling-client.ts';

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await openTestDatabase();
});
afterAll(() => handle.close());

const clients: Client[] = [];
afterEach(async () => {
  await Promise.all(clients.splice(0).map((client) => client.close()));
});

async function userWithApplication() {
  const user = await createTestUser(handle.db);
  await seedCv(handle.db, user.id, [
    { section: 'Experience', text: 'Warehouse Team Leader, Parcelnet, 2020 – present' },
    { section: 'Experience', text: 'Ran a night shift of 14 pickers at 99.6% pick accuracy' },
  ]);
  const [job] = await seedJobs(handle.db, [{ title: 'Warehouse Supervisor', company: 'Brightwater Foods', description: 'Requirements\nLead a night shift of pickers.\nHigh pick accuracy.' }]);
  const [application] = await seedApplications(handle.db, user.id, [{ company: 'Brightwater Foods', title: 'Warehouse Supervisor', jobId: job!.id }]);
  return { user, applicationId: application!.id };
}

async function connect(userId: string, answers: string[]) {
  const connected = await connectSamplingClient(handle.db, userId, answers, { model: 'client-model-2' });
  clients.push(connected.client);
  return connected;
}

describe("résumés and mock interviews through the MCP client's model", () => {
  it('rewords a résumé with the client’s model, keeping only what the CV backs', async () => {
    const { user, applicationId } = await userWithApplication();
    const proposal = JSON.stringify({
      summary: null,
      roles: [{ role: 'R1', bullets: [{ text: 'Led a night shift of 14 pickers at 99.6% pick accuracy', passages: ['P2'] }] }],
    });
    const { client, asked } = await connect(user.id, [proposal]);

    const result = await client.callTool({ name: 'tailorResume', arguments: { applicationId } });
    const output = result.structuredContent as { resume: { modelWritten: boolean; tailored: { resume: { work: { highlights: string[] }[] } } } };
    const usage = await withUser(handle.db, user.id, (tx) => tx.query.usageEvents.findMany());

    expect(result.isError).toBeFalsy();
    expect(asked).toHaveLength(1);
    expect(asked[0]!.includeContext).toBe('none');
    expect(output.resume.modelWritten).toBe(true);
    expect(output.resume.tailored.resume.work[0]!.highlights).toEqual(['Led a night shift of 14 pickers at 99.6% pick accuracy']);
    expect(usage).toEqual([expect.objectContaining({ purpose: 'resume', provider: 'mcp-sampling', model: 'client-model-2' })]);
  });

  it('scores a mock interview with the client’s model, keeping only scores that quote the answer', async () => {
    const { user, applicationId } = await userWithApplication();
    const answer = 'On my shift pick accuracy was 99.6%. I coached the two slowest pickers myself.';
    const scores = JSON.stringify({
      answers: [
        {
          questionId: 'q1',
          scores: [
            { criterion: 'evidence', score: 5, quote: 'pick accuracy was 99.6%', improvement: 'Say over how long.' },
            { criterion: 'structure', score: 4, quote: 'I doubled throughput', improvement: 'x' },
          ],
        },
      ],
      summary: 'Specific.',
      strengths: ['Numbers'],
      focus: ['Structure'],
    });
    const { client } = await connect(user.id, [scores]);

    const started = (await client.callTool({ name: 'startInterviewPractice', arguments: { applicationId } })).structuredContent as { practice: { id: string } };
    const scored = await client.callTool({ name: 'submitInterviewAnswers', arguments: { practiceId: started.practice.id, answers: [{ questionId: 'q1', text: answer }] } });
    const report = (scored.structuredContent as { practice: { report: { answers: { scores: { criterion: string; quote: string }[] }[] } } }).practice.report;

    expect(scored.isError).toBeFalsy();
    expect(report.answers[0]!.scores).toEqual([expect.objectContaining({ criterion: 'evidence', quote: 'On my shift pick accuracy was 99.6%.' })]);
  });
});
