import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createJobEmbeddingQueue, type JobEmbeddingQueue } from '../../tools/embeddings/job-embedding-queue.ts';
import { createOfflineEmbedder } from '../../tools/embeddings/offline-embedder.ts';
import { freshBoardFixture, readPageFixture, startHttpStub, uniqueName, type HttpStub } from '../../tools/jobs/test-job-sources.ts';
import { startTestServer, type TestServer } from '../test-server.ts';

let stub: HttpStub;
let server: TestServer;
beforeAll(async () => {
  stub = await startHttpStub();
  server = await startTestServer({
    environment: {
      GREENHOUSE_API_URL: stub.url,
      LEVER_API_URL: stub.url,
      LEVER_EU_API_URL: `${stub.url}/eu`,
      ASHBY_API_URL: stub.url,
      SMARTRECRUITERS_API_URL: stub.url,
      WORKABLE_API_URL: stub.url,
      RECRUITEE_BOARD_URL: `${stub.url}/recruitee/{board}`,
      PERSONIO_BOARD_URL: `${stub.url}/personio/{board}`,
      TEAMTAILOR_BOARD_URL: `${stub.url}/teamtailor/{board}`,
      WORKDAY_SITE_URL: `${stub.url}/workday/{board}`,
      ATLAS_ALLOW_PRIVATE_FETCH: 'true',
    },
  });
});
afterAll(async () => {
  await server.close();
  await stub.close();
});

const json = (body: unknown) => JSON.stringify(body);

describe('job routes', () => {
  it.each([
    ['POST', '/api/jobs/import', json({ url: 'https://jobs.example.com/1' })],
    ['GET', '/api/boards', undefined],
    ['POST', '/api/boards', json({ source: 'greenhouse', board: 'acme' })],
    ['POST', '/api/boards/refresh', undefined],
    ['DELETE', '/api/boards/7d1e2f3a-4b5c-4d6e-8f70-8192a3b4c5d6', undefined],
    ['GET', '/api/jobs/embedding-status', undefined],
  ])('%s %s answers 401 without a session', async (method, path, body) => {
    const response = await server.request(path, { method, body });

    expect(response.status).toBe(401);
    expect((await response.json()).error.code).toBe('unauthenticated');
  });

  it.each([
    ['/api/jobs/import', {}, 'url'],
    ['/api/jobs/import', { url: 'ftp://jobs.example.com/1' }, 'url'],
    ['/api/boards', { source: 'icims', board: 'acme' }, 'source'],
    // A Workday board is a career site: its address or tenant.wdN.site, not a bare name.
    ['/api/boards', { source: 'workday', board: 'acme' }, 'board'],
    ['/api/boards', { source: 'lever', board: '' }, 'board'],
  ])('POST %s answers 400 for %j', async (path, body, field) => {
    const { cookie } = await server.signUp();

    const response = await server.request(path, { method: 'POST', cookie, body: json(body) });

    const { error } = await response.json();
    expect(response.status).toBe(400);
    expect(new Set(error.fields.map((entry: { path: string }) => entry.path))).toEqual(new Set([field]));
  });

  it('answers 400 for a board id that is not an id', async () => {
    const { cookie } = await server.signUp();

    const response = await server.request('/api/boards/not-an-id', { method: 'DELETE', cookie });

    expect(response.status).toBe(400);
  });

  it('imports a job from a page, 201 the first time and 200 after', async () => {
    const { cookie } = await server.signUp();
    const path = `/careers/${uniqueName('job')}`;
    stub.on(path, { body: readPageFixture('job-page-json-ld-graph.html') });
    const request = () => server.request('/api/jobs/import', { method: 'POST', cookie, body: json({ url: stub.url + path }) });

    const first = await request();
    const second = await request();

    expect(first.status).toBe(201);
    expect((await first.json()).job).toMatchObject({ title: 'Data Engineer', company: 'Contoso', workplaceType: 'remote' });
    expect(second.status).toBe(200);
    expect((await second.json()).outcome).toBe('unchanged');
  });

  it('answers 422 for a page without a job posting', async () => {
    const { cookie } = await server.signUp();
    const path = `/blog/${uniqueName('post')}`;
    stub.on(path, { body: readPageFixture('page-without-posting.html') });

    const response = await server.request('/api/jobs/import', { method: 'POST', cookie, body: json({ url: stub.url + path }) });

    expect(response.status).toBe(422);
    expect((await response.json()).error.code).toBe('no_job_posting');
  });

  it('follows, lists, refreshes and unfollows a board', async () => {
    const { cookie } = await server.signUp();
    const board = uniqueName('acme');
    // Its hosted pages on the stub too, so no test reaches jobs.ashbyhq.com.
    stub.on(`/posting-api/job-board/${board}`, { body: freshBoardFixture('ashby-board.json', { 'https://jobs.ashbyhq.com': stub.url }) });

    const followed = await server.request('/api/boards', { method: 'POST', cookie, body: json({ source: 'ashby', board, company: 'Acme' }) });
    const { board: created, counts } = await followed.json();
    const listed = await (await server.request('/api/boards', { cookie })).json();
    const refreshed = await (await server.request('/api/boards/refresh', { method: 'POST', cookie })).json();
    const removed = await server.request(`/api/boards/${created.id}`, { method: 'DELETE', cookie });
    const removedAgain = await server.request(`/api/boards/${created.id}`, { method: 'DELETE', cookie });

    expect(followed.status).toBe(201);
    expect(counts).toEqual({ added: 2, updated: 0, closed: 0, unchanged: 0 });
    expect(listed.boards).toEqual([created]);
    expect(refreshed.boards).toEqual([expect.objectContaining({ status: 'refreshed', counts: { added: 0, updated: 0, closed: 0, unchanged: 2 } })]);
    expect(removed.status).toBe(204);
    expect(removedAgain.status).toBe(404);
  });

  it('reports a refreshed board entry that could not be read, keeping its posting open', async () => {
    const { cookie } = await server.signUp();
    const board = uniqueName('acme');
    const listing = freshBoardFixture<{ jobs: Record<string, unknown>[] }>('greenhouse-board.json', { 'Acme Robotics': uniqueName('Acme') });
    stub.on(`/v1/boards/${board}/jobs`, { body: listing });
    await server.request('/api/boards', { method: 'POST', cookie, body: json({ source: 'greenhouse', board }) });

    const [first, ...others] = listing.jobs;
    const { absolute_url: _link, ...withoutLink } = first!;
    stub.on(`/v1/boards/${board}/jobs`, { body: { jobs: [withoutLink, ...others] } });
    const refreshed = await (await server.request('/api/boards/refresh', { method: 'POST', cookie })).json();

    expect(refreshed.boards).toEqual([
      expect.objectContaining({ status: 'refreshed', counts: { added: 0, updated: 0, closed: 0, unchanged: others.length, unreadable: 1 } }),
    ]);
  });

  it('answers 503 for the embedding status when nothing embeds postings', async () => {
    const { cookie } = await server.signUp();

    const response = await server.request('/api/jobs/embedding-status', { cookie });

    expect(response.status).toBe(503);
  });

  it('answers 502 when the board API is failing', async () => {
    const { cookie } = await server.signUp();
    const board = uniqueName('broken');
    stub.on(`/v1/boards/${board}/jobs`, { body: { jobs: 'not a list' } });

    const response = await server.request('/api/boards', { method: 'POST', cookie, body: json({ source: 'greenhouse', board }) });

    expect(response.status).toBe(502);
    expect((await response.json()).error.message).toMatch(/^Greenhouse: answered in an unexpected shape/);
  });
});

