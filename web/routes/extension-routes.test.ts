import { readFileSync } from 'node:fs';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runTool } from '../../tools/run-tool.ts';
import { searchJobs } from '../../tools/search-jobs.ts';
import { seedCv } from '../../tools/test-catalogue.ts';
import { freshBoardFixture, startHttpStub, uniqueName, type HttpStub } from '../../tools/jobs/test-job-sources.ts';
import { defaultExtensionId } from '../extension/extension-key.ts';
import { startTestServer, type TestServer } from '../test-server.ts';

let server: TestServer;
let boards: HttpStub;
beforeAll(async () => {
  boards = await startHttpStub();
  server = await startTestServer({ environment: { GREENHOUSE_API_URL: boards.url } });
});
afterAll(async () => {
  await server.close();
  await boards.close();
});

const extensionOrigin = `chrome-extension://${defaultExtensionId}`;
const jsonLdPage = readFileSync(new URL('../../tools/jobs/fixtures/job-page-json-ld-array.html', import.meta.url), 'utf8');

async function keyFor(cookie: string, scopes: string[]) {
  const response = await server.request('/api/tokens', { method: 'POST', cookie, body: JSON.stringify({ name: 'Browser extension', scopes }) });
  expect(response.status).toBe(201);
  return ((await response.json()) as { token: string; accessToken: { id: string } });
}

