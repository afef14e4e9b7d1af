import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  generateContentRequestSchema,
  toStreamEvents,
  toWire,
  type GeminiErrorBody,
  type GenerateContentRequest,
  type GenerateContentResponse,
} from './gemini-wire.ts';

export type ModelAnswer = { response: GenerateContentResponse } | GeminiErrorBody;

export interface ModelRequest {
  model: string;
  body: GenerateContentRequest;
  /** The key the provider sent, for forwarding to the live API when recording. */
  apiKey: string;
}

export type AnswerModelRequest = (request: ModelRequest) => Promise<ModelAnswer>;

export interface GeminiEndpoint {
  /** What `GEMINI_BASE_URL` is set to: the provider appends `/models/{model}:streamGenerateContent`. */
  baseUrl: string;
  /** Who answers the next requests: a recording being replayed, or the live API being recorded. */
  answerWith(answer: AnswerModelRequest): void;
  close(): Promise<void>;
}

function sendError(response: ServerResponse, error: GeminiErrorBody['error']) {
  response.writeHead(error.code, { 'content-type': 'application/json; charset=UTF-8' });
  response.end(JSON.stringify({ error }));
}

const endpoint = /^\/v1beta\/models\/([^/:]+):(generateContent|streamGenerateContent)$/;

/**
 * The Gemini API (Generative Language v1beta) on 127.0.0.1, so the real `@ai-sdk/google` provider,
 * configured exactly as Atlas configures it, talks to it over HTTP in Gemini's own wire format. It
 * accepts what the API accepts and answers as the API answers — a JSON body, or server-sent events
 * with text split across them — with whatever the current answerer gives.
 */
export async function startGeminiEndpoint(): Promise<GeminiEndpoint> {
  let answer: AnswerModelRequest = async () => ({
    error: { code: 400, status: 'FAILED_PRECONDITION', message: 'No scenario is running' },
  });

  const server = createServer(async (request, response) => {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const url = new URL(request.url ?? '/', 'http://gemini.local');
    const match = request.method === 'POST' ? endpoint.exec(url.pathname) : null;
    if (!match) return sendError(response, { code: 404, status: 'NOT_FOUND', message: `Method not found: ${request.method} ${url.pathname}` });
    const apiKey = request.headers['x-goog-api-key'];
    if (typeof apiKey !== 'string' || apiKey === '') {
      return sendError(response, { code: 403, status: 'PERMISSION_DENIED', message: "Method doesn't allow unregistered callers. Please use API Key." });
    }
    const parsed = generateContentRequestSchema.safeParse(JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}'));
    if (!parsed.success) return sendError(response, { code: 400, status: 'INVALID_ARGUMENT', message: parsed.error.message });

    let answered: ModelAnswer;
    try {
      answered = await answer({ model: decodeURIComponent(match[1]!), body: parsed.data, apiKey });
    } catch (error) {
      // 400, not 500: the provider retries server errors, which would only repeat the failure.
      answered = { error: { code: 400, status: 'FAILED_PRECONDITION', message: `Eval endpoint failed: ${String(error)}` } };
    }
    if ('error' in answered) return sendError(response, answered.error);

    if (match[2] === 'generateContent') {
      response.writeHead(200, { 'content-type': 'application/json; charset=UTF-8' });
      return response.end(JSON.stringify(toWire(answered.response)));
    }
    if (url.searchParams.get('alt') !== 'sse') {
      return sendError(response, { code: 400, status: 'INVALID_ARGUMENT', message: 'Only alt=sse streaming is served here' });
    }
    response.writeHead(200, { 'content-type': 'text/event-stream' });
    for (const event of toStreamEvents(answered.response)) response.write(`data: ${JSON.stringify(event)}\r\n\r\n`);
    response.end();
  });

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}/v1beta`,
    answerWith(next) {
      answer = next;
    },
    close() {
      server.closeAllConnections();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}
