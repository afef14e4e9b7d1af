import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { functionCallReply, startGeminiStub, textReply, type GeminiStub } from '../../agent/test-gemini-stub.ts';
import type { WrittenDraft } from '../../tools/outreach/outreach-writer.ts';
import { seedCv } from '../../tools/test-catalogue.ts';
import { seedApplications } from '../../tools/test-pipeline.ts';
import { startTestServer, type TestServer } from '../test-server.ts';

let stub: GeminiStub;
let server: TestServer;
beforeAll(async () => {
  stub = await startGeminiStub({ apiKey: 'test-key' });
  server = await startTestServer({ environment: { GOOGLE_GENERATIVE_AI_API_KEY: 'test-key', GEMINI_BASE_URL: `${stub.url}/v1beta` } });
});
afterAll(async () => {
  await server?.close();
  await stub?.close();
});

const invented: WrittenDraft = {
  subject: 'Platform Engineer at Initech',
  body: 'Hi Sam,\nI have run Terraform for 9 years.\nI built CI pipelines in GitHub Actions.\nBest regards',
  evidence: [{ passage: 'P1', quote: 'Built CI pipelines in GitHub Actions' }],
  claims: [{ text: 'built CI pipelines', passages: ['P1'] }],
};

/** A signed-in user with a CV and one application, ready for a draft. */
async function candidate() {
  const { cookie, user } = await server.signUp();
  await seedCv(server.handle.db, user.id, [{ section: 'Experience', text: 'Built CI pipelines in GitHub Actions for 30 services.' }]);
  const [application] = await seedApplications(server.handle.db, user.id, [{ company: 'Initech', title: 'Platform Engineer' }]);
  return { cookie, application: application! };
}

async function draftFor(cookie: string, applicationId: string) {
  // The first draft claims what the CV does not say, and so does the rewrite: it is stored flagged.
  stub.script(textReply(JSON.stringify(invented)), textReply(JSON.stringify(invented)));
  const response = await server.request('/api/drafts', { method: 'POST', cookie, body: JSON.stringify({ applicationId, recipientName: 'Sam' }) });
  return { status: response.status, body: await response.json() };
}