/** A call as the extension makes it: from its own origin, with its key, never a cookie. */
function fromExtension(path: string, key: string, body: unknown, headers: Record<string, string> = {}) {
  return fetch(`${server.url}/api/extension${path}`, {
    method: 'POST',
    headers: { origin: extensionOrigin, authorization: `Bearer ${key}`, 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
}

async function connectedUser() {
  const { cookie, user } = await server.signUp();
  const { token, accessToken } = await keyFor(cookie, ['save-jobs']);
  return { cookie, user, key: token, keyId: accessToken.id };
}

const textPage = {
  title: 'Senior Backend Engineer - Ledgerly',
  siteName: null,
  text: [
    'Senior Backend Engineer',
    'Location: Berlin, Germany (hybrid)',
    'Employment type: Full-time',
    'We are looking for a backend engineer to build our billing platform in Python and PostgreSQL.',
    'Responsibilities: design APIs, run services on Kubernetes, mentor two engineers.',
    'Requirements: 5+ years of experience with Python; PostgreSQL in production.',
    'Salary: €70,000 – €90,000 per year. Apply with your CV.',
  ].join('\n'),
};

describe('the extension endpoints', () => {
  it('read a JSON-LD posting from the markup the extension sends, and say it is not in the pipeline yet', async () => {
    const { key } = await connectedUser();
    const url = `https://careers.example/${uniqueName('staff')}`;

    const response = await fromExtension('/read', key, { url, structuredData: jsonLdPage });
    const body = await response.json();

    expect(response.status).toBe(200);
    expect(response.headers.get('access-control-allow-origin')).toBe(extensionOrigin);
    expect(response.headers.get('access-control-allow-credentials')).toBeNull();
    expect(body).toMatchObject({ found: true, via: 'schema.org', posting: { title: 'Staff Platform Engineer & Tech Lead', company: 'Northwind Traders' }, application: null });
    expect(body.matchNote).toMatch(/Upload your CV/);
  });

  it('read a known board page through the board API and score it against the CV with its top reasons', async () => {
    const { key, user } = await connectedUser();
    await seedCv(server.handle.db, user.id, [
      { section: 'Experience', text: 'Senior Backend Engineer, Acme Bank, 2016 – Present. Go and TypeScript APIs, PostgreSQL, Kubernetes.' },
    ]);
    const board = freshBoardFixture<{ jobs: { id: number; title: string }[] }>('greenhouse-board.json');
    const job = board.jobs[0]!;
    boards.on(`/v1/boards/acme/jobs/${job.id}`, { body: job });

    const response = await fromExtension('/read', key, { url: `https://boards.greenhouse.io/acme/jobs/${job.id}` });
    const body = await response.json();

    expect(body).toMatchObject({ found: true, via: 'job board', posting: { title: job.title }, matchNote: null });
    expect(body.match.score).toBeGreaterThan(0);
    expect(body.match.reasons.length).toBeGreaterThan(0);
  });

  it("read the page's text when the board no longer lists its posting, and save it all the same", async () => {
    const { key } = await connectedUser();
    boards.on('/v1/boards/acme/jobs/999000111', { status: 404, body: { status: 404, error: 'Job not found' } });
    const url = 'https://boards.greenhouse.io/acme/jobs/999000111';

    const reading = await (await fromExtension('/read', key, { url, page: textPage })).json();
    const saved = await fromExtension('/save', key, { url, posting: reading.posting });

    expect(reading).toMatchObject({ found: true, via: 'page text', posting: { title: 'Senior Backend Engineer' } });
    expect(saved.status).toBe(201);
  });

  it('read title, company, location, contract and pay from page text without a model', async () => {
    const { key } = await connectedUser();

    const response = await fromExtension('/read', key, { url: `https://jobs.ledgerly.example/${uniqueName('backend')}`, page: textPage });
    const body = await response.json();

    expect(body).toMatchObject({
      found: true,
      via: 'page text',
      posting: {
        title: 'Senior Backend Engineer',
        company: 'Ledgerly',
        locations: ['Berlin, Germany (hybrid)'],
        workplaceType: 'hybrid',
        employmentType: 'Full-time',
        salaryMin: 70_000,
        salaryMax: 90_000,
        salaryCurrency: 'EUR',
      },
    });
  });

  it('find no posting on a page without one', async () => {
    const { key } = await connectedUser();
    const page = { title: 'Lemon drizzle cake', siteName: 'Bake Club', text: 'Whisk the butter and sugar. Fold in the flour and bake for 40 minutes. '.repeat(10) };

    const body = await (await fromExtension('/read', key, { url: 'https://bake.example/cake', page })).json();

    expect(body).toMatchObject({ found: false, posting: null });
  });

  it('refuse page text longer than the limit the extension cuts it to', async () => {
    const { key } = await connectedUser();

    const response = await fromExtension('/read', key, { url: 'https://jobs.example/long', page: { ...textPage, text: 'x'.repeat(60_001) } });

    expect(response.status).toBe(400);
  });

  it('save the corrected posting with group, stage and note, show it in the pipeline, update it on a second save, and know it by its address without campaign tags', async () => {
    const { key, cookie } = await connectedUser();
    const url = `https://jobs.ledgerly.example/${uniqueName('backend')}`;
    const { posting } = await (await fromExtension('/read', key, { url, page: textPage })).json();

    const saved = await fromExtension('/save', key, { url, posting: { ...posting, title: 'Backend Engineer (Billing)' }, group: 'Berlin', status: 'saved', notes: 'Ask about on-call' });
    const again = await fromExtension('/save', key, { url, posting, group: 'Berlin', status: 'applied' });
    const reread = await (await fromExtension('/read', key, { url: `${url}?utm_source=newsletter#apply`, page: textPage })).json();
    const pipeline = await (await server.request('/api/applications', { cookie })).json();

    expect(saved.status).toBe(201);
    expect((await saved.json()).application).toMatchObject({ title: 'Backend Engineer (Billing)', group: 'Berlin', status: 'saved', notes: 'Ask about on-call' });
    expect(again.status).toBe(200);
    expect(reread.application).toMatchObject({ status: 'applied', group: 'Berlin', notes: 'Ask about on-call' });
    expect(pipeline.applications).toEqual([expect.objectContaining({ url, status: 'applied', company: 'Ledgerly' })]);
  });

  it('refuse a read-only key, a read-and-write key and a revoked key', async () => {
    const { cookie, key, keyId } = await connectedUser();
    const readOnly = await keyFor(cookie, ['read']);
    const readWrite = await keyFor(cookie, ['read', 'write']);
    await server.request(`/api/tokens/${keyId}`, { method: 'DELETE', cookie });

    const revoked = await fromExtension('/read', key, { url: 'https://jobs.example/a', page: textPage });

    expect((await fromExtension('/read', readOnly.token, { url: 'https://jobs.example/a', page: textPage })).status).toBe(403);
    expect((await fromExtension('/save', readWrite.token, { url: 'https://jobs.example/a' })).status).toBe(403);
    expect(revoked.status).toBe(401);
    expect((await revoked.json()).error.message).toMatch(/reconnect/i);
    expect(revoked.headers.get('access-control-allow-origin')).toBe(extensionOrigin);
  });

  it('refuse every other origin, and answer the preflight for the extension alone', async () => {
    const { key } = await connectedUser();

    const elsewhere = await fromExtension('/read', key, { url: 'https://jobs.example/a', page: textPage }, { origin: 'https://evil.example' });
    const preflight = await fetch(`${server.url}/api/extension/save`, {
      method: 'OPTIONS',
      headers: { origin: extensionOrigin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization, content-type' },
    });

    expect(elsewhere.status).toBe(403);
    expect(elsewhere.headers.get('access-control-allow-origin')).toBeNull();
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe(extensionOrigin);
    expect(preflight.headers.get('access-control-allow-headers')).toMatch(/authorization/i);
  });

  it('answer 429 with Retry-After past 60 requests a minute from one key', async () => {
    const { key } = await connectedUser();
    const statuses: number[] = [];

    for (let request = 0; request < 61; request++) statuses.push((await fromExtension('/read', key, { url: 'https://bake.example/cake' })).status);
    const limited = await fromExtension('/read', key, { url: 'https://bake.example/cake' });

    expect(statuses.slice(0, 60).every((status) => status === 200)).toBe(true);
    expect(statuses[60]).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
  });

  it('does not accept a session cookie in place of the key', async () => {
    const { cookie } = await connectedUser();

    const response = await fetch(`${server.url}/api/extension/read`, {
      method: 'POST',
      headers: { origin: extensionOrigin, cookie, 'content-type': 'application/json' },
      body: JSON.stringify({ url: 'https://jobs.example/a', page: textPage }),
    });

    expect(response.status).toBe(401);
  });
});

/** Catalogue jobs that carry any of these words in their company, title, description or address. */
async function catalogueJobsWith(words: string[]) {
  const pattern = sql.join(
    words.map((word) => sql`${word.toLowerCase()}`),
    sql`, `,
  );
  const result = (await server.handle.db.execute(
    sql`select count(*)::int as count from jobs where exists (select 1 from unnest(array[${pattern}]::text[]) as word
      where lower(company || ' ' || title || ' ' || description || ' ' || coalesce(url, '')) like '%' || word || '%')`,
  )) as unknown as { rows: { count: number }[] };
  return result.rows[0]!.count;
}

describe('what a user reads on a page or types into the extension', () => {
  it("stays in their own pipeline with its details and never reaches another user's search or the catalogue", async () => {
    const alice = await connectedUser();
    await seedCv(server.handle.db, alice.user.id, [{ section: 'Experience', text: 'Senior Backend Engineer, 2016 – Present. Python, PostgreSQL, Kubernetes.' }]);
    const bob = await connectedUser();
    const company = uniqueName('Quillfeather');
    const typedSecret = uniqueName('zorblatt');
    const textUrl = `https://intranet.${company.toLowerCase()}.example/jobs/backend`;
    const jsonLdUrl = `https://careers.${company.toLowerCase()}.example/staff`;
    const pastedUrl = `https://mail.example/${uniqueName('inbox')}`;
    const page = { ...textPage, title: `Senior Backend Engineer - ${company}` };
    const structuredData = jsonLdPage.replaceAll('Northwind Traders', `${company} Traders`);
    const typed = {
      title: 'Principal Data Engineer',
      company: `${company} Labs`,
      locations: ['Lisbon'],
      workplaceType: 'remote',
      employmentType: 'Contract',
      salaryMin: 600,
      salaryMax: 700,
      salaryCurrency: 'EUR',
      description: `Referred by a friend; the hiring manager is ${typedSecret}.`,
    };

    const fromText = await (await fromExtension('/read', alice.key, { url: textUrl, page })).json();
    const fromJsonLd = await (await fromExtension('/read', alice.key, { url: jsonLdUrl, structuredData })).json();
    const saves = [
      await fromExtension('/save', alice.key, { url: textUrl, posting: fromText.posting }),
      await fromExtension('/save', alice.key, { url: jsonLdUrl, posting: fromJsonLd.posting }),
      await fromExtension('/save', alice.key, { url: pastedUrl, posting: typed, notes: 'Pasted from an email' }),
    ];
    const secondVisit = await (await fromExtension('/read', alice.key, { url: `${textUrl}?utm_source=mail`, page })).json();
    const bobSees = await runTool(searchJobs, { query: `${company} backend engineer ${typedSecret}`, limit: 50 }, { database: server.handle.db, userId: bob.user.id, actor: 'agent', now: () => new Date() });
    const pipeline = await (await server.request('/api/applications', { cookie: alice.cookie })).json();
    const exported = await (await server.request('/api/export.json', { cookie: alice.cookie })).json();

    expect(bobSees.jobs.filter((job) => job.company.includes(company))).toEqual([]);
    expect(await catalogueJobsWith([company, typedSecret])).toBe(0);
    expect(fromText).toMatchObject({ via: 'page text', posting: { company } });
    expect(fromText.match.score).toBeGreaterThan(0);
    expect(fromJsonLd).toMatchObject({ via: 'schema.org', posting: { company: `${company} Traders` } });
    expect(saves.map((save) => save.status)).toEqual([201, 201, 201]);
    expect(secondVisit.application).toMatchObject({ title: 'Senior Backend Engineer', company });
    expect(secondVisit.match.score).toBe(fromText.match.score);
    expect(pipeline.applications).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ url: textUrl, jobId: null, posting: { locations: ['Berlin, Germany (hybrid)'], workplaceType: 'hybrid', employmentType: 'Full-time', salaryMin: 70_000, salaryMax: 90_000, salaryCurrency: 'EUR' } }),
        expect.objectContaining({ url: jsonLdUrl, jobId: null, company: `${company} Traders`, title: 'Staff Platform Engineer & Tech Lead' }),
        expect.objectContaining({ url: pastedUrl, jobId: null, notes: 'Pasted from an email', posting: expect.objectContaining({ locations: ['Lisbon'], workplaceType: 'remote', employmentType: 'Contract', salaryMin: 600 }) }),
      ]),
    );
    expect(pipeline.applications).toHaveLength(3);
    expect(exported.records.applications).toEqual(expect.arrayContaining([expect.objectContaining({ url: pastedUrl, job_id: null, posting: expect.objectContaining({ employmentType: 'Contract', salaryMax: 700 }) })]));
  });

  it('links a board posting Atlas read from the board API to that catalogue job', async () => {
    const { key, cookie } = await connectedUser();
    const job = freshBoardFixture<{ jobs: { id: number; title: string }[] }>('greenhouse-board.json').jobs[0]!;
    boards.on(`/v1/boards/acme/jobs/${job.id}`, { body: job });
    const url = `https://boards.greenhouse.io/acme/jobs/${job.id}`;

    const { posting } = await (await fromExtension('/read', key, { url })).json();
    const saved = await (await fromExtension('/save', key, { url, posting })).json();
    const [catalogued] = ((await server.handle.db.execute(sql`select id from jobs where source = 'greenhouse' and external_id = ${String(job.id)}`)) as unknown as { rows: { id: string }[] }).rows;
    const pipeline = await (await server.request('/api/applications', { cookie })).json();

    expect(catalogued).toBeDefined();
    expect(saved.application.jobId).toBe(catalogued!.id);
    expect(pipeline.applications).toEqual([expect.objectContaining({ url, jobId: catalogued!.id })]);
  });
});

