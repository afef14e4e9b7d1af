import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/** A port nothing listens on now, so the started app can take it. */
async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as { port: number };
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

interface Started {
  output: () => string;
  exited: Promise<number | null>;
  stop: () => void;
}

/** Starts `web/main.ts` as `npm start` would, with only the environment given. */
function startAtlas(environment: Record<string, string>): Started {
  let output = '';
  const child = spawn(process.execPath, ['--import', 'tsx', 'web/main.ts'], {
    env: { PATH: process.env.PATH, HOME: process.env.HOME, ATLAS_HIBP_CHECK: 'false', ATLAS_LOG_LEVEL: 'silent', ...environment },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { output: () => output, exited, stop: () => child.kill('SIGTERM') };
}

async function until(condition: () => boolean, what: string) {
  for (let waited = 0; waited < 60_000; waited += 100) {
    if (condition()) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`timed out waiting for ${what}`);
}

let dataFolder: string;
beforeAll(async () => {
  dataFolder = await mkdtemp(join(tmpdir(), 'atlas-main-'));
});
afterAll(() => rm(dataFolder, { recursive: true, force: true }));

describe('web/main.ts', () => {
  it('serves at the PORT it is given, says so in a JSON log line, and signs up from localhost and 127.0.0.1 alike', async () => {
    const port = await freePort();
    const atlas = startAtlas({ PORT: String(port), ATLAS_DATA_DIR: join(dataFolder, 'port'), ATLAS_LOG_LEVEL: 'info' });
    try {
      await until(() => atlas.output().includes('Atlas is running'), 'the banner');
      expect(atlas.output()).toContain(`Atlas is running at http://localhost:${port} `);
      // The banner is a log line like any other: JSON an operator's collector can read.
      const banner = atlas.output().split('\n').find((line) => line.includes('Atlas is running'))!;
      expect(JSON.parse(banner)).toMatchObject({ level: 30, msg: expect.stringContaining(`http://localhost:${port}`) });
      for (const origin of [`http://localhost:${port}`, `http://127.0.0.1:${port}`]) {
        const response = await fetch(`http://127.0.0.1:${port}/api/auth/signup`, {
          method: 'POST',
          headers: { origin, 'content-type': 'application/json' },
          body: JSON.stringify({ email: `${crypto.randomUUID()}@example.test`, password: 'violet-harbour-lantern-42' }),
        });
        expect(response.status, `${origin}: ${await response.clone().text()}`).toBe(201);
      }
      const elsewhere = await fetch(`http://127.0.0.1:${port}/api/auth/signup`, {
        method: 'POST',
        headers: { origin: 'http://localhost:3000', 'content-type': 'application/json' },
        body: JSON.stringify({ email: `${crypto.randomUUID()}@example.test`, password: 'violet-harbour-lantern-42' }),
      });
      expect(elsewhere.status).toBe(403);
    } finally {
      atlas.stop();
      await atlas.exited;
    }
  }, 90_000);

  it('exits non-zero with one line when the port is taken', async () => {
    const taken: Server = createServer();
    await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve));
    const { port } = taken.address() as { port: number };
    try {
      const atlas = startAtlas({ PORT: String(port), HOST: '127.0.0.1', ATLAS_DATA_DIR: join(dataFolder, 'busy') });
      expect(await atlas.exited).toBe(1);
      expect(atlas.output()).toContain(`Port ${port} is already in use on 127.0.0.1: stop what is using it, or set another port (for example PORT=3100).\n`);
      expect(atlas.output()).not.toMatch(/\n\s+at /);
      expect(atlas.output()).not.toContain('Atlas is running');
    } finally {
      await new Promise((resolve) => taken.close(resolve));
    }
  }, 90_000);

  it('exits non-zero with one line when the database cannot be reached', async () => {
    const port = await freePort();
    const atlas = startAtlas({ PORT: String(port), DATABASE_URL: `postgres://atlas:secret-password@127.0.0.1:${await freePort()}/atlas` });
    expect(await atlas.exited).toBe(1);
    expect(atlas.output()).toMatch(/^Cannot reach the PostgreSQL server in DATABASE_URL \(127\.0\.0\.1:\d+\) \(ECONNREFUSED\): .*\n$/);
    expect(atlas.output()).not.toContain('secret-password');
  });

  it('exits non-zero with one line for an invalid setting', async () => {
    const atlas = startAtlas({ ATLAS_PUBLIC_URL: 'localhost:3502' });
    expect(await atlas.exited).toBe(1);
    expect(atlas.output()).toBe('Invalid ATLAS_PUBLIC_URL: must be an http:// or https:// address with a host (for example ATLAS_PUBLIC_URL=http://localhost:3000)\n');
  });
});
