import { APICallError, RetryError } from 'ai';
import { describe, expect, it } from 'vitest';
import { describeModelFailure } from './describe-model-failure.ts';

function callError(options: { url: string; statusCode?: number; cause?: unknown; responseBody?: string }) {
  return new APICallError({
    message: 'failed',
    url: options.url,
    requestBodyValues: { messages: [{ role: 'user', content: 'my CV says…' }] },
    statusCode: options.statusCode,
    responseBody: options.responseBody,
    cause: options.cause,
  });
}

function refused() {
  return Object.assign(new TypeError('fetch failed'), { cause: Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:11434'), { code: 'ECONNREFUSED' }) });
}

describe('describeModelFailure', () => {
  it('names the address and the reason a local model server could not be reached', () => {
    const text = describeModelFailure(callError({ url: 'http://127.0.0.1:11434/v1/chat/completions', cause: refused() }));
    expect(text).toBe(
      'The chat model at http://127.0.0.1:11434/v1/chat/completions could not be reached: the connection was refused (ECONNREFUSED). Check that the model server is running at that address, then try again.',
    );
  });

  it('never shows a key carried in the address, its query string or its user part', () => {
    const text = describeModelFailure(
      callError({ url: 'https://user:hunter2@generativelanguage.googleapis.com/v1beta/models/gemini:streamGenerateContent?key=AIzaSecretKey123', statusCode: 403 }),
    );
    expect(text).toContain('https://generativelanguage.googleapis.com/v1beta/models/gemini:streamGenerateContent');
    expect(text).toContain('refused the API key (HTTP 403)');
    expect(text).not.toMatch(/AIzaSecretKey123|hunter2|key=/);
  });

  it('says a 404 is most likely a model the server does not have', () => {
    const text = describeModelFailure(callError({ url: 'http://localhost:11434/v1/chat/completions', statusCode: 404, responseBody: '{"error":"model \\"qwen9\\" not found"}' }));
    expect(text).toMatch(/^The chat model at http:\/\/localhost:11434\/v1\/chat\/completions answered HTTP 404 \(not found\): check ATLAS_CHAT_MODEL/);
  });

  it('names the address of a server error after the retries, without what the service said', () => {
    const last = callError({ url: 'http://localhost:8080/v1/chat/completions', statusCode: 503, responseBody: 'conversation detail' });
    const text = describeModelFailure(new RetryError({ message: 'retries', reason: 'maxRetriesExceeded', errors: [last, last] }));
    expect(text).toBe('The chat model at http://localhost:8080/v1/chat/completions failed with HTTP 503; try again, and if it keeps failing, check the model server.');
  });

  it('keeps a refused request plain, as what the service said may quote the conversation', () => {
    expect(describeModelFailure(callError({ url: 'http://localhost:8080/v1/chat/completions', statusCode: 400, responseBody: 'contents[3] detail' }))).toBe(
      'The chat model could not answer; try again.',
    );
    expect(describeModelFailure(new Error('something else'))).toBe('The chat model could not answer; try again.');
  });
});
