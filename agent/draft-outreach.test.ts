import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { outreachDrafts, usageEvents } from '../db/schema.ts';
import { createTestUser } from '../db/test-users.ts';
import { withUser } from '../db/with-user.ts';
import { draftOutreach } from '../tools/draft-outreach.ts';
import { NotFoundError, UnavailableError, ValidationError } from '../tools/errors.ts';
import type { WrittenDraft } from '../tools/outreach/outreach-writer.ts';
import { runTool } from '../tools/run-tool.ts';
import { seedCv, seedJobs } from '../tools/test-catalogue.ts';
import { seedApplications } from '../tools/test-pipeline.ts';
import { createOutreachWriter } from './outreach-writer.ts';
import { textReply } from './test-gemini-stub.ts';
import { useGeminiModel } from './use-gemini-model.ts';

const gemini = useGeminiModel({ database: true });

const outreachWriter = () =>
  createOutreachWriter({ model: gemini.model() });

const experience = 'Backend Engineer at Globex (2021–2024): built payment APIs in Go and PostgreSQL; 3 years of Go.';
const leadership = 'Led a team of four engineers migrating billing to Kubernetes.';

/** A user with a CV and one application for a catalogue posting, as a draft needs. */
async function candidate() {
  const user = await createTestUser(gemini.handle.db);
  await seedCv(gemini.handle.db, user.id, [
    { section: 'Experience', text: experience },
    { section: 'Leadership', text: leadership },
  ]);
  const [job] = await seedJobs(gemini.handle.db, [
    { company: 'Acme', title: 'Backend Engineer', description: 'Acme builds its payments platform in Rust and Go on Kubernetes.' },
  ]);
  const [application] = await seedApplications(gemini.handle.db, user.id, [{ company: 'Acme', title: 'Backend Engineer', jobId: job!.id }]);
  return { user, application: application! };
}

/** The model's answer: the draft as the JSON its structured output asks for. Hand-written. */
function draftReply(draft: WrittenDraft) {
  return textReply(JSON.stringify(draft), {
    usageMetadata: { promptTokenCount: 2000, candidatesTokenCount: 300, thoughtsTokenCount: 100, totalTokenCount: 2400 },
  });
}

const grounded: WrittenDraft = {
  subject: 'Backend Engineer at Acme: payments experience in Go',
  body: [
    'Hi Dana,',
    'I am writing about the Backend Engineer role at Acme.',
    'At Globex I built payment APIs in Go and PostgreSQL, and I have 3 years of Go.',
    'I also led a team of four engineers migrating billing to Kubernetes.',
    'Would you have 15 minutes next week?',
    'Best regards',
  ].join('\n'),
  evidence: [
    { passage: 'P1', quote: 'built payment APIs in Go and PostgreSQL; 3 years of Go' },
    { passage: 'P2', quote: 'Led a team of four engineers migrating billing to Kubernetes' },
  ],
  claims: [
    { text: 'built payment APIs in Go and PostgreSQL at Globex', passages: ['P1'] },
    { text: 'led a team of four engineers', passages: ['P2'] },
  ],
};

const inventedRust: WrittenDraft = {
  ...grounded,
  body: 'Hi Dana,\nI have 10 years of Rust experience and built payment APIs in Go and PostgreSQL at Globex.\nBest regards',
  evidence: [{ passage: 'P1', quote: 'built payment APIs in Go and PostgreSQL' }],
};

function promptOf(requestIndex: number) {
  return gemini.stub.requests[requestIndex]!.body.contents.flatMap((content) => content.parts.map((part) => part.text ?? '')).join('');
}

