import { Writable } from 'node:stream';
import * as Sentry from '@sentry/node';
import { APICallError } from 'ai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createErrorReporter, initErrorReporting, scrubBreadcrumb, scrubEvent, scrubSpan } from './error-reporting.ts';
import { createLogger } from './logger.ts';
import { runInRequestContext } from './request-context.ts';
import { startSentryIngest, type SentryIngest } from './test-sentry-ingest.ts';

let ingest: SentryIngest;
beforeAll(async () => {
  ingest = await startSentryIngest();
  initErrorReporting({ SENTRY_DSN: ingest.dsn, SENTRY_ENVIRONMENT: 'ci', NODE_ENV: 'test' });
});
afterAll(async () => {
  await Sentry.close(2000);
  await ingest.close();
});

function memoryLog() {
  const lines: string[] = [];
  const destination = new Writable({
    write(chunk, _encoding, done) {
      lines.push(String(chunk));
      done();
    },
  });
  return { lines, logger: createLogger({ level: 'info', destination }) };
}

describe('error reporting', () => {
  it('stays off without SENTRY_DSN', () => {
    expect(initErrorReporting({ SENTRY_DSN: undefined, SENTRY_ENVIRONMENT: undefined, NODE_ENV: 'test' })).toBe(false);
  });

  it('sends a model failure to the DSN and the log with its name and status, not the prompt it carried', async () => {
    const { lines, logger } = memoryLog();
    const prompt = `Here is my CV: led payments at Acme ${crypto.randomUUID()}`;
    const failure = new APICallError({
      message: 'Internal error encountered.',
      url: 'https://generativelanguage.googleapis.com/v1beta/models/gemini-2.5-flash:streamGenerateContent?alt=sse',
      requestBodyValues: { contents: [{ role: 'user', parts: [{ text: prompt }] }] },
      statusCode: 500,
      responseBody: JSON.stringify({ error: { message: prompt } }),
      isRetryable: true,
    });

    createErrorReporter({ logger })(failure);
    await Sentry.flush(5000);
    const event = ingest.events().find((each) => each.exception?.values?.[0]?.type === 'AI_APICallError');
    const logged = JSON.parse(lines[0]!) as { level: number; err: { name: string; status: number } };

    expect(event?.exception?.values?.[0]?.value).toBe('Internal error encountered.');
    expect(ingest.envelopes.join('')).not.toContain(prompt);
    expect(logged).toMatchObject({ level: 50, err: { name: 'AI_APICallError', status: 500 } });
    expect(lines.join('')).not.toContain(prompt);
  });
});

describe('error reporting within a request', () => {
  it('tags the report and the log line with the request id, so the two can be matched', async () => {
    const { lines, logger } = memoryLog();

    runInRequestContext({ requestId: 'req-sentry-7' }, () => createErrorReporter({ logger })(new RangeError('the queue is full')));
    await Sentry.flush(5000);
    const event = ingest.events().find((each) => each.exception?.values?.[0]?.value === 'the queue is full');

    expect(event?.tags).toMatchObject({ request_id: 'req-sentry-7' });
    expect(JSON.parse(lines[0]!)).toMatchObject({ level: 50, requestId: 'req-sentry-7' });
  });
});

describe('scrubEvent', () => {
  it('keeps only the method and path of a request: no body, cookies, headers, query or user', () => {
    const scrubbed = scrubEvent({
      user: { id: 'u1', email: 'dana@example.com', ip_address: '203.0.113.7' },
      request: {
        method: 'POST',
        url: 'https://atlas.example/api/auth/google/callback?code=4/0secret&state=xyz',
        data: '{"password":"violet-harbour-lantern-42"}',
        cookies: { atlas_session: 'abc' },
        headers: { cookie: 'atlas_session=abc', authorization: 'Bearer atlas_pat_x' },
        query_string: 'code=4/0secret',
      },
      extra: { notes: 'private' },
      exception: { values: [{ type: 'Error', value: 'No user dana@example.com', stacktrace: { frames: [{ function: 'run', vars: { cvText: 'private' } }] } }] },
    });

    expect(scrubbed).toEqual({
      request: { method: 'POST', url: 'https://atlas.example/api/auth/google/callback' },
      exception: { values: [{ type: 'Error', value: 'No user [email]', stacktrace: { frames: [{ function: 'run' }] } }] },
    });
  });
});

describe('scrubBreadcrumb', () => {
  it('drops console lines and the query of URLs', () => {
    expect(scrubBreadcrumb({ category: 'console', message: 'CV text: …' })).toBeNull();
    expect(scrubBreadcrumb({ category: 'http', data: { url: 'https://oauth2.googleapis.com/revoke?token=ya29.secret', status_code: 200 } })).toEqual({
      category: 'http',
      data: { url: 'https://oauth2.googleapis.com/revoke', status_code: 200 },
    });
  });
});

describe('scrubSpan', () => {
  it('keeps timings and names, and drops prompts, outputs and query parameters', () => {
    const span = scrubSpan({
      name: 'ai.streamText',
      attributes: { 'gen_ai.input.messages': '[my CV]', 'gen_ai.output.messages': '[reply]', 'db.query.parameter.0': 'note', 'gen_ai.usage.input_tokens': 412 },
    });

    expect(span).toEqual({ name: 'ai.streamText', attributes: { 'gen_ai.usage.input_tokens': 412 } });
  });
});

describe('createLogger', () => {
  it('censors content fields and scrubs emails and tokens from the rest', () => {
    const { lines, logger } = memoryLog();

    logger.info({ request: { body: { password: 'hunter2-hunter2' }, headers: { cookie: 'atlas_session=a.b' } }, note: 'sent to dana@example.com', notes: 'private' }, 'signed in');
    const line = JSON.parse(lines[0]!) as Record<string, unknown>;

    expect(line).toMatchObject({ msg: 'signed in', note: 'sent to [email]', notes: '[redacted]', request: { body: '[redacted]', headers: { cookie: '[redacted]' } } });
    expect(lines[0]).not.toContain('hunter2');
  });
});
