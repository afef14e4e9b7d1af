import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { applications, applicationStatusHistory, gmailConnections, gmailSyncRuns } from '../../db/schema.ts';
import { withUser } from '../../db/with-user.ts';
import { gmailConnectScopes, gmailModifyScope } from '../../tools/gmail/gmail-authorization.ts';
import { startGmailSyncQueue, type GmailSyncQueue } from '../../tools/gmail/sync-queue.ts';
import { startGmailWorld, type GmailWorld } from '../../tools/gmail/test-gmail-setup.ts';
import { fixtureApplications } from '../../tools/gmail/test-mailbox.ts';
import { startTestServer, type TestServer } from '../test-server.ts';

let world: GmailWorld;
let server: TestServer;
let queue: GmailSyncQueue | undefined;
// The app is built before the queue can start on its database, so it gets a queue that forwards to the real one.
const lateQueue: GmailSyncQueue = {
  requestSync: (userId) => queue!.requestSync(userId),
  schedule: (userId) => queue!.schedule(userId),
  unschedule: (userId) => queue!.unschedule(userId),
  stop: () => queue!.stop(),
};

beforeAll(async () => {
  world = await startGmailWorld();
  server = await startTestServer({ dependencies: { gmail: world.gmail, gmailSyncQueue: lateQueue } });
  queue = await startGmailSyncQueue({
    handle: server.handle,
    gmail: world.gmail,
    queueName: `gmail-sync-test-${randomUUID()}`,
    pollingIntervalSeconds: 0.5,
    logError: () => {},
  });
});
afterAll(async () => {
  await queue?.stop();
  await server?.close();
  await world?.close();
});

/** The cookies a browser would send back, from a response's Set-Cookie headers. */
const cookiesOf = (response: Response) => response.headers.getSetCookie().map((cookie) => cookie.split(';')[0]!);

/** Clicks "Connect Gmail" (or the labelling opt-in), consents at the stub, and follows Google's redirect back. */
async function connectGmail(cookie: string, path = '/api/gmail/connect') {
  const start = await server.request(path, { cookie });
  const authorizationRequest = start.headers.get('location')!;
  const callback = world.google.consent(authorizationRequest, { sub: 'google-account-1', email: world.userEmail, email_verified: true });
  const finish = await server.request(callback.pathname + callback.search, { cookie: [cookie, ...cookiesOf(start)].join('; ') });
  return { start, authorizationRequest: new URL(authorizationRequest), finish };
}

async function status(cookie: string) {
  return (await server.request('/api/gmail', { cookie })).json();
}

