import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findUserTables } from '../db/user-tables.ts';
import { withUser } from '../db/with-user.ts';
import { createAccessToken } from '../mcp/access-tokens.ts';
import { tools } from '../tools/index.ts';
import { seedApplications } from '../tools/test-pipeline.ts';
import { findUserByEmail } from './auth/accounts.ts';
import { startTestServer, type TestServer } from './test-server.ts';

// Text Postgres refuses (U+0000 in text and jsonb) or cannot encode (an unpaired UTF-16 surrogate).
const unstorableTexts = { 'a lone NUL': '\u0000', 'a NUL inside': 'Berlin\u0000x', 'a lone high surrogate': 'Ber\uD800lin', 'a lone low surrogate': '\uDC00Berlin' };
// A query string cannot carry a lone surrogate (its %-escapes are UTF-8), so only NUL reaches a query.
const unstorableQueryTexts = { 'a lone NUL': '%00', 'a NUL inside': 'Berlin%00x' };
// Instants whose UTC year is 0 or 10000, which JavaScript writes in a form Postgres does not read.
const outOfRangeInstants = ['0000-01-01T00:00:00Z', '0001-01-01T00:30:00+01:00', '9999-12-31T23:30:00-05:00', '9999-12-31T23:59:59.999-00:01'];
// Above a Postgres integer column, or not a finite whole number.
const outOfRangeIntegers = [2_147_483_648, 1e12, 9_007_199_254_740_993];
// Addresses whose path has a %-escape that does not decode.
const brokenEscapeAddresses = [
  'https://boards.greenhouse.io/%E0%A4/jobs/123',
  'https://jobs.lever.co/acme%/0f0e0d0c-0b0a-4908-9706-050403020100',
  'https://jobs.ashbyhq.com/%ZZacme/0f0e0d0c-0b0a-4908-9706-050403020100',
  'https://example.com/careers/%C3',
];

interface RestCase {
  name: string;
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  path: string;
  body?: unknown;
  /** A body sent as it is, for what JSON cannot say (a broken multipart body). */
  raw?: { contentType: string; body: string };
}

interface ToolCase {
  name: string;
  tool: string;
  arguments: Record<string, unknown>;
}

let server: TestServer;
let cookie: string;
let userId: string;
let token: string;
let applicationId: string;
let conversationId: string;
const someId = '0f0e0d0c-0b0a-4908-9706-050403020100';
const signUpEmails: string[] = [];

beforeAll(async () => {
  // A chat model is configured so that /api/chat reads its body; no test here gets as far as calling it.
  server = await startTestServer({ environment: { GOOGLE_GENERATIVE_AI_API_KEY: 'unused-key', GEMINI_BASE_URL: 'http://127.0.0.1:9/' } });
  ({ cookie, user: { id: userId } } = await server.signUp());
  const [application] = await seedApplications(server.handle.db, userId, [{ company: 'Acme', title: 'Engineer', notes: 'first call went well' }]);
  applicationId = application!.id;
  const conversation = await server.request('/api/conversations', { method: 'POST', cookie, body: JSON.stringify({ title: 'Berlin search' }) });
  ({ conversation: { id: conversationId } } = (await conversation.json()) as { conversation: { id: string } });
  ({ token } = await createAccessToken(server.handle.db, { userId, name: 'bad input', scopes: ['read', 'write'], now: new Date() }));
});
afterAll(() => server.close());

