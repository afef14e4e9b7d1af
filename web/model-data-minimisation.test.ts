import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { functionCallReply, startGeminiStub, textReply, type GeminiStub } from '../agent/test-gemini-stub.ts';
import { createOfflineEmbedder } from '../tools/embeddings/offline-embedder.ts';
import { seedApplications } from '../tools/test-pipeline.ts';
import { startTestServer, type TestServer } from './test-server.ts';

const geminiKey = 'test-gemini-key';
let gemini: GeminiStub;
let server: TestServer;
beforeAll(async () => {
  gemini = await startGeminiStub({ apiKey: geminiKey });
  server = await startTestServer({
    environment: { GOOGLE_GENERATIVE_AI_API_KEY: geminiKey, GEMINI_BASE_URL: `${gemini.url}/v1beta` },
    dependencies: { embedder: createOfflineEmbedder() },
  });
});
afterAll(async () => {
  await server.close();
  await gemini.close();
});

function chat(cookie: string, text: string) {
  return server.request('/api/chat', {
    method: 'POST',
    cookie,
    body: JSON.stringify({ messages: [{ id: crypto.randomUUID(), role: 'user', parts: [{ type: 'text', text }] }] }),
  });
}

describe('what the model provider receives (promise 3)', () => {
  it('gets the conversation, instructions and tool list, and the CV only once the model asks for it', async () => {
    const { cookie, user } = await server.signUp();
    const cvMarker = `cv-${crypto.randomUUID()}`;
    const noteMarker = `note-${crypto.randomUUID()}`;
    const form = new FormData();
    form.set('file', new Blob([`# Dana\n\n## Experience\n\nLed payments at Acme. ${cvMarker}\n`], { type: 'text/markdown' }), 'cv.md');
    await fetch(`${server.url}/api/cv`, { method: 'PUT', body: form, headers: { origin: server.url, cookie } });
    await seedApplications(server.handle.db, user.id, [{ company: 'Acme', title: 'SRE', notes: noteMarker }]);

    gemini.script(textReply('Hello! How can I help with your search?'));
    await (await chat(cookie, 'Hello')).text();
    const greeting = JSON.stringify(gemini.requests);
    gemini.script(functionCallReply('getCv', {}), textReply('Your CV says you led payments at Acme.'));
    await (await chat(cookie, 'What does my CV say?')).text();
    const [askingForCv, withCv] = gemini.requests.map((request) => JSON.stringify(request.body));

    for (const marker of [cvMarker, noteMarker, user.email]) expect(greeting).not.toContain(marker);
    expect(askingForCv).not.toContain(cvMarker);
    expect(withCv).toContain(cvMarker);
    expect(withCv).not.toContain(noteMarker);
  });
});
