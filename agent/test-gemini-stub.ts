import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A content part as the Gemini API sends and receives it (the kinds Atlas uses). */
export interface GeminiPart {
  text?: string;
  functionCall?: { name: string; args: Record<string, unknown> };
  functionResponse?: { name: string; response: Record<string, unknown> };
}

/** Token counts as Gemini reports them; `promptTokenCount` includes the cached ones, thoughts are not in candidates. */
export interface UsageMetadata {
  promptTokenCount: number;
  candidatesTokenCount: number;
  totalTokenCount: number;
  thoughtsTokenCount?: number;
  cachedContentTokenCount?: number;
}

/** One `GenerateContentResponse`: a whole answer, or one event of a streamed answer. */
export interface GenerateContentResponse {
  candidates: { content: { role: 'model'; parts: GeminiPart[] }; finishReason?: string; index: number }[];
  usageMetadata?: UsageMetadata;
  modelVersion?: string;
  responseId?: string;
  /** Where a fixture came from: "hand-written" or "recorded <date> <model>"; never sent over the wire. */
  _source: string;
}

export interface GenerateContentRequest {
  contents: { role: 'user' | 'model'; parts: GeminiPart[] }[];
  systemInstruction?: { parts: { text: string }[] };
  tools?: { functionDeclarations?: { name: string; description?: string; parameters?: unknown }[] }[];
  generationConfig?: Record<string, unknown>;
}

export interface ReceivedRequest {
  model: string;
  method: 'generateContent' | 'streamGenerateContent';
  body: GenerateContentRequest;
  /** True when the client went away before the stub finished answering. */
  clientDisconnected: boolean;
}

/** The error body the Gemini API answers with, e.g. `{ code: 429, status: 'RESOURCE_EXHAUSTED', message }`. */
export interface GeminiError {
  code: number;
  status: string;
  message: string;
  /** As on fixtures: "hand-written" or "recorded <date> <model>"; never sent over the wire. */
  _source: string;
}

export type ScriptedReply = { error: GeminiError } | {
  response: GenerateContentResponse;
  /** Streams the first event, then keeps the stream open until the client disconnects. */
  holdOpen?: boolean;
};

export interface GeminiStub {
  /** Origin of the stub; the provider's base URL is `${url}/v1beta`. */
  url: string;
  /** Requests that passed the key check, in order of arrival. */
  requests: ReceivedRequest[];
  /** Replaces the queue of replies and forgets earlier requests; each request takes the next reply. */
  script(...replies: ScriptedReply[]): void;
  close(): Promise<void>;
}

const modelVersion = 'gemini-2.5-flash';
const usage = { promptTokenCount: 412, candidatesTokenCount: 24, totalTokenCount: 436 };

/** A hand-written answer in which the model says `text`. */
export function textReply(text: string, options: { holdOpen?: boolean; usageMetadata?: UsageMetadata } = {}): ScriptedReply {
  const { usageMetadata = usage, ...rest } = options;
  return {
    response: {
      candidates: [{ content: { role: 'model', parts: [{ text }] }, finishReason: 'STOP', index: 0 }],
      usageMetadata,
      modelVersion,
      _source: 'hand-written',
    },
    ...rest,
  };
}

/** A hand-written answer in which the model calls one function; Gemini reports STOP, not a tool reason. */
export function functionCallReply(name: string, args: Record<string, unknown>, options: { usageMetadata?: UsageMetadata } = {}): ScriptedReply {
  return {
    response: {
      candidates: [{ content: { role: 'model', parts: [{ functionCall: { name, args } }] }, finishReason: 'STOP', index: 0 }],
      usageMetadata: options.usageMetadata ?? usage,
      modelVersion,
      _source: 'hand-written',
    },
  };
}

/** A hand-written refusal; statuses the provider retries (429, 5xx) are retried before the stream fails. */
export function errorReply(code: number, status: string, message: string): ScriptedReply {
  return { error: { code, status, message, _source: 'hand-written' } };
}

/**
 * Splits an answer into the events `streamGenerateContent?alt=sse` sends: text arrives a few words at
 * a time, a function call whole, and only the last event carries finishReason and usageMetadata.
 */
