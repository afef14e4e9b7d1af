import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withUser } from '../../db/with-user.ts';
import type { ModelCallUsage } from '../../tools/usage/model-call-usage.ts';
import { usageEvents } from '../../db/schema.ts';
import { startTestServer, type TestServer } from '../test-server.ts';

const today = new Date('2026-11-24T15:00:00Z');
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ dependencies: { now: () => today } });
});
afterAll(() => server?.close());

const call = (overrides: Partial<ModelCallUsage>): ModelCallUsage => ({
  purpose: 'chat',
  provider: 'google',
  model: 'gemini-2.5-flash',
  inputTokens: 1000,
  outputTokens: 100,
  cachedInputTokens: 0,
  reasoningTokens: 0,
  costUsd: 0.00055,
  latencyMs: 900,
  ...overrides,
});

/** Stores usage as if it happened at `at`, as recordModelUsage stores it, for a test that needs history. */
function recordAt(userId: string, at: string, records: ModelCallUsage[]) {
  return withUser(server.handle.db, userId, (db) =>
    db.insert(usageEvents).values(records.map((record) => ({ ...record, costUsd: record.costUsd.toFixed(6), createdAt: new Date(at) }))),
  );
}

describe('GET /api/usage', () => {
  it('sums the user’s calls by UTC day and by model within the window', async () => {
    const { cookie, user } = await server.signUp();
    await recordAt(user.id, '2026-10-01T12:00:00Z', [call({ inputTokens: 99_999 })]);
    await recordAt(user.id, '2026-11-23T23:30:00Z', [call({}), call({ purpose: 'draft', outputTokens: 300, costUsd: 0.00105 })]);
    await recordAt(user.id, '2026-11-24T08:00:00Z', [
      call({ provider: 'openai-compatible', model: 'qwen3:8b', inputTokens: 2000, outputTokens: 50, costUsd: 0, reasoningTokens: 20 }),
    ]);
    const stranger = await server.signUp();
    await recordAt(stranger.user.id, '2026-11-24T09:00:00Z', [call({ inputTokens: 5 })]);

    const response = await server.request('/api/usage?days=30', { cookie });
    const body = await response.json();

    expect(response.status).toBe(200);
    expect(body).toMatchObject({
      days: 30,
      since: '2026-10-26T00:00:00.000Z',
      totals: { calls: 3, inputTokens: 4000, outputTokens: 450, reasoningTokens: 20, costUsd: 0.0016 },
      byDay: [
        { date: '2026-11-23', calls: 2, inputTokens: 2000, outputTokens: 400, costUsd: 0.0016 },
        { date: '2026-11-24', calls: 1, inputTokens: 2000, outputTokens: 50, costUsd: 0 },
      ],
      byModel: [
        { provider: 'google', model: 'gemini-2.5-flash', calls: 2, costUsd: 0.0016, priced: true },
        { provider: 'openai-compatible', model: 'qwen3:8b', calls: 1, costUsd: 0, priced: false },
      ],
      prices: { source: expect.stringContaining('ai.google.dev'), takenOn: expect.any(String) },
    });
  });

  it('answers with zeros for a user with no usage, and refuses a window it cannot show', async () => {
    const { cookie } = await server.signUp();

    const empty = await (await server.request('/api/usage', { cookie })).json();
    const tooLong = await server.request('/api/usage?days=1000', { cookie });

    expect(empty).toMatchObject({ days: 30, totals: { calls: 0, costUsd: 0 }, byDay: [], byModel: [] });
    expect(tooLong.status).toBe(400);
    expect(await tooLong.json()).toMatchObject({ error: { fields: [{ path: 'days' }] } });
  });
});