describe('drafts API', () => {
  it('writes a draft for an application, then lists, reads, edits and deletes it', async () => {
    const { cookie, application } = await candidate();

    const created = await draftFor(cookie, application.id);
    const id = created.body.draft.id as string;
    const listed = await (await server.request('/api/drafts', { cookie })).json();
    const forApplication = await (await server.request(`/api/drafts?applicationId=${application.id}`, { cookie })).json();
    const edited = await server.request(`/api/drafts/${id}`, {
      method: 'PATCH',
      cookie,
      body: JSON.stringify({ body: 'Hi Sam,\nI built CI pipelines in GitHub Actions.\nBest regards', recipientEmail: 'sam@initech.example', status: 'sent' }),
    });
    const read = await (await server.request(`/api/drafts/${id}`, { cookie })).json();
    const deleted = await server.request(`/api/drafts/${id}`, { method: 'DELETE', cookie });
    const afterwards = await server.request(`/api/drafts/${id}`, { cookie });

    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      rewritten: true,
      draft: { status: 'draft', flaggedClaims: [{ claim: 'I have run Terraform for 9 years.', reason: 'no CV passage the draft cites mentions Terraform, 9 years' }] },
    });
    expect(listed.drafts.map((draft: { id: string }) => draft.id)).toEqual([id]);
    expect(forApplication.drafts).toHaveLength(1);
    expect(edited.status).toBe(200);
    expect(read.draft).toMatchObject({
      body: 'Hi Sam,\nI built CI pipelines in GitHub Actions.\nBest regards',
      recipientEmail: 'sam@initech.example',
      status: 'sent',
      // The user removed the sentence Atlas flagged.
      flaggedClaims: [],
      gmailComposeUrl: expect.stringContaining('to=sam%40initech.example&su=Platform%20Engineer%20at%20Initech&body=Hi%20Sam%2C%0AI%20built'),
    });
    expect(deleted.status).toBe(204);
    expect(afterwards.status).toBe(404);
  });

  it('keeps a flag while the flagged sentence stays in the body', async () => {
    const { cookie, application } = await candidate();
    const { body } = await draftFor(cookie, application.id);

    const edited = await server.request(`/api/drafts/${body.draft.id}`, { method: 'PATCH', cookie, body: JSON.stringify({ subject: 'Hello from a platform engineer' }) });

    expect((await edited.json()).draft).toMatchObject({ subject: 'Hello from a platform engineer', flaggedClaims: [expect.objectContaining({ claim: 'I have run Terraform for 9 years.' })] });
  });

  it('treats another user’s draft as not found', async () => {
    const { cookie, application } = await candidate();
    const { body } = await draftFor(cookie, application.id);
    const other = await server.signUp();

    const read = await server.request(`/api/drafts/${body.draft.id}`, { cookie: other.cookie });
    const edit = await server.request(`/api/drafts/${body.draft.id}`, { method: 'PATCH', cookie: other.cookie, body: JSON.stringify({ subject: 'Mine' }) });
    const remove = await server.request(`/api/drafts/${body.draft.id}`, { method: 'DELETE', cookie: other.cookie });
    const list = await (await server.request('/api/drafts', { cookie: other.cookie })).json();
    stub.script();
    const draftForIt = await server.request('/api/drafts', { method: 'POST', cookie: other.cookie, body: JSON.stringify({ applicationId: application.id }) });

    expect([read.status, edit.status, remove.status, draftForIt.status]).toEqual([404, 404, 404, 404]);
    expect(list).toEqual({ drafts: [] });
    expect(stub.requests).toEqual([]);
  });

  it('refuses edits it cannot store, naming each field', async () => {
    const { cookie, application } = await candidate();
    const { body } = await draftFor(cookie, application.id);

    const response = await server.request(`/api/drafts/${body.draft.id}`, { method: 'PATCH', cookie, body: JSON.stringify({ subject: ' ', recipientEmail: 'not an email' }) });

    expect(response.status).toBe(400);
    expect((await response.json()).error.fields.map((field: { path: string }) => field.path).sort()).toEqual(['recipientEmail', 'subject']);
  });

  it('drafts from chat through the same tool', async () => {
    const { cookie, application } = await candidate();
    stub.script(
      functionCallReply('draftOutreach', { applicationId: application.id, recipientName: 'Sam', tone: 'concise' }),
      textReply(JSON.stringify({ ...invented, body: 'Hi Sam,\nI built CI pipelines in GitHub Actions.\nBest regards' })),
      textReply('Here is a draft for Initech. Atlas has not sent it.'),
    );

    const response = await server.request('/api/chat', {
      method: 'POST',
      cookie,
      body: JSON.stringify({ message: { role: 'user', parts: [{ type: 'text', text: 'Draft a note to Sam at Initech' }] } }),
    });
    const stream = await response.text();
    const drafts = await (await server.request('/api/drafts', { cookie })).json();

    expect(stub.requests.map((request) => request.method)).toEqual(['streamGenerateContent', 'generateContent', 'streamGenerateContent']);
    expect(stream).toContain('"type":"tool-output-available"');
    expect(drafts.drafts).toEqual([expect.objectContaining({ applicationId: application.id, flaggedClaims: [], status: 'draft' })]);
  });
});

describe('drafts API with no model configured', () => {
  let serverWithoutModel: TestServer;
  beforeAll(async () => {
    serverWithoutModel = await startTestServer();
  });
  afterAll(() => serverWithoutModel?.close());

  it('says drafting needs a model, and still lists drafts', async () => {
    const { cookie, user } = await serverWithoutModel.signUp();
    const [application] = await seedApplications(serverWithoutModel.handle.db, user.id, [{ company: 'Initech', title: 'SRE' }]);

    const drafting = await serverWithoutModel.request('/api/drafts', { method: 'POST', cookie, body: JSON.stringify({ applicationId: application!.id }) });
    const listing = await serverWithoutModel.request('/api/drafts', { cookie });

    expect(drafting.status).toBe(503);
    expect(await drafting.json()).toMatchObject({ error: { code: 'model_not_configured' } });
    expect(await listing.json()).toEqual({ drafts: [] });
  });
});
