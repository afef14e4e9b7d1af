import { createHash } from 'node:crypto';
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One `EmbedContentRequest` as the Gemini API (v1beta) receives it. */
export interface EmbedContentRequest {
  model: string;
  content: { role?: string; parts: { text: string }[] };
  outputDimensionality?: number;
  taskType?: string;
}

export interface ReceivedEmbeddingCall {
  /** The model named in the URL, e.g. `gemini-embedding-001`. */
  model: string;
  method: 'embedContent' | 'batchEmbedContents';
  apiKey: string | undefined;
  requests: EmbedContentRequest[];
}

export interface GeminiEmbeddingStub {
  /** The provider's base URL: `${origin}/v1beta`. */
  baseURL: string;
  /** Every call that reached an endpoint, in order of arrival, accepted or not. */
  calls: ReceivedEmbeddingCall[];
  /** Answers every later call with this Gemini error until called again with `null`. */
  failWith(error: { code: number; status: string; message: string } | null): void;
  close(): Promise<void>;
}

/**
 * The vector the stub returns for a text: derived from the text alone, so a test can tell which
 * input an output belongs to. Hand-written, not recorded: real values carry meaning; these do not.
 */
export function stubEmbedding(text: string, dimensions: number): number[] {
  const digest = createHash('sha256').update(text).digest();
  return Array.from({ length: dimensions }, (_, index) => (digest[index % digest.length]! - 128) / 128);
}

function sendError(response: ServerResponse, code: number, status: string, message: string) {
  response.writeHead(code, { 'content-type': 'application/json; charset=UTF-8' });
  response.end(JSON.stringify({ error: { code, message, status } }));
}

const endpoint = /^\/v1beta\/models\/([^/:]+):(embedContent|batchEmbedContents)$/;

/**
 * A local Gemini embeddings API on 127.0.0.1 in the real wire format: `:embedContent` answers
 * `{ embedding: { values } }`, `:batchEmbedContents` answers `{ embeddings: [{ values }] }` and, like
 * the real API, refuses more than 100 requests per batch, a request naming another model, or a
 * missing or wrong `x-goog-api-key`.
 */
export async function startGeminiEmbeddingStub(options: { apiKey: string }): Promise<GeminiEmbeddingStub> {
  const calls: ReceivedEmbeddingCall[] = [];
  let failure: { code: number; status: string; message: string } | null = null;

  const server = createServer(async (request, response) => {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const url = new URL(request.url ?? '/', 'http://stub');
    const match = request.method === 'POST' ? endpoint.exec(url.pathname) : null;
    if (!match) return sendError(response, 404, 'NOT_FOUND', `Method not found: ${request.method} ${url.pathname}`);

    const model = decodeURIComponent(match[1]!);
    const method = match[2] as ReceivedEmbeddingCall['method'];
    const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as EmbedContentRequest | { requests: EmbedContentRequest[] };
    const requests = 'requests' in body ? body.requests : [body];
    const apiKey = request.headers['x-goog-api-key'] as string | undefined;
    calls.push({ model, method, apiKey, requests });

    if (!apiKey) {
      return sendError(response, 403, 'PERMISSION_DENIED', "Method doesn't allow unregistered callers (callers without established identity). Please use API Key or other form of API consumer identity to call this API.");
    }
    if (apiKey !== options.apiKey) return sendError(response, 400, 'INVALID_ARGUMENT', 'API key not valid. Please pass a valid API key.');
    if (failure) return sendError(response, failure.code, failure.status, failure.message);
    if (requests.length > 100) {
      return sendError(response, 400, 'INVALID_ARGUMENT', '* BatchEmbedContentsRequest.requests: at most 100 requests can be in one batch\n');
    }
    const otherModel = requests.find((item) => item.model !== `models/${model}`);
    if (otherModel) {
      return sendError(response, 400, 'INVALID_ARGUMENT', '* BatchEmbedContentsRequest.requests[].model: must match the model in the URL\n');
    }

    const embeddings = requests.map((item) => ({
      values: stubEmbedding(item.content.parts.map((part) => part.text).join(''), item.outputDimensionality ?? 3072),
    }));
    response.writeHead(200, { 'content-type': 'application/json; charset=UTF-8' });
    response.end(JSON.stringify(method === 'embedContent' ? { embedding: embeddings[0] } : { embeddings }));
  });

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    baseURL: `http://127.0.0.1:${port}/v1beta`,
    calls,
    failWith(error) {
      failure = error;
    },
    close() {
      server.closeAllConnections();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}
