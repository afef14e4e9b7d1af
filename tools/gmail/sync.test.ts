import { asc, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { applicationStatusHistory, gmailConnections, gmailSignals, gmailSyncRuns } from '../../db/schema.ts';
import { withUser } from '../../db/with-user.ts';
import { requestSyncRun, runSync } from './sync.ts';
import { connectedUser, useGmailWorld } from './test-gmail-setup.ts';
import type { StubMessage } from './test-gmail-stub.ts';
import { keptBySync } from './test-mailbox.ts';

const context = useGmailWorld();

const now = () => new Date();

async function sync(userId: string, signal?: AbortSignal) {
  await requestSyncRun(context.handle.db, { userId, gmail: context.world.gmail, now: now() });
  return runSync(context.handle.db, { userId, gmail: context.world.gmail, now, signal });
}

function storedSignals(userId: string) {
  return withUser(context.handle.db, userId, (tx) => tx.select().from(gmailSignals).orderBy(asc(gmailSignals.receivedAt)));
}

/** What the fixture says a first sync must store: job mail about a pipeline application, inside the window. */
const expectedMessageIds = () =>
  context.world.mailbox
    .filter(keptBySync)
    .map((message) => message.id)
    .sort();

function jobMessage(id: string, overrides: Partial<StubMessage> = {}): StubMessage {
  return {
    id,
    threadId: id,
    labelIds: ['INBOX'],
    snippet: 'Unfortunately, we have decided to move forward with other candidates for the Product Engineer role.',
    internalDate: Date.now(),
    headers: [
      { name: 'From', value: '"Quillstone Recruiting" <no-reply@ashbyhq.com>' },
      { name: 'To', value: context.world.userEmail },
      { name: 'Subject', value: 'Your application to Quillstone' },
      { name: 'Date', value: new Date().toUTCString() },
    ],
    ...overrides,
  };
}

describe('Gmail sync', () => {
  it('stores each matched message once over the window, moves statuses with history that names Gmail and the message, and drops the rest', async () => {
    const { user, applications } = await connectedUser(context.handle.db, context.world);

    const outcome = await sync(user.id);
    const signals = await storedSignals(user.id);
    const history = await withUser(context.handle.db, user.id, (tx) => tx.select().from(applicationStatusHistory));
    const [connection] = await withUser(context.handle.db, user.id, (tx) => tx.select().from(gmailConnections));

    expect(outcome).toMatchObject({ state: 'completed', signalsFound: expectedMessageIds().length });
    expect(outcome!.messagesScanned).toBeGreaterThanOrEqual(200);
    expect(signals.map((signal) => signal.messageId).sort()).toEqual(expectedMessageIds());
    const matched = signals.filter((signal) => signal.applicationId);
    expect(matched.filter((signal) => signal.review === 'applied').length).toBeGreaterThanOrEqual(matched.length - 3);
    // Mail an ATS sent about a role not in the pipeline waits for review with the employer it names.
    for (const signal of signals.filter((entry) => !entry.applicationId)) expect(signal).toMatchObject({ review: 'needs_review', companyNamed: expect.any(String) });
    expect(history.length).toBeGreaterThan(0);
    for (const entry of history) {
      expect(entry.actor).toBe('gmail');
      expect(signals.find((signal) => signal.id === entry.gmailSignalId)?.applicationId).toBe(entry.applicationId);
    }
    const saltmarsh = applications.find((application) => application.company === 'Saltmarsh Labs')!;
    const saltmarshHistory = history.filter((entry) => entry.applicationId === saltmarsh.id).map((entry) => entry.toStatus);
    expect(saltmarshHistory[0]).toBe('interviewing');
    expect(connection!.historyId).toMatch(/^\d+$/);
    expect(connection!.lastSyncedAt).not.toBeNull();
  });

  it('asks Gmail only for metadata: no format=full or raw, no q search, nothing that sends, drafts or deletes', async () => {
    const { user } = await connectedUser(context.handle.db, context.world);
    context.world.gmailStub.requests.length = 0;

    await sync(user.id);
    const requests = context.world.gmailStub.requests;

    expect(requests.length).toBeGreaterThan(200);
    for (const request of requests) {
      expect(request.query.has('q')).toBe(false);
      expect(['full', 'raw']).not.toContain(request.query.get('format'));
      expect(request.path).not.toMatch(/\/(send|drafts|trash|delete|batchDelete)\b/);
      expect(request.method === 'GET' || /\/labels$|\/modify$/.test(request.path)).toBe(true);
    }
    const metadataRequest = requests.find((request) => /\/messages\/[^/]+$/.test(request.path))!;
    expect(metadataRequest.query.get('format')).toBe('metadata');
    expect(metadataRequest.query.getAll('metadataHeaders')).toEqual(['From', 'To', 'Subject', 'Date', 'Message-ID', 'In-Reply-To', 'References', 'Reply-To']);
  });

  it('reads at most 50 messages a second, fetches no mail older than the window but the one that ends it, and shows progress within a page', async () => {
    const { user } = await connectedUser(context.handle.db, context.world);
    context.world.gmailStub.requests.length = 0;
    const progress: number[] = [];
    // The run's count is read whenever a message is fetched, as a person watching would see it while
    // the sync goes on: sampled by the sync's own pace, not a timer's, however fast the machine.
    const readings: Promise<void>[] = [];
    context.world.gmailStub.onRequest((request) => {
      if (!/\/messages\/[^/]+$/.test(request.path)) return;
      readings.push(
        withUser(context.handle.db, user.id, (tx) => tx.select().from(gmailSyncRuns)).then(([run]) => {
          if (run) progress.push(run.messagesScanned);
        }),
      );
    });

    await sync(user.id);
    context.world.gmailStub.onRequest(undefined);
    await Promise.all(readings);
    const gets = context.world.gmailStub.requests.filter((request) => /\/messages\/[^/]+$/.test(request.path));
    const outside = new Set(context.world.mailbox.filter((message) => message.truth.outsideWindow).map((message) => message.id));
    const listPages = context.world.gmailStub.requests.filter((request) => /\/messages$/.test(request.path)).length;

    let busiest = 0;
    for (let first = 0, last = 0; last < gets.length; last++) {
      while (gets[last]!.at - gets[first]!.at >= 1_000) first++;
      busiest = Math.max(busiest, last - first + 1);
    }
    expect(busiest).toBeLessThanOrEqual(50);
    expect(gets.filter((request) => outside.has(request.path.split('/').at(-1)!)).length).toBeLessThanOrEqual(1);
    // The mailbox fits one list page, yet the count of messages read rose several times before it ended.
    expect(listPages).toBe(1);
    expect(new Set(progress.filter((count) => count > 0)).size).toBeGreaterThan(3);
  });

  it('changes nothing when run again, and picks up new mail incrementally from the stored history id', async () => {
    const { user } = await connectedUser(context.handle.db, context.world);
    await sync(user.id);
    const before = await storedSignals(user.id);
    context.world.gmailStub.requests.length = 0;

    const again = await sync(user.id);
    context.world.gmailStub.deliver(jobMessage(`new-${user.id}`));
    const incremental = await sync(user.id);
    const after = await storedSignals(user.id);

    expect(again).toMatchObject({ state: 'completed', signalsFound: 0 });
    expect(context.world.gmailStub.requests.some((request) => request.path.endsWith('/history'))).toBe(true);
    expect(incremental).toMatchObject({ state: 'completed', signalsFound: 1 });
    expect(after.map((signal) => signal.id)).toEqual([...before.map((signal) => signal.id), after.at(-1)!.id]);
    expect(after.at(-1)).toMatchObject({ kind: 'rejection', review: 'applied' });
  });
});

describe('Gmail sync under faults', () => {
  it('rides out a burst of 429s, rate-limit 403s and a 500 with backoff, storing every signal exactly once', async () => {
    const { user } = await connectedUser(context.handle.db, context.world);
    context.world.gmailStub.failNext(4, 'tooManyRequests', /\/messages\/[^/]+$/);
    context.world.gmailStub.failNext(2, 'userRateLimitExceeded', /\/messages$/);
    context.world.gmailStub.failNext(1, 'rateLimitExceeded');
    context.world.gmailStub.failNext(1, 'backendError', /\/messages\/[^/]+$/);

    const outcome = await sync(user.id);
    const signals = await storedSignals(user.id);

    expect(outcome).toMatchObject({ state: 'completed' });
    expect(signals.map((signal) => signal.messageId).sort()).toEqual(expectedMessageIds());
  });

  it('falls back to a full sync when Gmail no longer has the stored history id, without duplicates', async () => {
    const { user } = await connectedUser(context.handle.db, context.world);
    await sync(user.id);
    const before = await storedSignals(user.id);
    context.world.gmailStub.expireHistory();
    context.world.gmailStub.deliver(jobMessage(`after-expiry-${user.id}`));

    const outcome = await sync(user.id);
    const after = await storedSignals(user.id);
    const [run] = await withUser(context.handle.db, user.id, (tx) => tx.select().from(gmailSyncRuns).where(eq(gmailSyncRuns.id, outcome!.runId)));

    expect(run).toMatchObject({ state: 'completed', kind: 'full' });
    expect(after).toHaveLength(before.length + 1);
    expect(new Set(after.map((signal) => signal.messageId)).size).toBe(after.length);
  });

  it('marks the connection needs_reconnect when Google refuses the refresh token, and stores nothing half-done', async () => {
    const { user } = await connectedUser(context.handle.db, context.world);
    context.world.google.expireAccessTokens();
    context.world.google.revokeAccount(context.world.userEmail);

    const outcome = await sync(user.id);
    const [connection] = await withUser(context.handle.db, user.id, (tx) => tx.select().from(gmailConnections));

    expect(outcome).toMatchObject({ state: 'failed', signalsFound: 0 });
    expect(connection!.status).toBe('needs_reconnect');
    await expect(requestSyncRun(context.handle.db, { userId: user.id, gmail: context.world.gmail, now: now() })).rejects.toThrow(/reconnect Gmail/);
  });

  it('resumes a sync stopped midway from its checkpoint, ending with every signal stored exactly once', async () => {
    const { user } = await connectedUser(context.handle.db, context.world);
    // Small pages would make the stop land mid-run; the stub's 500-message pages put it mid-page, the harder case.
    const stop = new AbortController();
    let reads = 0;
    context.world.gmailStub.onRequest((request) => {
      if (/\/messages\/[^/]+$/.test(request.path) && ++reads === 120) stop.abort();
    });

    await expect(sync(user.id, stop.signal)).rejects.toThrow();
    context.world.gmailStub.onRequest(undefined);
    const [interrupted] = await withUser(context.handle.db, user.id, (tx) => tx.select().from(gmailSyncRuns));
    const resumed = await runSync(context.handle.db, { userId: user.id, gmail: context.world.gmail, now });
    const signals = await storedSignals(user.id);
    const runs = await withUser(context.handle.db, user.id, (tx) => tx.select().from(gmailSyncRuns));

    expect(interrupted!.state).toBe('running');
    expect(resumed).toMatchObject({ runId: interrupted!.id, state: 'completed' });
    expect(runs).toHaveLength(1);
    expect(signals.map((signal) => signal.messageId).sort()).toEqual(expectedMessageIds());
  });
});