function toStreamEvents({ _source, ...response }: GenerateContentResponse, responseId: string) {
  const candidate = response.candidates[0]!;
  const parts = candidate.content.parts.flatMap((part) => {
    if (part.text === undefined) return [part];
    const words = part.text.match(/\S+\s*/g) ?? [part.text];
    const pieces: GeminiPart[] = [];
    for (let start = 0; start < words.length; start += 3) pieces.push({ text: words.slice(start, start + 3).join('') });
    return pieces;
  });
  return parts.map((part, index) => {
    const last = index === parts.length - 1;
    return {
      candidates: [
        { content: { role: 'model', parts: [part] }, index: 0, ...(last ? { finishReason: candidate.finishReason } : {}) },
      ],
      ...(last ? { usageMetadata: response.usageMetadata } : {}),
      modelVersion: response.modelVersion,
      responseId,
    };
  });
}

function sendError(response: ServerResponse, code: number, status: string, message: string) {
  response.writeHead(code, { 'content-type': 'application/json; charset=UTF-8' });
  response.end(JSON.stringify({ error: { code, message, status } }));
}

const endpoint = /^\/v1beta\/models\/([^/:]+):(generateContent|streamGenerateContent)$/;

/**
 * A local Gemini API (Generative Language v1beta) on 127.0.0.1 that answers from a script, so the real
 * `@ai-sdk/google` provider runs in tests without the network. It checks `x-goog-api-key` and records
 * every request it accepts.
 */
export async function startGeminiStub(options: { apiKey: string }): Promise<GeminiStub> {
  let replies: ScriptedReply[] = [];
  const requests: ReceivedRequest[] = [];
  let responseCount = 0;

  const server = createServer(async (request, response) => {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const url = new URL(request.url ?? '/', 'http://stub');
    const match = request.method === 'POST' ? endpoint.exec(url.pathname) : null;
    if (!match) return sendError(response, 404, 'NOT_FOUND', `Method not found: ${request.method} ${url.pathname}`);

    const apiKey = request.headers['x-goog-api-key'];
    if (!apiKey) {
      return sendError(response, 403, 'PERMISSION_DENIED', "Method doesn't allow unregistered callers (callers without established identity). Please use API Key or other form of API consumer identity to call this API.");
    }
    if (apiKey !== options.apiKey) return sendError(response, 400, 'INVALID_ARGUMENT', 'API key not valid. Please pass a valid API key.');

    const method = match[2] as ReceivedRequest['method'];
    const received: ReceivedRequest = {
      model: decodeURIComponent(match[1]!),
      method,
      body: JSON.parse(Buffer.concat(chunks).toString('utf8')) as GenerateContentRequest,
      clientDisconnected: false,
    };
    requests.push(received);
    response.on('close', () => {
      if (!response.writableFinished) received.clientDisconnected = true;
    });

    const reply = replies.shift();
    // 400 rather than 5xx: the provider retries server errors, which would only hide a short script.
    if (!reply) return sendError(response, 400, 'FAILED_PRECONDITION', 'Gemini stub: no scripted reply left for this request');
    if ('error' in reply) return sendError(response, reply.error.code, reply.error.status, reply.error.message);
    const responseId = `stub-response-${++responseCount}`;

    if (method === 'generateContent') {
      const { _source, ...body } = reply.response;
      response.writeHead(200, { 'content-type': 'application/json; charset=UTF-8' });
      return response.end(JSON.stringify({ ...body, responseId }));
    }
    if (url.searchParams.get('alt') !== 'sse') {
      return sendError(response, 400, 'INVALID_ARGUMENT', 'Gemini stub: only alt=sse streaming is implemented');
    }
    response.writeHead(200, { 'content-type': 'text/event-stream' });
    const events = toStreamEvents(reply.response, responseId);
    for (const event of reply.holdOpen ? events.slice(0, 1) : events) {
      response.write(`data: ${JSON.stringify(event)}\r\n\r\n`);
    }
    if (!reply.holdOpen) response.end();
  });

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    script(...next) {
      replies = next;
      requests.length = 0;
    },
    close() {
      server.closeAllConnections();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}
