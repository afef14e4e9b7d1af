import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type DatabaseHandle } from '../db/database.ts';
import { replicatedClusterMissing, startReplicatedCluster, type ReplicatedCluster } from '../db/test-replicated-cluster.ts';
import { freePort } from '../ops/backup/throwaway-cluster.ts';
import { connectedUser, startGmailWorld, type GmailWorld } from '../tools/gmail/test-gmail-setup.ts';
import { seedJobs } from '../tools/test-catalogue.ts';

// Three `web/main.ts` processes behind HAProxy, on a primary with a streaming replica, all started
// here. It needs no DATABASE_URL and brings its own cluster, so it runs in the embedded-database pass
// only: on a second pass it would prove the same again.
const hasHaproxy = spawnSync('haproxy', ['-v'], { stdio: 'ignore' }).status === 0;
const missing = [...replicatedClusterMissing(), ...(hasHaproxy ? [] : ['HAProxy (apt-get install haproxy)'])];
const skipReason = process.env.DATABASE_URL ? 'it starts its own cluster, so it runs in the embedded-database pass only' : missing.length > 0 ? `${missing.join(', ')} not installed` : undefined;
if (skipReason && !process.env.DATABASE_URL) console.warn(`Skipping the app processes behind a load balancer test: ${skipReason}.`);

const companies = ['Northwind', 'Contoso', 'Fabrikam', 'Initech', 'Globex', 'Umbrella'];
const postingsPerCompany = 4;
const mcpRequestsPerMinute = 30;
const users = 6;
const rounds = 6;

interface App {
  name: string;
  port: number;
  child: ChildProcess;
  output: () => string;
  exited: Promise<unknown>;
}

let folder: string;
let cluster: ReplicatedCluster | undefined;
let handle: DatabaseHandle | undefined;
let world: GmailWorld | undefined;
let balancer: ChildProcess | undefined;
let apps: App[] = [];
let publicUrl: string;

async function until(what: string, condition: () => Promise<boolean>, timeoutMs = 45_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await condition().catch(() => false)) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`timed out waiting for ${what}`);
}

