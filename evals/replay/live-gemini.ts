import { assembleStreamEvents, type GeminiErrorBody } from './gemini-wire.ts';
import type { AnswerModelRequest, ModelAnswer } from './gemini-endpoint.ts';

export const liveGeminiBaseUrl = 'https://generativelanguage.googleapis.com/v1beta';

/** The `data:` events of a server-sent event stream, parsed as JSON. */
function parseEvents(text: string): Record<string, unknown>[] {
  return text
    .split(/\r?\n\r?\n/)
    .flatMap((block) => block.split(/\r?\n/).filter((line) => line.startsWith('data:')))
    .map((line) => JSON.parse(line.slice('data:'.length).trim()) as Record<string, unknown>);
}

/**
 * Answers by asking the live Gemini API the very request the provider sent, streamed as the chat
 * route streams it, and hands back the whole answer to record. Refusals (429, 5xx) pass through as
 * they came, so the provider retries them as it would in production; they are never recorded.
 */
export function askLiveGemini(options: { baseUrl?: string; today: string; fetch?: typeof fetch }): AnswerModelRequest {
  const baseUrl = options.baseUrl ?? liveGeminiBaseUrl;
  const send = options.fetch ?? fetch;
  return async ({ model, body, apiKey }): Promise<ModelAnswer> => {
    const response = await send(`${baseUrl}/models/${encodeURIComponent(model)}:streamGenerateContent?alt=sse`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-goog-api-key': apiKey },
      body: JSON.stringify(body),
    });
    const text = await response.text();
    if (!response.ok) {
      try {
        return JSON.parse(text) as GeminiErrorBody;
      } catch {
        return { error: { code: response.status, status: 'UNKNOWN', message: text.slice(0, 500) } };
      }
    }
    const events = parseEvents(text);
    const modelVersion = events.map((event) => event.modelVersion).findLast((version) => typeof version === 'string') ?? model;
    return { response: assembleStreamEvents(events, `recorded ${options.today} ${String(modelVersion)}`) };
  };
}
