import { fromPglite, PgBoss } from 'pg-boss';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reportModelUsage } from '../../tools/usage/model-usage-observers.ts';
import { atlasMetrics, countReplicaRead, watchDatabasePool } from '../observability/metrics.ts';
import { startTestServer, type TestServer } from '../test-server.ts';

const token = 'metrics-token-for-tests-0123456789';
let withMetrics: TestServer;
let withoutMetrics: TestServer;
beforeAll(async () => {
  [withMetrics, withoutMetrics] = await Promise.all([startTestServer({ environment: { ATLAS_METRICS_TOKEN: token } }), startTestServer()]);
});
afterAll(async () => {
  await withMetrics?.close();
  await withoutMetrics?.close();
});

const scrape = (server: TestServer, authorization?: string) => fetch(`${server.url}/metrics`, { headers: authorization ? { authorization } : {} });

describe('GET /metrics', () => {
  it('does not exist unless ATLAS_METRICS_TOKEN is set', async () => {
    const response = await scrape(withoutMetrics, `Bearer ${token}`);

    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain('atlas_');
  });

  it('refuses a scraper without the token or with a wrong one', async () => {
    const wrong = await scrape(withMetrics, 'Bearer not-the-metrics-token-at-all');
    const none = await scrape(withMetrics);
    const basic = await scrape(withMetrics, `Basic ${token}`);

    expect([wrong.status, none.status, basic.status]).toEqual([401, 401, 401]);
    expect(await wrong.text()).not.toContain('atlas_http_request_duration_seconds');
  });

  it('counts requests by route pattern, never by the ids in the URL, and tool calls by outcome', async () => {
    const { cookie } = await withMetrics.signUp();
    const recordId = crypto.randomUUID();
    await withMetrics.request(`/api/drafts/${recordId}`, { cookie });
    await withMetrics.request('/api/applications', { cookie });
    await withMetrics.request('/api/applications', { method: 'POST', cookie, body: JSON.stringify({ title: '' }) });

    const response = await scrape(withMetrics, `Bearer ${token}`);
    const text = await response.text();

    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/plain');
    expect(text).toMatch(/atlas_http_request_duration_seconds_count\{method="GET",route="\/api\/drafts\/:id",status_class="4xx"\} 1/);
    expect(text).toMatch(/atlas_http_request_duration_seconds_bucket\{le="[\d.+Inf]+",method="GET",route="\/api\/applications",status_class="2xx"\}/);
    expect(text).toMatch(/atlas_tool_calls_total\{tool="listApplications",outcome="ok"\} 1/);
    expect(text).toMatch(/atlas_tool_calls_total\{tool="saveJob",outcome="refused"\} 1/);
    expect(text).toContain('process_cpu_user_seconds_total');
    expect(text).not.toContain(recordId);
  });
});

describe('operator metrics', () => {
  it('reports pg-boss queue depths by queue and state', async () => {
    const { driver } = withMetrics.handle;
    const boss =
      driver.kind === 'pglite'
        ? new PgBoss({ db: fromPglite(driver.client), backend: 'pglite', schema: 'pgboss' })
        : new PgBoss({ connectionString: driver.url, schema: 'pgboss', max: 1 });
    await boss.start();
    try {
      await boss.createQueue('metrics-depth-test');
      await boss.send('metrics-depth-test', { kind: 'probe' });

      const text = await (await scrape(withMetrics, `Bearer ${token}`)).text();

      expect(text).toMatch(/atlas_queue_jobs\{queue="metrics-depth-test",state="queued"\} \d+/);
      expect(text).toMatch(/atlas_queue_jobs\{queue="metrics-depth-test",state="active"\} \d+/);
    } finally {
      await boss.stop({ graceful: false });
    }
  });


  it('counts model tokens and cost by purpose and model, and reads database pools', async () => {
    reportModelUsage([
      { purpose: 'draft', provider: 'google', model: 'gemini-2.5-flash', inputTokens: 1200, outputTokens: 300, cachedInputTokens: 200, reasoningTokens: 50, costUsd: 0.0021, latencyMs: 900 },
    ]);
    watchDatabasePool({ totalCount: 7, idleCount: 5, waitingCount: 1 });

    const text = await atlasMetrics().registry.metrics();

    expect(text).toContain('atlas_model_tokens_total{purpose="draft",provider="google",model="gemini-2.5-flash",kind="input"} 1200');
    expect(text).toContain('atlas_model_tokens_total{purpose="draft",provider="google",model="gemini-2.5-flash",kind="output"} 300');
    expect(text).toContain('atlas_model_cost_usd_total{purpose="draft",provider="google",model="gemini-2.5-flash"} 0.0021');
    expect(text).toMatch(/atlas_db_pool_connections 7\b/);
    expect(text).toMatch(/atlas_db_pool_waiting_clients 1\b/);
  });

  it('counts reads a replica may answer by the server that answered them', async () => {
    countReplicaRead('replica');
    countReplicaRead('replica');
    countReplicaRead('primary');

    const text = await atlasMetrics().registry.metrics();

    expect(text).toMatch(/atlas_replica_reads_total\{served_by="replica"\} 2\b/);
    expect(text).toMatch(/atlas_replica_reads_total\{served_by="primary"\} 1\b/);
  });
});