function startApp(name: string, port: number, environment: Record<string, string>): App {
  let output = '';
  const child = spawn(process.execPath, ['--import', 'tsx', 'web/main.ts'], {
    env: { PATH: process.env.PATH, HOME: process.env.HOME, ...environment, PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  const exited = new Promise((resolve) => child.on('exit', resolve));
  return { name, port, child, output: () => output, exited };
}

function haproxyConfig(listenPort: number): string {
  return [
    'global',
    '  maxconn 2000',
    'defaults',
    '  mode http',
    '  timeout connect 1s',
    '  timeout client 30s',
    '  timeout server 30s',
    // A connection a dead process refuses never carried the request: it is safe to send elsewhere.
    '  retries 3',
    '  option redispatch',
    'frontend atlas',
    `  bind 127.0.0.1:${listenPort}`,
    '  option forwardfor',
    '  default_backend apps',
    'backend apps',
    '  balance roundrobin',
    '  option httpchk GET /api/health/live',
    // A dead process refuses the check at once; a live one busy for a moment on a loaded machine is
    // given two seconds, so the balancer never takes every process out of rotation at once.
    '  timeout check 2s',
    '  default-server inter 300ms fall 2 rise 1',
    // Which process answered, so the test sees requests spread over all of them.
    '  http-response set-header X-Atlas-Process %s',
    ...apps.map((app) => `  server ${app.name} 127.0.0.1:${app.port} check`),
    '',
  ].join('\n');
}

beforeAll(async () => {
  if (skipReason) return;
  folder = mkdtempSync(join(tmpdir(), 'atlas-processes-'));
  cluster = await startReplicatedCluster(folder);
  handle = await openDatabase({ kind: 'postgres', url: cluster.primaryUrl });
  // Migrated once here, so the three processes starting at once find nothing left to do.
  await handle.migrate();
  // Already embedded with the offline model's id, so no process spends the test embedding them.
  const vector = [1, ...new Array<number>(767).fill(0)];
  await seedJobs(
    handle.db,
    companies.flatMap((company) =>
      Array.from({ length: postingsPerCompany }, (_, index) => ({ company, title: `Backend engineer ${index + 1}`, description: 'TypeScript and PostgreSQL', embedding: vector, embeddingModel: 'use-lite-512' })),
    ),
  );
  const listenPort = await freePort();
  publicUrl = `http://127.0.0.1:${listenPort}`;
  world = await startGmailWorld({ publicUrl });
  const keys = world.config.ATLAS_ENCRYPTION_KEYS.map(({ id, key }) => `${id}:${key.toString('base64')}`).join(',');
  const environment = {
    HOST: '127.0.0.1',
    ATLAS_PUBLIC_URL: publicUrl,
    ATLAS_TRUST_PROXY: 'true',
    DATABASE_URL: cluster.primaryUrl,
    DATABASE_REPLICA_URL: cluster.replicaUrl,
    ATLAS_MCP_REQUESTS_PER_MINUTE: String(mcpRequestsPerMinute),
    ATLAS_HIBP_CHECK: 'false',
    ATLAS_LOG_LEVEL: 'warn',
    GOOGLE_CLIENT_ID: world.config.GOOGLE_CLIENT_ID!,
    GOOGLE_CLIENT_SECRET: world.config.GOOGLE_CLIENT_SECRET!,
    GOOGLE_AUTHORIZATION_URL: world.config.GOOGLE_AUTHORIZATION_URL,
    GOOGLE_TOKEN_URL: world.config.GOOGLE_TOKEN_URL,
    GOOGLE_REVOKE_URL: world.config.GOOGLE_REVOKE_URL,
    GMAIL_API_URL: world.config.GMAIL_API_URL,
    ATLAS_ENCRYPTION_KEYS: keys,
  };
  apps = await Promise.all(['app1', 'app2', 'app3'].map(async (name) => startApp(name, await freePort(), environment)));
  // While the processes load: until the replica serves, they send searches to the primary.
  cluster.startReplica();
  for (const app of apps) {
    await until(`${app.name} to serve`, async () => (await fetch(`http://127.0.0.1:${app.port}/api/health/ready`)).ok, 120_000).catch((error: Error) => {
      throw new Error(`${error.message}\n${app.output()}`);
    });
  }
  const configFile = join(folder, 'haproxy.cfg');
  writeFileSync(configFile, haproxyConfig(listenPort));
  balancer = spawn('haproxy', ['-f', configFile, '-db'], { stdio: 'ignore' });
  await until('HAProxy to route', async () => (await fetch(`${publicUrl}/api/health/live`)).ok);
}, 180_000);

afterAll(async () => {
  balancer?.kill('SIGKILL');
  for (const app of apps) app.child.kill('SIGKILL');
  await Promise.all(apps.map((app) => app.exited));
  await world?.close();
  await handle?.close();
  cluster?.stop();
  if (folder) rmSync(folder, { recursive: true, force: true });
});

/** A browser of one user, through the load balancer; a refused connection or a 5xx is an unacknowledged request. */
function browser(address: string) {
  let cookie = '';
  const send = async (method: string, path: string, body?: unknown) => {
    const headers: Record<string, string> = { origin: publicUrl, 'x-forwarded-for': address };
    if (cookie) headers.cookie = cookie;
    if (body !== undefined) headers['content-type'] = 'application/json';
    try {
      const response = await fetch(publicUrl + path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
      const setCookie = response.headers.getSetCookie()[0];
      if (setCookie) cookie = setCookie.split(';')[0]!;
      return { status: response.status, process: response.headers.get('x-atlas-process'), body: (await response.json().catch(() => null)) as Record<string, unknown> | null };
    } catch {
      return { status: 0, process: null, body: null };
    }
  };
  return { send };
}

async function mcp(token: string, method: string, params: Record<string, unknown>) {
  try {
    const response = await fetch(`${publicUrl}/mcp`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', accept: 'application/json, text/event-stream' },
      body: JSON.stringify({ jsonrpc: '2.0', id: 1, method, params }),
    });
    const body = (await response.json().catch(() => null)) as { result?: { structuredContent?: Record<string, unknown>; isError?: boolean } } | null;
    return { status: response.status, process: response.headers.get('x-atlas-process'), result: body?.result };
  } catch {
    return { status: 0, process: null, result: undefined };
  }
}

type SearchResult = { jobs: { id: string; company: string }[] };
const profileAvoiding = (company: string) => ({ companiesToAvoid: [company] });

describe.skipIf(skipReason !== undefined)('three app processes behind a load balancer, on a primary with a streaming replica', () => {
  it('loses no acknowledged write when a process is killed, keeps limits and Gmail syncs global, and serves searches from the replica with each user’s own writes in them', async () => {
    const db = handle!.db;
    const postings = await cluster!.query<{ id: string }>('primary', 'select id from jobs');

    const people = await Promise.all(
      Array.from({ length: users }, async (_, index) => {
        const web = browser(`192.0.2.${index + 10}`);
        const signedUp = await web.send('POST', '/api/auth/signup', { email: `${crypto.randomUUID()}@example.test`, password: 'violet-harbour-lantern-42' });
        expect(signedUp.status).toBe(201);
        const me = await web.send('GET', '/api/auth/me');
        const userId = (me.body as { user: { id: string } }).user.id;
        const created = await web.send('POST', '/api/tokens', { name: 'workload', scopes: ['read', 'write'] });
        expect(created.status).toBe(201);
        return { index, userId, web, token: (created.body as { token: string }).token };
      }),
    );
    // Two users with Gmail connected, whose syncs are asked for from several processes at once.
    const mailUsers = people.slice(0, 2);
    for (const person of mailUsers) await connectedUser(db, world!, { id: person.userId });

    // One sync per user at a time: sampled from pg-boss's own table while the workload runs.
    let mostActivePerUser = 0;
    let sampling = true;
    const sampler = (async () => {
      while (sampling) {
        const rows = await cluster!.query<{ active: string }>('primary', "select count(*) as active from pgboss.job where name = 'gmail-sync' and state = 'active' group by singleton_key").catch(() => []);
        for (const row of rows) mostActivePerUser = Math.max(mostActivePerUser, Number(row.active));
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    })();

    const acknowledged: { userId: string; applicationId: string }[] = [];
    const lastAvoided = new Map<string, string>();
    const processesSeen = new Set<string>();
    let searches = 0;
    let staleSearches = 0;
    let writesAfterKill = 0;
    let completedRounds = 0;
    let killed: App | undefined;
    const syncRunIds: string[][] = [];

    await Promise.all(
      people.map(async (person) => {
        for (let round = 0; round < rounds; round += 1) {
          // A write the replica must reflect at once: this user's search profile avoids one company.
          const avoided = companies[(person.index + round) % companies.length]!;
          const profile = await person.web.send('PUT', '/api/profile', profileAvoiding(avoided));
          if (profile.status === 200) {
            lastAvoided.set(person.userId, avoided);
            if (killed) writesAfterKill += 1;
            // Read-your-writes, on the web and over MCP: no posting of the company just avoided.
            const search = await person.web.send('GET', '/api/jobs/search?limit=50');
            if (search.status === 200) {
              searches += 1;
              if (search.process) processesSeen.add(search.process);
              const found = (search.body as unknown as SearchResult).jobs;
              if (found.length !== postings.length - postingsPerCompany || found.some((job) => job.company === avoided)) staleSearches += 1;
            }
            const overMcp = await mcp(person.token, 'tools/call', { name: 'searchJobs', arguments: { limit: 50 } });
            if (overMcp.status === 200 && overMcp.result?.structuredContent) {
              searches += 1;
              const found = (overMcp.result.structuredContent as unknown as SearchResult).jobs;
              if (found.length !== postings.length - postingsPerCompany || found.some((job) => job.company === avoided)) staleSearches += 1;
            }
          }
          // Writes whose acknowledgement is kept: a posting saved to the pipeline, on the web and over MCP.
          const job = postings[(person.index * rounds + round) % postings.length]!;
          const saved = round % 2 === 0
            ? await person.web.send('POST', '/api/applications', { jobId: job.id })
            : await mcp(person.token, 'tools/call', { name: 'saveJob', arguments: { jobId: job.id } }).then((answer) => ({ status: answer.result?.isError ? 500 : answer.status, body: answer.result?.structuredContent ?? null }));
          if ((saved.status === 201 || saved.status === 200) && saved.body) {
            acknowledged.push({ userId: person.userId, applicationId: (saved.body as { application: { id: string } }).application.id });
            if (killed) writesAfterKill += 1;
          }
          if (mailUsers.includes(person) && round % 3 === 0) {
            const asked = await Promise.all([person.web.send('POST', '/api/gmail/sync'), person.web.send('POST', '/api/gmail/sync')]);
            syncRunIds.push(asked.filter((answer) => answer.status === 202).map((answer) => (answer.body as { runId: string }).runId));
          }
          completedRounds += 1;
          // Mid-run, with every user's requests in flight: one process dies without a chance to finish anything.
          if (!killed && completedRounds >= (users * rounds) / 3) {
            killed = apps[1]!;
            killed.child.kill('SIGKILL');
          }
        }
      }),
    );
    sampling = false;
    await sampler;
    expect(killed).toBeDefined();

    // No acknowledged write lost: every one is on the primary, and in its owner's pipeline as the app shows it.
    const stored = await cluster!.query<{ id: string }>('primary', 'select id from applications where id = any($1)', [acknowledged.map((entry) => entry.applicationId)]);
    expect(stored.map((row) => row.id).sort()).toEqual(acknowledged.map((entry) => entry.applicationId).sort());
    for (const person of people) {
      const pipeline = await person.web.send('GET', '/api/applications');
      expect(pipeline.status, JSON.stringify(pipeline)).toBe(200);
      const shown = new Set((pipeline.body as { applications: { id: string }[] }).applications.map((application) => application.id));
      for (const entry of acknowledged.filter((write) => write.userId === person.userId)) expect(shown.has(entry.applicationId)).toBe(true);
      const [kept] = await cluster!.query<{ avoided: string[] }>('primary', 'select companies_to_avoid as avoided from search_profiles where user_id = $1', [person.userId]);
      expect(kept?.avoided).toEqual([lastAvoided.get(person.userId)]);
    }
    expect(writesAfterKill).toBeGreaterThan(0);
    expect(acknowledged.length).toBeGreaterThan(users * rounds * 0.8);

    // Each user's searches showed their own profile at once, never a stale one or another user's.
    expect(staleSearches).toBe(0);
    expect(searches).toBeGreaterThan(users * rounds);
    expect(processesSeen.size).toBeGreaterThanOrEqual(2);

    // One Gmail sync per user at a time, however many processes were asked at once: never two active
    // for one user while sampled, no run of a user started before the one before it finished (a run
    // resumed after the kill keeps its start), and two requests at once joined one sync run. A sync can
    // finish between two samples, so the runs' own times prove that syncs ran at all.
    expect(mostActivePerUser).toBeLessThanOrEqual(1);
    expect(syncRunIds.flat().length).toBeGreaterThan(0);
    const mailUserIds = mailUsers.map((person) => person.userId);
    await until('a Gmail sync to start', async () => {
      const [started] = await cluster!.query<{ count: string }>('primary', 'select count(*) from gmail_sync_runs where started_at is not null and user_id = any($1)', [mailUserIds]);
      return Number(started?.count) > 0;
    });
    const runs = await cluster!.query<{ user_id: string; started_at: Date; finished_at: Date | null }>(
      'primary',
      'select user_id, started_at, finished_at from gmail_sync_runs where started_at is not null and user_id = any($1) order by user_id, started_at',
      [mailUserIds],
    );
    expect(runs.length).toBeGreaterThan(0);
    runs.forEach((run, index) => {
      const before = runs[index - 1];
      if (!before || before.user_id !== run.user_id) return;
      expect(before.finished_at).not.toBeNull();
      expect(new Date(run.started_at).getTime()).toBeGreaterThanOrEqual(new Date(before.finished_at!).getTime());
    });
    for (const pair of syncRunIds.filter((ids) => ids.length === 2)) expect(pair[0]).toBe(pair[1]);

    // With replay paused the replica falls behind: a user's search still shows the profile just saved,
    // answered by the primary, as a replica-served search could not.
    await cluster!.query('replica', 'select pg_wal_replay_pause()');
    const [writer] = people;
    for (const avoided of companies.slice(0, 3)) {
      expect((await writer!.web.send('PUT', '/api/profile', profileAvoiding(avoided))).status).toBe(200);
      const search = await writer!.web.send('GET', '/api/jobs/search?limit=50');
      expect(search.status).toBe(200);
      expect((search.body as unknown as SearchResult).jobs.map((job) => job.company)).not.toContain(avoided);
    }
    await cluster!.query('replica', 'select pg_wal_replay_resume()');
    // Each search read the user's CV table, on the replica or the primary, and its audit log says so.
    const [audited] = await cluster!.query<{ count: string }>('primary', "select count(*) from audit_events where action = 'searchJobs' and record_kind = 'cv'");
    expect(Number(audited!.count)).toBeGreaterThanOrEqual(searches + 3);

    // Rate limits are global: one token's requests spread over the surviving processes draw on one allowance.
    const limitedToken = await people[0]!.web.send('POST', '/api/tokens', { name: 'rate limit', scopes: ['read'] });
    const limited = (limitedToken.body as { token: string }).token;
    const answers = [];
    for (let request = 0; request < mcpRequestsPerMinute + 10; request += 1) answers.push(await mcp(limited, 'tools/list', {}));
    expect(answers.filter((answer) => answer.status === 200)).toHaveLength(mcpRequestsPerMinute);
    expect(answers.filter((answer) => answer.status === 429)).toHaveLength(10);
    expect(new Set(answers.map((answer) => answer.process)).size).toBe(2);

    // Searches were read on the replica. A session reports its statistics when it ends (or every
    // ten seconds while idle): ending the processes' sessions there makes the counts whole now.
    await cluster!.query('replica', "select pg_terminate_backend(pid) from pg_stat_activity where backend_type = 'client backend' and pid <> pg_backend_pid()");
    await new Promise((resolve) => setTimeout(resolve, 200));
    const [onReplica] = await cluster!.query<{ scans: string }>('replica', "select coalesce(seq_scan, 0) + coalesce(idx_scan, 0) as scans from pg_stat_user_tables where relname = 'search_profiles'");
    expect(Number(onReplica!.scans)).toBeGreaterThan(searches / 2);
  }, 90_000);
});