describe('draftOutreach with the Gemini writer', () => {
  it('stores a grounded draft with the CV passages it quotes, and records the model call', async () => {
    const { user, application } = await candidate();
    gemini.stub.script(draftReply(grounded));

    const result = await runTool(
      draftOutreach,
      { applicationId: application.id, recipientName: 'Dana', recipientEmail: 'dana@acme.example', recipientRole: 'recruiter' },
      { database: gemini.handle.db, userId: user.id, actor: 'agent', outreachWriter: outreachWriter() },
    );
    const stored = await withUser(gemini.handle.db, user.id, (db) => db.select().from(outreachDrafts).where(eq(outreachDrafts.id, result.draft.id)));
    const usage = await withUser(gemini.handle.db, user.id, (db) => db.select().from(usageEvents));

    expect(result.rewritten).toBe(false);
    expect(result.rejectedEvidence).toEqual([]);
    expect(result.draft).toMatchObject({
      applicationId: application.id,
      recipientName: 'Dana',
      recipientEmail: 'dana@acme.example',
      subject: grounded.subject,
      body: grounded.body,
      status: 'draft',
      flaggedClaims: [],
      evidence: [
        { passageId: expect.any(String), section: 'Experience', quote: 'built payment APIs in Go and PostgreSQL; 3 years of Go' },
        { passageId: expect.any(String), section: 'Leadership', quote: 'Led a team of four engineers migrating billing to Kubernetes' },
      ],
    });
    expect(result.draft.gmailComposeUrl).toBe(
      `https://mail.google.com/mail/?view=cm&fs=1&to=dana%40acme.example&su=${encodeURIComponent(grounded.subject)}&body=${encodeURIComponent(grounded.body)}`,
    );
    expect(stored).toHaveLength(1);
    expect(gemini.stub.requests).toHaveLength(1);
    expect(gemini.stub.requests[0]).toMatchObject({ model: 'gemini-2.5-flash', method: 'generateContent' });
    expect(gemini.stub.requests[0]!.body.generationConfig).toMatchObject({ responseMimeType: 'application/json' });
    expect(promptOf(0)).toContain(leadership);
    expect(promptOf(0)).toContain('Acme builds its payments platform');
    expect(promptOf(0)).not.toContain(user.email);
    // gemini-2.5-flash: 2000 input at $0.30, 400 output (thinking included) at $2.50 per million tokens.
    expect(usage).toEqual([expect.objectContaining({ purpose: 'draft', inputTokens: 2000, outputTokens: 400, reasoningTokens: 100, costUsd: '0.001600' })]);
  });

  it('writes a draft again when it claims what the CV does not say, and keeps the grounded rewrite', async () => {
    const { user, application } = await candidate();
    gemini.stub.script(draftReply(inventedRust), draftReply(grounded));

    const result = await runTool(draftOutreach, { applicationId: application.id, recipientName: 'Dana' }, { database: gemini.handle.db, userId: user.id, actor: 'agent', outreachWriter: outreachWriter() });

    expect(result.rewritten).toBe(true);
    expect(result.draft).toMatchObject({ body: grounded.body, flaggedClaims: [] });
    expect(promptOf(1)).toContain('I have 10 years of Rust experience');
    expect(promptOf(1)).toContain('no CV passage the draft cites mentions 10 years, Rust');
  });

  it('flags a claim that is still invented after the rewrite, for the user to fix', async () => {
    const { user, application } = await candidate();
    gemini.stub.script(draftReply(inventedRust), draftReply(inventedRust));

    const result = await runTool(draftOutreach, { applicationId: application.id, recipientName: 'Dana' }, { database: gemini.handle.db, userId: user.id, actor: 'agent', outreachWriter: outreachWriter() });
    const usage = await withUser(gemini.handle.db, user.id, (db) => db.select().from(usageEvents));

    expect(result.rewritten).toBe(true);
    expect(result.draft.flaggedClaims).toEqual([
      {
        claim: 'I have 10 years of Rust experience and built payment APIs in Go and PostgreSQL at Globex.',
        reason: 'no CV passage the draft cites mentions 10 years, Rust',
      },
    ]);
    expect(result.draft.status).toBe('draft');
    expect(usage).toHaveLength(2);
  });

  it('leaves out evidence the CV does not contain and says why', async () => {
    const { user, application } = await candidate();
    gemini.stub.script(
      draftReply({
        ...grounded,
        evidence: [...grounded.evidence, { passage: 'P1', quote: 'Led the Rust migration at Google' }, { passage: 'P7', quote: 'Staff Engineer' }],
      }),
    );

    const result = await runTool(draftOutreach, { applicationId: application.id, recipientName: 'Dana' }, { database: gemini.handle.db, userId: user.id, actor: 'agent', outreachWriter: outreachWriter() });

    expect(result.draft.evidence.map((evidence) => evidence.quote)).toEqual([
      'built payment APIs in Go and PostgreSQL; 3 years of Go',
      'Led a team of four engineers migrating billing to Kubernetes',
    ]);
    expect(result.rejectedEvidence).toEqual([
      { passage: 'P1', quote: 'Led the Rust migration at Google', reason: 'these words are not in that passage of your CV' },
      { passage: 'P7', quote: 'Staff Engineer', reason: 'there is no such passage in your CV' },
    ]);
  });

  it('does not draft for another user’s application', async () => {
    const { application } = await candidate();
    const intruder = await createTestUser(gemini.handle.db);
    await seedCv(gemini.handle.db, intruder.id, [{ section: 'Experience', text: experience }]);
    gemini.stub.script(draftReply(grounded));

    const failure = await runTool(draftOutreach, { applicationId: application.id }, { database: gemini.handle.db, userId: intruder.id, actor: 'agent', outreachWriter: outreachWriter() }).catch(
      (error: unknown) => error,
    );

    expect(failure).toBeInstanceOf(NotFoundError);
    expect(gemini.stub.requests).toEqual([]);
  });

  it('asks for a CV first, and for a model when none is configured', async () => {
    const user = await createTestUser(gemini.handle.db);
    const [application] = await seedApplications(gemini.handle.db, user.id, [{ company: 'Acme', title: 'SRE' }]);
    gemini.stub.script();

    const withoutCv = await runTool(draftOutreach, { applicationId: application!.id }, { database: gemini.handle.db, userId: user.id, actor: 'agent', outreachWriter: outreachWriter() }).catch(
      (error: unknown) => error,
    );
    const withoutModel = await runTool(draftOutreach, { applicationId: application!.id }, { database: gemini.handle.db, userId: user.id, actor: 'agent' }).catch(
      (error: unknown) => error,
    );

    expect(withoutCv).toBeInstanceOf(ValidationError);
    expect(withoutCv).toMatchObject({ message: 'Upload your CV first: Atlas drafts outreach only from facts in your CV' });
    expect(withoutModel).toBeInstanceOf(UnavailableError);
    expect(withoutModel).toMatchObject({ code: 'model_not_configured' });
    expect(gemini.stub.requests).toEqual([]);
  });
});
