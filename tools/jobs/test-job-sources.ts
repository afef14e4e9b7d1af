import { randomInt, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { UpstreamError } from '../errors.ts';
import type { RetryPolicy } from './board-api-request.ts';
import { createJobSources, type JobSourceParts, type JobSources } from './job-sources.ts';
import type { ResolveHost } from './safe-fetch.ts';

export interface StubAnswer {
  status?: number;
  headers?: Record<string, string>;
  /** A string is sent as it is (HTML unless headers say otherwise); anything else as JSON. */
  body?: unknown;
}
export type StubReply = StubAnswer | ((url: URL, request: IncomingMessage) => StubAnswer | Promise<StubAnswer>);

export interface HttpStub {
  url: string;
  /** Every request the stub received, in order. */
  requests: URL[];
  /** Answers requests for `pathname` with each reply in turn; the last one repeats. */
  on(pathname: string, ...replies: StubReply[]): void;
  close(): Promise<void>;
}

function send(response: ServerResponse, answer: StubAnswer) {
  const isText = typeof answer.body === 'string';
  const body = answer.body === undefined ? '' : isText ? (answer.body as string) : JSON.stringify(answer.body);
  response.writeHead(answer.status ?? 200, {
    'content-type': isText ? 'text/html; charset=utf-8' : 'application/json; charset=utf-8',
    ...answer.headers,
  });
  response.end(body);
}

/** A local HTTP server for one test file, answering as the job boards and web pages it stands in for. */
export async function startHttpStub(): Promise<HttpStub> {
  const routes = new Map<string, StubReply[]>();
  const requests: URL[] = [];
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://stub.invalid');
    requests.push(url);
    const replies = routes.get(url.pathname);
    if (!replies) return send(response, { status: 404, body: { status: 404, error: 'Not found' } });
    const reply = replies.length > 1 ? replies.shift()! : replies[0]!;
    void Promise.resolve(typeof reply === 'function' ? reply(url, request) : reply).then((answer) => send(response, answer));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    on(pathname, ...replies) {
      routes.set(pathname, replies);
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Retries short enough for tests; the policy is the production one in every other respect. */
export const quickRetry: RetryPolicy = { retries: 2, minDelayMs: 5, maxDelayMs: 20, maxRetryAfterMs: 5_000 };

/**
 * No host name resolves, so tests never reach the internet: a page on a real host (a fixture
 * posting's hosted page on jobs.lever.co, say) cannot be read, as when that host is down.
 */
const offline: ResolveHost = async (hostname) => {
  throw new UpstreamError(hostname, 'is not reachable from tests');
};

/**
 * Job sources whose board and aggregator APIs are the stub: Lever's EU host under /eu, and boards on
 * their own host (Recruitee, Personio, Teamtailor, Workday) under /recruitee/{board}, /personio/{board}, /teamtailor/{board}
 * and /workday/{tenant}.{wdN}.
 */
export function stubJobSources(stub: HttpStub, parts: JobSourceParts = {}): JobSources {
  return createJobSources(
    {
      GREENHOUSE_API_URL: stub.url,
      LEVER_API_URL: stub.url,
      LEVER_EU_API_URL: `${stub.url}/eu`,
      ASHBY_API_URL: stub.url,
      REMOTIVE_API_URL: stub.url,
      ARBEITNOW_API_URL: stub.url,
      THEMUSE_API_URL: stub.url,
      REMOTEOK_API_URL: stub.url,
      HIMALAYAS_API_URL: stub.url,
      JOBICY_API_URL: stub.url,
      HN_SEARCH_API_URL: stub.url,
      ADZUNA_API_URL: stub.url,
      USAJOBS_API_URL: stub.url,
      REED_API_URL: stub.url,
      JOOBLE_API_URL: stub.url,
      SMARTRECRUITERS_API_URL: stub.url,
      WORKABLE_API_URL: stub.url,
      RECRUITEE_BOARD_URL: `${stub.url}/recruitee/{board}`,
      PERSONIO_BOARD_URL: `${stub.url}/personio/{board}`,
      TEAMTAILOR_BOARD_URL: `${stub.url}/teamtailor/{board}`,
      WORKDAY_SITE_URL: `${stub.url}/workday/{board}`,
      ATLAS_ALLOW_PRIVATE_FETCH: true,
    },
    { retry: quickRetry, resolveHost: offline, ...parts },
  );
}

const fixtureFolder = new URL('./fixtures/', import.meta.url);

/** A page fixture, as the server would send it. */
export function readPageFixture(name: string): string {
  return readFileSync(new URL(name, fixtureFolder), 'utf8');
}

/**
 * A board API fixture's body with every posting id replaced by a new one, and any `replace` pairs
 * applied, so tests sharing one Postgres server (and runs after runs) never meet each other's postings.
 */
export function freshBoardFixture<Body>(name: string, replace: Record<string, string> = {}): Body {
  const { body } = JSON.parse(readFileSync(new URL(name, fixtureFolder), 'utf8')) as { body: Body };
  let text = JSON.stringify(body);
  const uuids = new Set(text.match(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g));
  const greenhouseIds = new Set(text.match(/\b4012345\d{3}\b/g));
  for (const id of uuids) text = text.replaceAll(id, randomUUID());
  for (const id of greenhouseIds) text = text.replaceAll(id, String(randomInt(1e12, 9e12)));
  for (const [from, to] of Object.entries(replace)) text = text.replaceAll(from, to);
  return JSON.parse(text) as Body;
}

/** A name no other test uses, for boards and companies in the shared catalogue. */
export function uniqueName(prefix: string): string {
  return `${prefix}-${randomUUID().slice(0, 8)}`;
}
