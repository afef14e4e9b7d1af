import { Writable } from 'node:stream';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorMiddleware } from '../error-middleware.ts';
import { startTestServer, type TestServer } from '../test-server.ts';
import { createErrorReporter } from './error-reporting.ts';
import { createLogger } from './logger.ts';
import { requestObservability } from './request-observability.ts';

function memoryLog() {
  const lines: Record<string, unknown>[] = [];
  const destination = new Writable({
    write(chunk, _encoding, done) {
      lines.push(JSON.parse(String(chunk)) as Record<string, unknown>);
      done();
    },
  });
  return { lines, logger: createLogger({ level: 'info', destination }) };
}

const log = memoryLog();
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ dependencies: { logger: log.logger } });
});
afterAll(async () => {
  await server?.close();
});

describe('request ids and request logs', () => {
  it('keeps a sane incoming X-Request-Id, echoes it, and writes it in the request’s log line', async () => {
    const response = await server.request('/api/health/live?token=abc', { headers: { 'x-request-id': 'lb-7f3a_91' } });

    const line = log.lines.find((each) => each.requestId === 'lb-7f3a_91');
    expect(response.headers.get('x-request-id')).toBe('lb-7f3a_91');
    expect(line).toMatchObject({ msg: 'request', method: 'GET', route: '/api/health/live', status: 200 });
    // Neither the URL (query strings carry tokens) nor headers are logged.
    expect(JSON.stringify(line)).not.toContain('token=');
    expect(line).not.toHaveProperty('headers');
  });

  it('replaces an incoming id that is too long or could forge log content with a fresh one', async () => {
    const forged = await server.request('/api/health/live', { headers: { 'x-request-id': 'abc"}\u0020{"admin":true' } });
    const long = await server.request('/api/health/live', { headers: { 'x-request-id': 'a'.repeat(65) } });
    const none = await server.request('/api/health/live');

    for (const response of [forged, long, none]) expect(response.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('logs the route pattern rather than the URL with its ids', async () => {
    const { cookie } = await server.signUp();
    const id = crypto.randomUUID();
    const response = await server.request(`/api/drafts/${id}`, { cookie });

    const line = log.lines.find((each) => each.requestId === response.headers.get('x-request-id'));
    expect(line).toMatchObject({ route: '/api/drafts/:id', status: 404 });
    expect(JSON.stringify(log.lines)).not.toContain(id);
  });

  it('puts the request id in the error reporter’s log line for that request', async () => {
    const errors = memoryLog();
    const app = express();
    app.use(requestObservability({ logger: createLogger({ level: 'silent' }) }));
    app.get('/boom/:id', () => {
      throw new Error('the disk is full');
    });
    app.use(errorMiddleware(createErrorReporter({ logger: errors.logger })));
    const http = createServer(app);
    await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
    try {
      const response = await fetch(`http://127.0.0.1:${(http.address() as AddressInfo).port}/boom/1`, { headers: { 'x-request-id': 'req-42' } });

      expect(response.status).toBe(500);
      expect(errors.lines).toContainEqual(expect.objectContaining({ level: 50, requestId: 'req-42', msg: 'Unexpected error' }));
    } finally {
      await new Promise((resolve) => http.close(resolve));
    }
  });
});
