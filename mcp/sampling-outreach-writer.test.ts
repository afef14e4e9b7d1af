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

const cvLine = 'Built payment systems in Go at Globex for five years.';

/** A user with a CV and an application for a posting, as drafting needs. */
async function userReadyToDraft() {
  const user = await createTestUser(handle.db);
  await seedCv(handle.db, user.id, [{ section: 'Experience', text: cvLine }]);
  const [job] = await seedJobs(handle.db, [{ title: 'Backend Engineer', company: 'Acme', description: 'Go, payments, Postgres.' }]);
  const [application] = await seedApplications(handle.db, user.id, [{ company: 'Acme', title: 'Backend Engineer', jobId: job!.id }]);
  return { user, applicationId: application!.id };
}

async function connect(userId: string, answers: string[], options: { sampling?: boolean } = {}) {
  const connected = await connectSamplingClient(handle.db, userId, answers, options);
  clients.push(connected.client);
  return connected;
}

const faithful = JSON.stringify({
  subject: 'Backend Engineer at Acme',
  body: `Hello,\n\nI built payment systems in Go at Globex for five years, and the Backend Engineer role at Acme asks for that.\n\nBest regards`,
  evidence: [{ passage: 'P1', quote: 'Built payment systems in Go at Globex for five years' }],
  claims: [{ text: 'built payment systems in Go at Globex for five years', passages: ['P1'] }],
});
const fabricated = JSON.stringify({
  subject: 'Backend Engineer at Acme',
  body: `Hello,\n\nI led payments at Stripe for 10 years.\n\nBest regards`,
  evidence: [{ passage: 'P1', quote: 'Built payment systems in Go at Globex for five years' }],
  claims: [{ text: 'led payments at Stripe for 10 years', passages: ['P1'] }],
});

function draftOf(result: Awaited<ReturnType<Client['callTool']>>) {
  return result.structuredContent as { draft: { subject: string; body: string; evidence: { quote: string }[]; flaggedClaims: { claim: string }[] }; rewritten: boolean };
}

describe('draftOutreach through MCP sampling, on a server without a model key', () => {
  it('asks the client’s model, with only this draft’s data and no client context, and keeps a draft the CV backs', async () => {
    const { user, applicationId } = await userReadyToDraft();
    const { client, asked } = await connect(user.id, [`Here is the draft:\n\`\`\`json\n${faithful}\n\`\`\``]);

    const result = await client.callTool({ name: 'draftOutreach', arguments: { applicationId } });
    const usage = await withUser(handle.db, user.id, (tx) => tx.query.usageEvents.findMany());

    expect(result.isError).toBeFalsy();
    expect(draftOf(result)).toMatchObject({ rewritten: false, draft: { subject: 'Backend Engineer at Acme', flaggedClaims: [] } });
    expect(draftOf(result).draft.evidence).toEqual([expect.objectContaining({ quote: 'Built payment systems in Go at Globex for five years' })]);
    expect(asked).toHaveLength(1);
    expect(asked[0]).toMatchObject({ includeContext: 'none', systemPrompt: expect.stringContaining('Say about the candidate only what the CV passages say') });
    expect(JSON.stringify(asked[0]!.messages)).toContain(cvLine);
    expect(usage).toEqual([expect.objectContaining({ purpose: 'draft', provider: 'mcp-sampling', model: 'client-model-1', inputTokens: 0 })]);
  });

  it('runs the same anti-fabrication check on the client’s answer: an unbacked claim is sent back once, then flagged', async () => {
    const { user, applicationId } = await userReadyToDraft();
    const rewrittenOnce = await connect(user.id, [fabricated, faithful]);
    const fabricatedTwice = await connect(user.id, [fabricated, fabricated]);

    const corrected = await rewrittenOnce.client.callTool({ name: 'draftOutreach', arguments: { applicationId } });
    const flagged = await fabricatedTwice.client.callTool({ name: 'draftOutreach', arguments: { applicationId } });

    expect(draftOf(corrected)).toMatchObject({ rewritten: true, draft: { flaggedClaims: [] } });
    expect(JSON.stringify(rewrittenOnce.asked[1]!.messages)).toMatch(/previous draft stated things[\s\S]*Stripe/);
    expect(draftOf(flagged).rewritten).toBe(true);
    expect(draftOf(flagged).draft.flaggedClaims).toEqual([expect.objectContaining({ claim: expect.stringContaining('Stripe') })]);
  });

  it('says what is missing when the client lends no model', async () => {
    const { user, applicationId } = await userReadyToDraft();
    const { client } = await connect(user.id, [], { sampling: false });

    const result = await client.callTool({ name: 'draftOutreach', arguments: { applicationId } });

    expect(result.isError).toBe(true);
    expect((result.content as { text: string }[])[0]!.text).toMatch(/no model key.*sampling/);
  });

  it('refuses an answer that is not a draft, saving nothing', async () => {
    const { user, applicationId } = await userReadyToDraft();
    const { client } = await connect(user.id, ['Sorry, I cannot help with that.']);

    const result = await client.callTool({ name: 'draftOutreach', arguments: { applicationId } });
    const drafts = await withUser(handle.db, user.id, (tx) => tx.query.outreachDrafts.findMany());

    expect(result.isError).toBe(true);
    expect((result.content as { text: string }[])[0]!.text).toMatch(/could not read/);
    expect(drafts).toEqual([]);
  });
});
