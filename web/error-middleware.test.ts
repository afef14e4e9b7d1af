import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../config.ts';
import { openDatabase, type DatabaseHandle } from '../db/database.ts';
import { createApp } from './create-app.ts';
import { createLogger } from './observability/logger.ts';

describe('error responses', () => {
  let handle: DatabaseHandle;
  let url: string;
  let close: () => void;

  beforeAll(async () => {
    // Nothing listens on port 1: every query fails to connect, as during a database outage.
    handle = await openDatabase({ kind: 'postgres', url: 'postgres://atlas@127.0.0.1:1/atlas' });
    const app = createApp({ config: loadConfig({ NODE_ENV: 'test' }), database: handle.db, logError: () => {}, logger: createLogger({ level: 'silent' }) });
    const server = app.listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    const address = server.address();
    url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
    close = () => server.close();
  });
  afterAll(async () => {
    close();
    await handle.close();
  });

  it('answers 503, not 400 or 500, when the database is unreachable', async () => {
    const response = await fetch(`${url}/api/health`);

    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({
      error: { code: 'database_unavailable', message: 'The database is unavailable; try again shortly' },
    });
  });

  it('answers 503 at sign-in too, without revealing the cause', async () => {
    const response = await fetch(`${url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: 'http://localhost:3000' },
      body: JSON.stringify({ email: 'someone@example.test', password: 'whatever-123' }),
    });

    expect(response.status).toBe(503);
    expect(await response.text()).not.toMatch(/ECONNREFUSED|127\.0\.0\.1/);
  });
});
