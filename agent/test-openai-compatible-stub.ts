import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** Token counts as OpenAI's chat completions report them (Ollama, llama.cpp and vLLM send the same shape). */
export interface CompletionUsage {
  prompt_tokens: number;
  completion_tokens: number;
  total_tokens: number;
  prompt_tokens_details?: { cached_tokens: number };
  completion_tokens_details?: { reasoning_tokens: number };
}

/** One answer the stub gives: text, or one function call, with its usage. */
export interface ScriptedCompletion {
  content?: string;
  toolCall?: { name: string; arguments: Record<string, unknown> };
  usage: CompletionUsage;
  /** Where a fixture came from: "hand-written" or "recorded <date> <server/model>"; never sent over the wire. */
  _source: string;
}

export interface ChatCompletionRequest {
  model: string;
  messages: { role: 'system' | 'user' | 'assistant' | 'tool'; content?: string | null; tool_calls?: unknown[]; tool_call_id?: string }[];
  tools?: { type: 'function'; function: { name: string; description?: string; parameters?: unknown } }[];
  stream?: boolean;
  stream_options?: { include_usage?: boolean };
  response_format?: { type: string; json_schema?: { name?: string; schema: unknown; strict?: boolean } };
  [setting: string]: unknown;
}

export interface OpenAICompatibleStub {
  /** Origin of the stub; the provider's base URL is `${url}/v1`. */
  url: string;
  /** Requests received, with the Authorization header each carried. */
  requests: { body: ChatCompletionRequest; authorization: string | undefined }[];
  /** Replaces the queue of answers and forgets earlier requests; each request takes the next answer. */
  script(...completions: ScriptedCompletion[]): void;
  close(): Promise<void>;
}

const defaultUsage: CompletionUsage = { prompt_tokens: 530, completion_tokens: 18, total_tokens: 548 };

/** A hand-written answer in which the model says `content`. */
export function completionText(content: string, usage: CompletionUsage = defaultUsage): ScriptedCompletion {
  return { content, usage, _source: 'hand-written' };
}

/** A hand-written answer in which the model calls one function. */
export function completionToolCall(name: string, args: Record<string, unknown>, usage: CompletionUsage = defaultUsage): ScriptedCompletion {
  return { toolCall: { name, arguments: args }, usage, _source: 'hand-written' };
}

function sendError(response: ServerResponse, status: number, message: string, type = 'invalid_request_error') {
  response.writeHead(status, { 'content-type': 'application/json' });
  response.end(JSON.stringify({ error: { message, type, param: null, code: null } }));
}

/**
 * The `chat.completion.chunk` events of a streamed answer: the role first, text a few words at a
 * time or a tool call with its arguments in two pieces, then the finish reason, then (when the
 * request asked with `stream_options.include_usage`) a last chunk with no choices and the usage.
 */
function toChunks(completion: ScriptedCompletion, base: { id: string; created: number; model: string }, includeUsage: boolean) {
  const chunk = (delta: object, finishReason: string | null = null) => ({
    ...base,
    object: 'chat.completion.chunk',
    choices: [{ index: 0, delta, logprobs: null, finish_reason: finishReason }],
  });
  const chunks: object[] = [chunk({ role: 'assistant', content: '' })];
  if (completion.content !== undefined) {
    const words = completion.content.match(/\S+\s*/g) ?? [completion.content];
    for (let start = 0; start < words.length; start += 3) chunks.push(chunk({ content: words.slice(start, start + 3).join('') }));
  }
  if (completion.toolCall) {
    const argumentsText = JSON.stringify(completion.toolCall.arguments);
    const half = Math.ceil(argumentsText.length / 2);
    chunks.push(chunk({ tool_calls: [{ index: 0, id: `call_${base.id}`, type: 'function', function: { name: completion.toolCall.name, arguments: argumentsText.slice(0, half) } }] }));
    chunks.push(chunk({ tool_calls: [{ index: 0, function: { arguments: argumentsText.slice(half) } }] }));
  }
  chunks.push(chunk({}, completion.toolCall ? 'tool_calls' : 'stop'));
  if (includeUsage) chunks.push({ ...base, object: 'chat.completion.chunk', choices: [], usage: completion.usage });
  return chunks;
}

/**
 * A local OpenAI-compatible server (what Ollama, llama.cpp's llama-server and vLLM expose) on
 * 127.0.0.1: `POST /v1/chat/completions`, streamed as server-sent events ending in `data: [DONE]`,
 * or whole. Answers come from a script, so the real `@ai-sdk/openai-compatible` provider runs in
 * tests without a model.
 */
export async function startOpenAICompatibleStub(): Promise<OpenAICompatibleStub> {
  let completions: ScriptedCompletion[] = [];
  const requests: OpenAICompatibleStub['requests'] = [];
  let count = 0;

  const server = createServer(async (request, response) => {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    if (request.method !== 'POST' || request.url !== '/v1/chat/completions') {
      return sendError(response, 404, `Unknown request URL: ${request.method} ${request.url}`);
    }
    const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as ChatCompletionRequest;
    requests.push({ body, authorization: request.headers.authorization });

    const completion = completions.shift();
    if (!completion) return sendError(response, 400, 'OpenAI-compatible stub: no scripted answer left for this request');
    const base = { id: `chatcmpl-stub-${++count}`, created: 1_764_000_000 + count, model: body.model };

    if (!body.stream) {
      const toolCalls = completion.toolCall
        ? [{ id: `call_${base.id}`, type: 'function', function: { name: completion.toolCall.name, arguments: JSON.stringify(completion.toolCall.arguments) } }]
        : undefined;
      response.writeHead(200, { 'content-type': 'application/json' });
      return response.end(
        JSON.stringify({
          ...base,
          object: 'chat.completion',
          choices: [
            { index: 0, message: { role: 'assistant', content: completion.content ?? null, ...(toolCalls ? { tool_calls: toolCalls } : {}) }, finish_reason: toolCalls ? 'tool_calls' : 'stop' },
          ],
          usage: completion.usage,
        }),
      );
    }
    response.writeHead(200, { 'content-type': 'text/event-stream' });
    for (const chunk of toChunks(completion, base, body.stream_options?.include_usage === true)) {
      response.write(`data: ${JSON.stringify(chunk)}\n\n`);
    }
    response.end('data: [DONE]\n\n');
  });

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    script(...next) {
      completions = next;
      requests.length = 0;
    },
    close() {
      server.closeAllConnections();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}
