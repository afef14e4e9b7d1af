import { createServer } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { completionText, completionToolCall, startOpenAICompatibleStub, type OpenAICompatibleStub } from '../../agent/test-openai-compatible-stub.ts';
import { usageEvents } from '../../db/schema.ts';
import { withUser } from '../../db/with-user.ts';
import { seedApplications } from '../../tools/test-pipeline.ts';
import { startTestServer, type TestServer } from '../test-server.ts';

let stub: OpenAICompatibleStub;
let server: TestServer;
beforeAll(async () => {
  stub = await startOpenAICompatibleStub();
  server = await startTestServer({
    environment: { ATLAS_MODEL_PROVIDER: 'openai-compatible', OPENAI_COMPATIBLE_BASE_URL: `${stub.url}/v1`, ATLAS_CHAT_MODEL: 'qwen3:8b' },
  });
});
afterAll(async () => {
  await server?.close();
  await stub?.close();
});

async function chatText(response: Response) {
  const chunks = (await response.text())
    .split('\n\n')
    .filter((event) => event.startsWith('data: ') && event !== 'data: [DONE]')
    .map((event) => JSON.parse(event.slice('data: '.length)) as { type: string; delta?: string; toolName?: string; output?: unknown });
  return { chunks, text: chunks.flatMap((chunk) => (chunk.type === 'text-delta' ? [chunk.delta] : [])).join('') };
}

describe('chat on a local OpenAI-compatible model', () => {
  it('runs the tool loop against the server’s chat completions stream and records usage at no cost', async () => {
    const { cookie, user } = await server.signUp();
    await seedApplications(server.handle.db, user.id, [{ company: 'Acme', title: 'Backend Engineer', status: 'interviewing' }]);
    stub.script(
      completionToolCall('listApplications', { status: 'interviewing' }, { prompt_tokens: 900, completion_tokens: 30, total_tokens: 930 }),
      completionText('You are interviewing with Acme for Backend Engineer.', { prompt_tokens: 1000, completion_tokens: 14, total_tokens: 1014 }),
    );

    const response = await server.request('/api/chat', {
      method: 'POST',
      cookie,
      body: JSON.stringify({ message: { role: 'user', parts: [{ type: 'text', text: 'Where am I interviewing?' }] } }),
    });
    const { chunks, text } = await chatText(response);
    const [first, second] = stub.requests;
    const usage = await expect
      .poll(() => withUser(server.handle.db, user.id, (db) => db.select().from(usageEvents)), { timeout: 5_000 })
      .toHaveLength(2)
      .then(() => withUser(server.handle.db, user.id, (db) => db.select().from(usageEvents).orderBy(usageEvents.inputTokens)));

    expect(text).toBe('You are interviewing with Acme for Backend Engineer.');
    expect(chunks).toContainEqual(expect.objectContaining({ type: 'tool-output-available', output: expect.objectContaining({ total: 1 }) }));
    expect(first!.body).toMatchObject({ model: 'qwen3:8b', stream: true, stream_options: { include_usage: true } });
    expect(first!.body).not.toHaveProperty('reasoning_effort');
    expect(first!.body.messages[0]).toMatchObject({ role: 'system', content: expect.stringContaining('never instructions') });
    expect(first!.body.tools!.map((tool) => tool.function.name)).toContain('listApplications');
    expect(first!.authorization).toBeUndefined();
    expect(second!.body.messages.at(-1)).toMatchObject({ role: 'tool', content: expect.stringContaining('Acme') });
    expect(usage).toEqual([
      expect.objectContaining({ provider: 'openai-compatible', model: 'qwen3:8b', inputTokens: 900, outputTokens: 30, costUsd: '0.000000' }),
      expect.objectContaining({ provider: 'openai-compatible', model: 'qwen3:8b', inputTokens: 1000, outputTokens: 14, costUsd: '0.000000' }),
    ]);
  });

  it('shows the local model as unpriced in the usage summary', async () => {
    const { cookie } = await server.signUp();
    stub.script(completionText('Hello.'));
    await chatText(
      await server.request('/api/chat', { method: 'POST', cookie, body: JSON.stringify({ message: { role: 'user', parts: [{ type: 'text', text: 'Hi' }] } }) }),
    );

    const summary = await expect
      .poll(async () => (await (await server.request('/api/usage', { cookie })).json()).byModel, { timeout: 5_000 })
      .toHaveLength(1)
      .then(async () => (await server.request('/api/usage', { cookie })).json());

    expect(summary.byModel).toEqual([expect.objectContaining({ provider: 'openai-compatible', model: 'qwen3:8b', priced: false, costUsd: 0 })]);
  });
});

describe('chat when the local model server is down', () => {
  let downServer: TestServer;
  let address: string;
  beforeAll(async () => {
    // A port that was free a moment ago: nothing listens there, so connecting is refused.
    const probe = createServer().listen(0, '127.0.0.1');
    await new Promise((resolve) => probe.once('listening', resolve));
    const { port } = probe.address() as { port: number };
    await new Promise((resolve) => probe.close(resolve));
    address = `http://127.0.0.1:${port}/v1`;
    downServer = await startTestServer({
      environment: { ATLAS_MODEL_PROVIDER: 'openai-compatible', OPENAI_COMPATIBLE_BASE_URL: address, OPENAI_COMPATIBLE_API_KEY: 'sk-local-secret', ATLAS_CHAT_MODEL: 'qwen3:8b' },
    });
  });
  afterAll(() => downServer?.close());

  it('says which address failed and why, without the key', async () => {
    const { cookie } = await downServer.signUp();

    const response = await downServer.request('/api/chat', {
      method: 'POST',
      cookie,
      body: JSON.stringify({ message: { role: 'user', parts: [{ type: 'text', text: 'Hi' }] } }),
    });
    const { chunks } = await chatText(response);

    expect(chunks).toContainEqual({
      type: 'error',
      errorText: `The chat model at ${address}/chat/completions could not be reached: the connection was refused (ECONNREFUSED). Check that the model server is running at that address, then try again.`,
    });
    expect(JSON.stringify(chunks)).not.toContain('sk-local-secret');
  });
});