/** A careers page describing one posting in JSON-LD, as the importer reads it. */
function postingPage({ title, company, description }: { title: string; company: string; description: string }) {
  const jobPosting = { '@context': 'https://schema.org/', '@type': 'JobPosting', title, description, hiringOrganization: { '@type': 'Organization', name: company } };
  return `<!doctype html><html><head><script type="application/ld+json">${JSON.stringify(jobPosting)}</script></head><body></body></html>`;
}

describe('job routes with embedding in the background', () => {
  let embedded: TestServer;
  let jobEmbedding: JobEmbeddingQueue;
  beforeAll(async () => {
    const embedder = createOfflineEmbedder();
    embedded = await startTestServer({
      environment: { ATLAS_ALLOW_PRIVATE_FETCH: 'true' },
      dependencies: (handle) => {
        jobEmbedding = createJobEmbeddingQueue({ database: handle.db, embedder, delayMs: 100, log: () => {} });
        return { embedder, jobEmbedding };
      },
    });
  });
  afterAll(async () => {
    await jobEmbedding.stop();
    await embedded.close();
  });

  it('makes postings imported while Atlas runs findable by meaning within seconds, with no restart', async () => {
    const { cookie } = await embedded.signUp();
    const company = uniqueName('Embedco');
    const pages = [
      {
        title: 'Site Reliability Engineer',
        company,
        description: 'You will run our Kubernetes clusters, automate infrastructure with Terraform and lead incident response when production services fail.',
      },
      { title: 'Baker', company, description: 'You will bake bread and laminate croissant dough before dawn, and keep the ovens and the pastry kitchen spotless.' },
    ].map((posting) => {
      const path = `/careers/${uniqueName('job')}`;
      stub.on(path, { body: postingPage(posting) });
      return stub.url + path;
    });
    // No word in common with either posting, so only search by meaning can find them.
    const search = async () => {
      const query = new URLSearchParams({ q: 'looking after cloud servers and fixing outages at night', company });
      const { jobs } = await (await embedded.request(`/api/jobs/search?${query}`, { cookie })).json();
      return (jobs as { title: string }[]).map((job) => job.title);
    };

    const started = performance.now();
    const imports = await Promise.all(pages.map((url) => embedded.request('/api/jobs/import', { method: 'POST', cookie, body: json({ url }) })));
    const answeredAfter = performance.now() - started;
    const status = await embedded.request('/api/jobs/embedding-status', { cookie });

    expect(imports.map((response) => response.status)).toEqual([201, 201]);
    expect(answeredAfter).toBeLessThan(2_000);
    expect(status.status).toBe(200);
    expect(await status.json()).toEqual({ pending: expect.any(Number), embedded: expect.any(Number), model: 'use-lite-512' });
    // Found by meaning alone, first; the baker answers nothing in the request and is not listed.
    await expect.poll(search, { timeout: 20_000, interval: 200 }).toEqual(['Site Reliability Engineer']);
  });
});