async function waitForSync(cookie: string) {
  for (let attempt = 0; attempt < 200; attempt++) {
    const current = await status(cookie);
    if (current.sync && (current.sync.state === 'completed' || current.sync.state === 'failed')) return current;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('the sync did not finish');
}

async function seedPipeline(userId: string) {
  return withUser(server.handle.db, userId, (tx) =>
    tx
      .insert(applications)
      .values(fixtureApplications.map(({ company, title, url }) => ({ userId, company, title, url, status: 'applied' as const })))
      .returning(),
  );
}

describe('Connect Gmail', () => {
  it('sends the browser to Google for metadata and labels only, offline, with PKCE and state', async () => {
    const { cookie } = await server.signUp();

    const start = await server.request('/api/gmail/connect', { cookie });
    const url = new URL(start.headers.get('location')!);

    expect(start.status).toBe(302);
    expect(Object.fromEntries(url.searchParams)).toMatchObject({
      scope: gmailConnectScopes.join(' '),
      access_type: 'offline',
      prompt: 'consent',
      include_granted_scopes: 'true',
      code_challenge_method: 'S256',
      redirect_uri: expect.stringMatching(/\/api\/gmail\/callback$/),
      state: expect.stringMatching(/^[\w-]{43}$/),
    });
    expect(url.searchParams.get('scope')).not.toMatch(/gmail\.(modify|readonly|send|compose)|mail\.google\.com/);
    expect(start.headers.getSetCookie().find((cookie) => cookie.startsWith('atlas_gmail_flow='))).toMatch(/^atlas_gmail_flow=.+; Max-Age=600; Path=\/api\/gmail; .*HttpOnly; SameSite=Lax$/);
  });

  it('stores Google tokens only encrypted, runs the first sync with progress, and moves statuses from mail', async () => {
    const { cookie, user } = await server.signUp();
    const pipeline = await seedPipeline(user.id);

    const { finish } = await connectGmail(cookie);
    const [connection] = await withUser(server.handle.db, user.id, (tx) => tx.select().from(gmailConnections));
    const synced = await waitForSync(cookie);
    const history = await withUser(server.handle.db, user.id, (tx) => tx.select().from(applicationStatusHistory));

    expect(finish.status).toBe(302);
    expect(finish.headers.get('location')).toBe('/integrations?gmail=connected');
    expect(connection!.accessTokenEncrypted).toMatch(/^v1:test1:/);
    expect(connection!.refreshTokenEncrypted).toMatch(/^v1:test1:/);
    expect(world.google.accessTokenScopes(connection!.accessTokenEncrypted)).toBeUndefined();
    expect(synced).toMatchObject({
      configured: true,
      connection: { email: world.userEmail, status: 'connected', labelling: { enabled: false, permitted: false } },
      sync: { kind: 'full', state: 'completed', progress: 1, signalsFound: expect.any(Number) },
    });
    expect(synced.sync.messagesScanned).toBeGreaterThanOrEqual(200);
    expect(synced.sync.signalsFound).toBeGreaterThan(60);
    expect(synced.connection.lastSyncedAt).not.toBeNull();
    expect(history.filter((entry) => entry.actor === 'gmail').length).toBeGreaterThan(10);
    expect(history.every((entry) => pipeline.some((application) => application.id === entry.applicationId))).toBe(true);
  });

  it('queues an incremental sync on "Sync now" and reports it', async () => {
    const { cookie } = await server.signUp();
    await connectGmail(cookie);
    await waitForSync(cookie);

    const response = await server.request('/api/gmail/sync', { method: 'POST', cookie });
    const after = await waitForSync(cookie);

    expect(response.status).toBe(202);
    expect(after.sync).toMatchObject({ runId: (await response.json()).runId, kind: 'incremental', state: 'completed' });
  });

  it('asks for gmail.modify only when the user turns labelling on, adding it to the existing grant', async () => {
    const { cookie, user } = await server.signUp();
    await connectGmail(cookie);

    const toggle = await server.request('/api/gmail/labelling', { method: 'POST', cookie, body: JSON.stringify({ enabled: true }) });
    const answer = await toggle.json();
    const { authorizationRequest, finish } = await connectGmail(cookie, answer.authorizationUrl);
    const [connection] = await withUser(server.handle.db, user.id, (tx) => tx.select().from(gmailConnections));

    expect(answer).toEqual({ labellingEnabled: false, consentRequired: true, authorizationUrl: '/api/gmail/connect?labelling=true' });
    expect(authorizationRequest.searchParams.get('scope')).toBe(gmailModifyScope);
    expect(authorizationRequest.searchParams.get('include_granted_scopes')).toBe('true');
    expect(finish.headers.get('location')).toBe('/integrations?gmail=labelling-enabled');
    expect(connection).toMatchObject({ labellingEnabled: true });
    expect(connection!.scopes).toEqual(expect.arrayContaining([...gmailConnectScopes.slice(2), gmailModifyScope]));
  });

  it('refuses to let a model read mail on a server with no chat model, saying why, and keeps the setting off', async () => {
    const { cookie } = await server.signUp();
    await connectGmail(cookie);

    const response = await server.request('/api/gmail/model-reading', { method: 'POST', cookie, body: JSON.stringify({ enabled: true }) });
    const body = await response.json();
    const after = await status(cookie);

    expect(response.status).toBe(503);
    expect(body.error).toMatchObject({ code: 'model_not_configured', message: expect.stringMatching(/No chat model is configured/) });
    expect(after).toMatchObject({ modelReadingAvailable: false, connection: { modelReading: { enabled: false } } });
  });

  it('disconnects at once: revokes the grant at Google and deletes tokens, history cursor, label id and sync checkpoints', async () => {
    const { cookie, user } = await server.signUp();
    await connectGmail(cookie);
    await waitForSync(cookie);
    const revokesBefore = world.google.requests.filter((request) => request.path === '/revoke').length;

    const response = await server.request('/api/gmail', { method: 'DELETE', cookie });
    const connections = await withUser(server.handle.db, user.id, (tx) => tx.select().from(gmailConnections));
    const runs = await withUser(server.handle.db, user.id, (tx) => tx.select().from(gmailSyncRuns));
    const after = await status(cookie);

    expect(await response.json()).toEqual({ disconnected: true, revokedAtGoogle: true });
    expect(world.google.requests.filter((request) => request.path === '/revoke')).toHaveLength(revokesBefore + 1);
    expect(connections).toEqual([]);
    expect(runs).toEqual([]);
    expect(after).toMatchObject({ connection: null, sync: null });
  });

  it('refuses a callback whose state does not match, storing nothing', async () => {
    const { cookie, user } = await server.signUp();
    const start = await server.request('/api/gmail/connect', { cookie });
    const callback = world.google.consent(start.headers.get('location')!, { sub: 'x', email: world.userEmail, email_verified: true });
    callback.searchParams.set('state', 'forged');

    const response = await server.request(callback.pathname + callback.search, { cookie: [cookie, ...cookiesOf(start)].join('; ') });
    const connections = await withUser(server.handle.db, user.id, (tx) => tx.select().from(gmailConnections).where(eq(gmailConnections.userId, user.id)));

    expect(response.status).toBe(400);
    expect(connections).toEqual([]);
  });

  it('shows needs_reconnect after Google refuses the refresh token', async () => {
    const { cookie } = await server.signUp();
    await connectGmail(cookie);
    await waitForSync(cookie);
    world.google.expireAccessTokens();
    world.google.revokeAccount(world.userEmail);

    await server.request('/api/gmail/sync', { method: 'POST', cookie });
    const after = await waitForSync(cookie);

    expect(after.connection.status).toBe('needs_reconnect');
    expect(after.sync).toMatchObject({ state: 'failed', failureReason: 'gmail_reconnect_needed' });
  });
});

describe('Gmail without an encryption key', () => {
  it('answers 503 saying how to set ATLAS_ENCRYPTION_KEYS, and stores nothing', async () => {
    // On the file's database (a new user's view of it), so the test waits on no second database opening.
    const bare = await startTestServer({
      database: server.handle,
      environment: { GOOGLE_CLIENT_ID: 'client', GOOGLE_CLIENT_SECRET: 'secret' },
    });
    try {
      const { cookie } = await bare.signUp();
      const connect = await bare.request('/api/gmail/connect', { cookie });
      const state = await (await bare.request('/api/gmail', { cookie })).json();

      expect(connect.status).toBe(503);
      expect((await connect.json()).error).toMatchObject({ code: 'gmail_not_configured', message: expect.stringMatching(/ATLAS_ENCRYPTION_KEYS/) });
      expect(state).toMatchObject({ configured: false, setupProblem: expect.stringMatching(/ATLAS_ENCRYPTION_KEYS/), connection: null });
    } finally {
      await bare.close();
    }
  });
});