function restCases(): RestCase[] {
  const cases: RestCase[] = [];
  const jsonText = (route: string, method: RestCase['method'], path: string, body: (text: string) => unknown) => {
    for (const [kind, text] of Object.entries(unstorableTexts)) cases.push({ name: `${route} with ${kind}`, method, path, body: body(text) });
  };
  jsonText('sign-up name', 'POST', '/api/auth/signup', (name) => {
    const email = `${crypto.randomUUID()}@example.test`;
    signUpEmails.push(email);
    return { email, password: 'violet-harbour-lantern-42', name };
  });
  jsonText('access token name', 'POST', '/api/tokens', (name) => ({ name, scopes: ['read'] }));
  jsonText('new conversation title', 'POST', '/api/conversations', (title) => ({ title }));
  jsonText('new task title', 'POST', '/api/tasks', (title) => ({ title }));
  jsonText('task notes', 'PATCH', `/api/tasks/${someId}`, (notes) => ({ notes }));
  jsonText('conversation rename', 'PATCH', `/api/conversations/${conversationId}`, (title) => ({ title }));
  jsonText('chat message', 'POST', '/api/chat', (text) => ({ conversationId, message: { role: 'user', parts: [{ type: 'text', text }] } }));
  for (const field of ['targetRoles', 'locations', 'dealBreakers', 'companiesToAvoid']) {
    jsonText(`profile ${field}`, 'PUT', '/api/profile', (text) => ({ [field]: ['Backend Engineer', text] }));
  }
  jsonText('save job group', 'POST', '/api/applications', (group) => ({ jobId: someId, group }));
  jsonText('application notes', 'PATCH', `/api/applications/${applicationId}`, (notes) => ({ notes }));
  jsonText('application group', 'PATCH', `/api/applications/${applicationId}`, (group) => ({ group }));
  for (const field of ['recipientName', 'recipientRole', 'focus']) {
    jsonText(`new draft ${field}`, 'POST', '/api/drafts', (text) => ({ applicationId, [field]: text }));
  }
  for (const field of ['subject', 'body', 'recipientName']) jsonText(`draft ${field}`, 'PATCH', `/api/drafts/${someId}`, (text) => ({ [field]: text }));
  jsonText('interview answer', 'POST', `/api/interviews/${someId}/answers`, (text) => ({ answers: [{ questionId: 'q1', text }] }));
  jsonText('résumé edit', 'PUT', `/api/resumes/${someId}`, (text) => ({ resume: { basics: { summary: text } }, sectionOrder: ['work'] }));
  for (const field of ['name', 'company', 'role']) jsonText(`contact ${field}`, 'PATCH', `/api/contacts/${someId}`, (text) => ({ [field]: text }));
  for (const field of ['name', 'company', 'role']) jsonText(`new contact ${field}`, 'POST', '/api/contacts', (text) => ({ email: 'someone@example.test', [field]: text }));
  jsonText('followed board company', 'POST', '/api/boards', (company) => ({ source: 'greenhouse', board: 'acme', company }));
  jsonText('company followed by name', 'POST', '/api/boards/by-company', (company) => ({ company }));
  jsonText('OAuth client name', 'POST', '/register', (client_name) => ({ redirect_uris: ['http://127.0.0.1:7777/callback'], client_name }));

  for (const [kind, text] of Object.entries(unstorableQueryTexts)) {
    cases.push({ name: `pipeline group filter with ${kind}`, method: 'GET', path: `/api/applications?group=${text}` });
    for (const parameter of ['q', 'location', 'company']) {
      cases.push({ name: `search ${parameter} with ${kind}`, method: 'GET', path: `/api/jobs/search?${parameter}=${text}` });
    }
  }
  for (const amount of outOfRangeIntegers) {
    cases.push({ name: `search minimumSalary ${amount}`, method: 'GET', path: `/api/jobs/search?minimumSalary=${amount}` });
    cases.push({ name: `profile salary floor ${amount}`, method: 'PUT', path: '/api/profile', body: { salaryFloor: amount } });
  }
  for (const instant of outOfRangeInstants) {
    cases.push({ name: `audit log before ${instant}`, method: 'GET', path: `/api/audit?before=${encodeURIComponent(instant)}` });
    cases.push({ name: `email signals since ${instant}`, method: 'GET', path: `/api/gmail/signals?since=${encodeURIComponent(instant)}` });
  }
  for (const url of brokenEscapeAddresses) {
    cases.push({ name: `job import of ${url}`, method: 'POST', path: '/api/jobs/import', body: { url } });
  }
  cases.push({ name: 'job import of an address with NUL', method: 'POST', path: '/api/jobs/import', body: { url: 'https://example.com/jobs?id=1\u0000' } });
  for (const path of ['/api/conversations/%E0%A4', '/api/drafts/%', '/api/applications/%ZZ/history']) {
    cases.push({ name: `a path with a broken escape: ${path}`, method: 'GET', path });
  }
  cases.push({ name: 'revoking an access token by an id with NUL', method: 'DELETE', path: '/api/tokens/a%00b' });
  cases.push({ name: 'disconnecting an app by an id with NUL', method: 'DELETE', path: '/api/connected-apps/a%00b' });
  const challenge = 'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM';
  cases.push({
    name: 'OAuth authorize for a client id with NUL',
    method: 'GET',
    path: `/authorize?client_id=a%00b&redirect_uri=http%3A%2F%2F127.0.0.1%3A7777%2Fcallback&response_type=code&code_challenge=${challenge}&code_challenge_method=S256`,
  });
  const form = (fields: Record<string, string>) => ({ contentType: 'application/x-www-form-urlencoded', body: new URLSearchParams(fields).toString() });
  cases.push({ name: 'OAuth token for a client id with NUL', method: 'POST', path: '/token', raw: form({ grant_type: 'authorization_code', client_id: 'a\u0000b', code: 'c', code_verifier: 'v'.repeat(43) }) });
  cases.push({ name: 'OAuth token for a code with NUL', method: 'POST', path: '/token', raw: form({ grant_type: 'refresh_token', client_id: 'a', refresh_token: 'r\u0000' }) });
  cases.push({ name: 'OAuth revocation of a token with NUL', method: 'POST', path: '/revoke', raw: form({ client_id: 'a\u0000b', token: 't\u0000' }) });
  cases.push({
    name: 'OAuth consent for a client id with NUL',
    method: 'POST',
    path: '/oauth/consent',
    raw: form({ client_id: 'a\u0000b', redirect_uri: 'http://127.0.0.1:7777/callback', code_challenge: challenge, scope: 'read', resource: `${'http://x'}/mcp`, decision: 'allow' }),
  });
  const part = 'Content-Disposition: form-data; name="file"; filename="cv.txt"\r\nContent-Type: text/plain\r\n\r\nTen years of TypeScript.\r\n';
  for (const [kind, value] of Object.entries(unstorableTexts)) {
    cases.push({ name: `briefing time zone with ${kind}`, method: 'PUT', path: '/api/briefings/time-zone', body: { timeZone: value } });
  }
  cases.push({ name: 'briefing time zone that does not exist', method: 'PUT', path: '/api/briefings/time-zone', body: { timeZone: 'Mars/Olympus' } });
  cases.push({ name: "this week's briefing with a field it does not take", method: 'POST', path: '/api/briefings', body: { weekOf: '2026-12-14' } });
  cases.push({ name: 'CV upload without a boundary', method: 'PUT', path: '/api/cv', raw: { contentType: 'multipart/form-data', body: `--x\r\n${part}--x--\r\n` } });
  cases.push({ name: 'CV upload without a closing boundary', method: 'PUT', path: '/api/cv', raw: { contentType: 'multipart/form-data; boundary=x', body: `--x\r\n${part}` } });
  cases.push({ name: 'CV upload cut inside the headers', method: 'PUT', path: '/api/cv', raw: { contentType: 'multipart/form-data; boundary=x', body: '--x\r\nContent-Disposition: form-da' } });
  const namedPart = `Content-Disposition: form-data; name="file"; filename*=UTF-8''cv%00.txt\r\nContent-Type: text/plain\r\n\r\nTen years of TypeScript.\r\n`;
  cases.push({ name: 'CV upload of a file named with NUL', method: 'PUT', path: '/api/cv', raw: { contentType: 'multipart/form-data; boundary=x', body: `--x\r\n${namedPart}--x--\r\n` } });
  return cases;
}

