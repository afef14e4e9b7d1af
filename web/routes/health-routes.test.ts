import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { describe, expect, it } from 'vitest';
import type { Database } from '../../db/database.ts';
import { startTestServer } from '../test-server.ts';
import { healthRoutes } from './health-routes.ts';

describe('health', () => {
  it('is live and ready with a database, and ready answers 503 with a reason once the database is gone', async () => {
    const server = await startTestServer();
    try {
      const live = await server.request('/api/health/live');
      const ready = await server.request('/api/health/ready');
      const original = await server.request('/api/health');
      await server.handle.close();
      const readyWithout = await server.request('/api/health/ready');
      const liveWithout = await server.request('/api/health/live');

      expect([live.status, ready.status, original.status]).toEqual([200, 200, 200]);
      expect(await ready.json()).toEqual({ status: 'ok' });
      expect(readyWithout.status).toBe(503);
      expect(await readyWithout.json()).toMatchObject({ status: 'unavailable', reason: expect.stringContaining('the database is unreachable') });
      expect(liveWithout.status).toBe(200);
    } finally {
      // The database is closed already; only the HTTP server is left.
      await server.close().catch(() => {});
    }
  });

  it('is not ready when the database does not answer in time', async () => {
    const hanging = { execute: () => new Promise(() => {}) } as unknown as Database;
    const app = express().use('/api', healthRoutes({ database: hanging, readyTimeoutMs: 50 }));
    const http = createServer(app);
    await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
    try {
      const response = await fetch(`http://127.0.0.1:${(http.address() as AddressInfo).port}/api/health/ready`);

      expect(response.status).toBe(503);
      expect(await response.json()).toEqual({ status: 'unavailable', reason: 'the database did not answer within 50 ms' });
    } finally {
      await new Promise((resolve) => http.close(resolve));
    }
  });
});
