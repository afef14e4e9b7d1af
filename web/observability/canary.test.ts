import { Writable } from 'node:stream';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import * as Sentry from '@sentry/node';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorReply, functionCallReply, startGeminiStub, textReply, type GeminiStub } from '../../agent/test-gemini-stub.ts';
import { createOfflineEmbedder } from '../../tools/embeddings/offline-embedder.ts';
import { seedApplications } from '../../tools/test-pipeline.ts';
import { startTestServer, type TestServer } from '../test-server.ts';
import { createErrorReporter, initErrorReporting } from './error-reporting.ts';
import { createLogger } from './logger.ts';
import { startSentryIngest, type SentryIngest } from './test-sentry-ingest.ts';

/*
 * Canaries (promise 16): unique markers go into a CV, a chat message and an MCP call; errors are then
 * forced on every path (a tool failing on a database error, the model service answering 500, the
 * database going away) while Sentry reports to a local ingest and logs go to memory. Whatever reached
 * either must hold no marker, no token and no email address.
 */
const geminiKey = `AIzaSy${crypto.randomUUID().replaceAll('-', '')}`;
const cvMarker = `cv-canary-${crypto.randomUUID()}`;
const chatMarker = `chat-canary-${crypto.randomUUID()}`;
const mcpMarker = `mcp-canary-${crypto.randomUUID()}`;

let ingest: SentryIngest;
let gemini: GeminiStub;
let server: TestServer;
const logLines: string[] = [];
let account: { cookie: string; user: { id: string; email: string } };
let accessToken: string;
let applicationId: string;

beforeAll(async () => {
  ingest = await startSentryIngest();
  expect(initErrorReporting({ SENTRY_DSN: ingest.dsn, SENTRY_ENVIRONMENT: undefined, NODE_ENV: 'test' })).toBe(true);
  const logger = createLogger({
    level: 'info',
    destination: new Writable({
      write(chunk, _encoding, done) {
        logLines.push(String(chunk));
        done();
      },
    }),
  });
  gemini = await startGeminiStub({ apiKey: geminiKey });
  server = await startTestServer({
    environment: { GOOGLE_GENERATIVE_AI_API_KEY: geminiKey, GEMINI_BASE_URL: `${gemini.url}/v1beta` },
    dependencies: { logError: createErrorReporter({ logger }), embedder: createOfflineEmbedder() },
  });
  account = await server.signUp({ email: `canary-${crypto.randomUUID()}@example.test` });
  const [application] = await seedApplications(server.handle.db, account.user.id, [{ company: 'Acme', title: 'SRE' }]);
  applicationId = application!.id;
  const tokenResponse = await server.request('/api/tokens', {
    method: 'POST',
    cookie: account.cookie,
    body: JSON.stringify({ name: 'Canary client', scopes: ['read', 'write'] }),
  });
  accessToken = ((await tokenResponse.json()) as { token: string }).token;
});

afterAll(async () => {
  await Sentry.close(2000);
  await gemini?.close();
  // The last test closed the database already.
  await server?.close().catch(() => {});
  await ingest?.close();
});

function chat(text: string) {
  return server.request('/api/chat', {
    method: 'POST',
    cookie: account.cookie,
    body: JSON.stringify({ messages: [{ id: crypto.randomUUID(), role: 'user', parts: [{ type: 'text', text }] }] }),
  });
}

describe('error reports and logs', () => {
  it('take in a CV with a marker', async () => {
    const form = new FormData();
    form.set('file', new Blob([`# Dana Canary\n\n## Experience\n\nLed payments at Acme. ${cvMarker}\n`], { type: 'text/markdown' }), 'cv.md');

    const response = await fetch(`${server.url}/api/cv`, { method: 'PUT', body: form, headers: { origin: server.url, cookie: account.cookie } });

    expect(response.status).toBe(200);
  });

  it('see the model service fail with 500 after it read the CV in chat', async () => {
    gemini.script(functionCallReply('getCv', {}), errorReply(500, 'INTERNAL', 'Internal error encountered.'), errorReply(500, 'INTERNAL', 'Internal error encountered.'), errorReply(500, 'INTERNAL', 'Internal error encountered.'));

    const response = await chat(`My email is ${account.user.email}; what does my CV say? ${chatMarker}`);
    await response.text();

    expect(JSON.stringify(gemini.requests.at(-1)!.body)).toContain(cvMarker);
  });

  it('see a tool fail on a database error in chat', async () => {
    // A database error whose message carries what the user wrote, as Postgres's own messages can
    // ("Key (email)=(…) already exists"): bad input is refused before the database now, so a trigger
    // stands in for such a failure.
    await server.handle.db.execute(sql.raw(`create or replace function canary_refuse_write() returns trigger language plpgsql as $$ begin raise exception 'write refused: %', new.notes; end $$`));
    // Only this test user's rows, and dropped after the MCP case: on a PostgreSQL server the other test files share the database.
    await server.handle.db.execute(
      sql.raw(`create trigger canary_refuse_write before update on applications for each row when (new.user_id = '${account.user.id}') execute function canary_refuse_write()`),
    );
    gemini.script(functionCallReply('updateApplication', { applicationId, notes: chatMarker }), textReply('That did not work.'));

    await (await chat(`Note this: ${chatMarker}`)).text();

    expect(JSON.stringify(gemini.requests.at(-1)!.body)).toContain('failed');
  });

  it('see a tool fail on a database error over MCP', async () => {
    const client = new Client({ name: 'canary', version: '1.0.0' });
    await client.connect(
      new StreamableHTTPClientTransport(new URL('/mcp', server.url), { requestInit: { headers: { Authorization: `Bearer ${accessToken}` } } }),
    );

    const result = await client.callTool({ name: 'updateApplication', arguments: { applicationId, notes: mcpMarker } });
    await client.close();
    await server.handle.db.execute(sql.raw('drop trigger canary_refuse_write on applications'));
    await server.handle.db.execute(sql.raw('drop function canary_refuse_write()'));

    expect(result.isError).toBe(true);
  });

  it('see the database go away under a signed-in request', async () => {
    await server.handle.close();

    const response = await server.request('/api/export.json', { cookie: account.cookie, headers: { 'x-note': mcpMarker } });

    expect(response.status).toBeGreaterThanOrEqual(500);
  });

  it('received every one of those errors, and none of the markers, tokens or email addresses', async () => {
    await Sentry.flush(5000);
    const reported = ingest.envelopes.join('\n');
    const logged = logLines.join('');
    const events = ingest.events();
    const errorLines = logLines.map((line) => JSON.parse(line) as { level: number }).filter((line) => line.level >= 50);
    const sessionSecret = account.cookie.split('=')[1]!;

    expect(events.length).toBeGreaterThanOrEqual(4);
    expect(errorLines.length).toBeGreaterThanOrEqual(4);
    for (const forbidden of [cvMarker, chatMarker, mcpMarker, account.user.email, accessToken, accessToken.split('.')[1]!, sessionSecret, sessionSecret.split('.')[1]!, geminiKey]) {
      expect({ forbidden, inReports: reported.includes(forbidden) }).toEqual({ forbidden, inReports: false });
      expect({ forbidden, inLogs: logged.includes(forbidden) }).toEqual({ forbidden, inLogs: false });
    }
    const emailAddress = /[\w.+-]+@[\w-]+(\.[\w-]+)*\.[a-z]{2,}\b/gi;
    expect(reported.match(emailAddress)).toBeNull();
    expect(logged.match(emailAddress)).toBeNull();
  });
});