describe('Connect the extension', () => {
  it("names the extension's id and makes a save-jobs key called Browser extension, for the signed-in user only", async () => {
    const { cookie } = await server.signUp();

    const named = await (await server.request('/api/tokens/extension', { cookie })).json();
    const made = await server.request('/api/tokens/extension', { method: 'POST', cookie });
    const anonymous = await server.request('/api/tokens/extension', { method: 'POST' });
    const { token, accessToken } = await made.json();

    expect(named).toEqual({ extensionId: defaultExtensionId });
    expect(made.status).toBe(201);
    expect(made.headers.get('cache-control')).toBe('no-store');
    expect(accessToken).toMatchObject({ name: 'Browser extension', scopes: ['save-jobs'] });
    expect((await fromExtension('/read', token, { url: 'https://bake.example/cake', page: { title: 'Cake', siteName: null, text: 'Flour.' } })).status).toBe(200);
    expect(anonymous.status).toBe(401);
  });
});

describe('a key pasted into the extension', () => {
  it('is checked before the extension keeps it, also from a Firefox install, whose origin is its own', async () => {
    const { key } = await connectedUser();
    const firefox = 'moz-extension://0b6f7c2e-8d3a-4f51-9c1e-2a7b5d9e4f60';

    const accepted = await fromExtension('/check', key, {}, { origin: firefox });
    const unknown = await fromExtension('/check', 'atlas_pat_not-a-real-key.0000000000', {});
    const webPage = await fromExtension('/check', key, {}, { origin: 'https://evil.example' });

    expect(accepted.status).toBe(200);
    expect(accepted.headers.get('access-control-allow-origin')).toBe(firefox);
    expect(await accepted.json()).toEqual({ connected: true });
    expect(unknown.status).toBe(401);
    expect(webPage.status).toBe(403);
  });
});