function toolCases(): ToolCase[] {
  const cases: ToolCase[] = [];
  const text = (tool: string, field: string, argumentsWith: (text: string) => Record<string, unknown>) => {
    for (const [kind, value] of Object.entries(unstorableTexts)) cases.push({ name: `${tool} ${field} with ${kind}`, tool, arguments: argumentsWith(value) });
  };
  text('followBoard', 'company', (company) => ({ source: 'lever', board: 'acme', company }));
  text('followCompany', 'company', (company) => ({ company }));
  text('labelThread', 'threadId', (threadId) => ({ threadId }));
  text('listApplications', 'group', (group) => ({ group }));
  for (const field of ['targetRoles', 'locations', 'dealBreakers', 'companiesToAvoid']) {
    for (const change of ['add', 'remove']) text('rememberPreference', `${field}.${change}`, (value) => ({ [field]: { [change]: [value] } }));
  }
  text('saveJob', 'group', (group) => ({ jobId: someId, group }));
  text('updateApplication', 'notes', (notes) => ({ applicationId, notes }));
  text('createTask', 'title', (title) => ({ title }));
  text('listContacts', 'query', (query) => ({ query }));
  for (const field of ['name', 'company', 'role']) text('saveContact', field, (value) => ({ email: 'someone@example.test', [field]: value }));
  text('createTask', 'suggestionKey', (suggestionKey) => ({ suggestionKey }));
  text('updateTask', 'notes', (notes) => ({ taskId: someId, notes }));
  text('updateApplication', 'group', (group) => ({ applicationId, group }));
  text('submitInterviewAnswers', 'answers.text', (value) => ({ practiceId: someId, answers: [{ questionId: 'q1', text: value }] }));
  for (const field of ['recipientName', 'recipientRole', 'focus']) text('draftOutreach', field, (value) => ({ applicationId, [field]: value }));
  for (const field of ['query', 'location', 'company', 'remoteFrom']) {
    text('searchJobs', field, (value) => (field === 'remoteFrom' ? { remoteOnly: true, remoteFrom: value } : { [field]: value }));
  }
  for (const amount of outOfRangeIntegers) {
    cases.push({ name: `searchJobs minimumSalary ${amount}`, tool: 'searchJobs', arguments: { minimumSalary: amount } });
    cases.push({ name: `rememberPreference salaryFloor ${amount}`, tool: 'rememberPreference', arguments: { salaryFloor: amount } });
  }
  for (const since of outOfRangeInstants) cases.push({ name: `readGmailMetadata since ${since}`, tool: 'readGmailMetadata', arguments: { since } });
  for (const url of brokenEscapeAddresses) cases.push({ name: `importJob of ${url}`, tool: 'importJob', arguments: { url } });
  for (const weekOf of ['2026-02-30', '275760-09-14', 'last Monday']) cases.push({ name: `getBriefing weekOf ${weekOf}`, tool: 'getBriefing', arguments: { weekOf } });
  return cases;
}