describe('a key given up by the extension', () => {
  it('is revoked at once, refused afterwards, and the audit log names the key that gave itself up', async () => {
    const { key, cookie } = await connectedUser();

    const response = await fromExtension('/disconnect', key, {});
    const again = await fromExtension('/read', key, { url: 'https://bake.example/cake', page: { title: 'Cake', siteName: null, text: 'Flour.' } });
    const { accessTokens } = await (await server.request('/api/tokens', { cookie })).json();
    const { events } = await (await server.request('/api/audit', { cookie })).json();

    expect(response.status).toBe(204);
    expect(again.status).toBe(401);
    expect(accessTokens).toEqual([expect.objectContaining({ scopes: ['save-jobs'], revokedAt: expect.any(String) })]);
    expect(events).toEqual(expect.arrayContaining([expect.objectContaining({ action: 'revokeAccessToken', actorDetail: expect.stringMatching(/^access token /) })]));
  });
});

describe('the audit log', () => {
  it("names the extension's key for its saves and its reads of the CV", async () => {
    const { key, user, cookie } = await connectedUser();
    await seedCv(server.handle.db, user.id, [{ section: 'Skills', text: 'Python, PostgreSQL' }]);
    const url = `https://jobs.ledgerly.example/${uniqueName('audited')}`;
    const { posting } = await (await fromExtension('/read', key, { url, page: textPage })).json();
    await fromExtension('/save', key, { url, posting });

    const { events } = await (await server.request('/api/audit', { cookie })).json();

    expect(events).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ actorDetail: 'access token "Browser extension"', action: 'savePostingFromPage' }),
        expect.objectContaining({ actorDetail: 'access token "Browser extension"', action: 'readPostingFromPage', recordKind: 'cv' }),
      ]),
    );
  });
});

describe('a save-jobs key elsewhere', () => {
  it('is refused by MCP and by the session-only API', async () => {
    const { key } = await connectedUser();

    const mcp = await fetch(`${server.url}/mcp`, {
      method: 'POST',
      headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json', accept: 'application/json, text/event-stream' },
      body: JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'tools/list' }),
    });
    const applications = await fetch(`${server.url}/api/applications`, { headers: { authorization: `Bearer ${key}` } });
    const cv = await fetch(`${server.url}/api/cv`, { headers: { authorization: `Bearer ${key}` } });
    const tokens = await fetch(`${server.url}/api/tokens`, { method: 'POST', headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' }, body: '{"name":"x","scopes":["read"]}' });

    expect(mcp.status).toBe(403);
    expect(applications.status).toBe(401);
    expect(cv.status).toBe(401);
    expect(tokens.status).toBe(401);
  });

  it('cannot be made with other scopes beside it', async () => {
    const { cookie } = await server.signUp();

    const response = await server.request('/api/tokens', { method: 'POST', cookie, body: JSON.stringify({ name: 'x', scopes: ['save-jobs', 'read'] }) });

    expect(response.status).toBe(400);
  });
});