/** Every row the user can see, so a refused request that wrote anything shows up as a difference. */
async function userRows() {
  return withUser(server.handle.db, userId, async (tx) => {
    const snapshot: Record<string, unknown> = {};
    for (const table of await findUserTables(tx)) {
      // The audit log records requests, refused ones included, and a token records when it was last used;
      // neither holds anything the request carried.
      if (table.name === 'audit_events') continue;
      const columns = table.exportedColumns.filter((column) => column.name !== 'last_used_at').map((column) => sql.identifier(column.name));
      const row = sql`row(${sql.join(columns, sql`, `)})::text`;
      const result = (await tx.execute(
        sql`select md5(coalesce(string_agg(${row}, '|' order by ${row}), '')) as digest, count(*) as count from ${sql.identifier(table.name)}`,
      )) as unknown as { rows: { digest: string; count: number }[] };
      snapshot[table.name] = result.rows[0];
    }
    return snapshot;
  });
}

describe('input Postgres cannot store', () => {
  const rest = restCases();
  const calls = toolCases();

  it('covers at least 200 bad inputs across the REST routes and every tool with a text, number, date or address field', () => {
    expect(rest.length + calls.length).toBeGreaterThanOrEqual(200);
    // These take nothing a caller could make unstorable: no input, ids (uuids) or a small bounded limit.
    const withoutFreeInput = ['listTasks', 'getCv', 'getSearchProfile', 'listFollowedBoards', 'refreshBoards', 'deleteSearch', 'unfollowBoard', 'scoreMatch', 'listSearchHistory', 'startInterviewPractice', 'tailorResume', 'getResume'];
    const covered = new Set([...calls.map((call) => call.tool), ...withoutFreeInput]);
    expect(tools.map((tool) => tool.name).filter((name) => !covered.has(name))).toEqual([]);
  });

  it('answers every bad REST input with a 4xx and a reason, and writes nothing', async () => {
    const before = await userRows();
    const failures: string[] = [];
    for (const testCase of rest) {
      const init: RequestInit & { cookie?: string } = { method: testCase.method, cookie };
      if (testCase.raw) init.headers = { 'content-type': testCase.raw.contentType };
      const body = testCase.raw?.body ?? (testCase.body === undefined ? undefined : JSON.stringify(testCase.body));
      if (body !== undefined) init.body = body;
      const response = await server.request(testCase.path, init);
      const answer = (await response.json().catch(() => null)) as { error?: { message?: string } | string; error_description?: string } | null;
      const reason = typeof answer?.error === 'object' ? answer.error.message : answer?.error_description;
      if (response.status < 400 || response.status >= 500 || !reason) failures.push(`${testCase.name}: ${response.status} ${JSON.stringify(answer)}`);
    }
    expect(failures).toEqual([]);
    expect(await userRows()).toEqual(before);
    for (const email of signUpEmails) expect(await findUserByEmail(server.handle.db, email)).toBeUndefined();
  });

  it('answers every bad tool input over MCP with a tool error that says what is wrong, and writes nothing', async () => {
    const client = new Client({ name: 'bad-input', version: '1.0.0' });
    await client.connect(new StreamableHTTPClientTransport(new URL('/mcp', server.url), { requestInit: { headers: { Authorization: `Bearer ${token}` } } }));
    const before = await userRows();
    const failures: string[] = [];
    try {
      for (const call of calls) {
        const result = await client.callTool({ name: call.tool, arguments: call.arguments }).catch((error: Error) => ({ isError: true, content: [{ type: 'text', text: error.message }] }));
        const text = (result.content as { type: string; text?: string }[]).map((item) => item.text ?? '').join(' ');
        if (!result.isError || !text || /on Atlas's side/.test(text)) failures.push(`${call.name}: ${JSON.stringify(result)}`);
      }
    } finally {
      await client.close();
    }
    expect(failures).toEqual([]);
    expect(await userRows()).toEqual(before);
  });
});
