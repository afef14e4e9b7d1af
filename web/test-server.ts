import type { AddressInfo } from 'node:net';
import { createChatModel } from '../agent/chat-model.ts';
import { loadConfig, type Config } from '../config.ts';
import type { DatabaseHandle } from '../db/database.ts';
import { openTestDatabase } from '../db/test-database.ts';
import { createAuthRateLimits } from './auth/rate-limits.ts';
import { createApp, type AppDependencies } from './create-app.ts';
import { createLogger } from './observability/logger.ts';

export interface TestServer {
  url: string;
  config: Config;
  handle: DatabaseHandle;
  /** fetch against the server as a same-origin browser would (Origin header set). */
  request(path: string, init?: RequestInit & { cookie?: string }): Promise<Response>;
  /** Signs up a fresh account and returns its session cookie and user. */
  signUp(overrides?: { email?: string; password?: string }): Promise<{ cookie: string; user: { id: string; email: string } }>;
  close(): Promise<void>;
}

/** Starts the real app on an ephemeral port with its own database, as a test needs it. */
export async function startTestServer(
  options: {
    environment?: Record<string, string>;
    /** Dependencies of the test's own; a function when they need the server's database. */
    dependencies?: Partial<AppDependencies> | ((handle: DatabaseHandle) => Partial<AppDependencies>);
    /** A job catalogue no other test file writes to, for tests that assert how the whole catalogue ranks. */
    ownCatalogue?: boolean;
    /** Another server's database, for a second app process on the same database; the other server closes it. */
    database?: DatabaseHandle;
  } = {},
): Promise<TestServer> {
  const handle = options.database ?? (await openTestDatabase({ ownCatalogue: options.ownCatalogue }));
  // The public URL must name the ephemeral port, so the server starts first and the app is mounted after.
  const { createServer } = await import('node:http');
  let app: ReturnType<typeof createApp> | undefined;
  const server = createServer((request, response) => app!(request, response));
  // Longer than fetch's own 4 s idle limit, so the client always closes an idle connection first: on
  // a loaded machine the server's 5 s default could close one just as the next request reused it (ECONNRESET).
  server.keepAliveTimeout = 65_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  // Only what the test names: a developer's own keys in the environment never reach a test.
  // Tests reach no network, so the breached-password check is off unless a test points it at a stub; many
  // chat tests share one user, so the chat limit is raised unless a test sets its own.
  const config = loadConfig({
    NODE_ENV: 'test',
    ATLAS_PUBLIC_URL: url,
    ATLAS_HIBP_CHECK: 'false',
    ATLAS_CHAT_REQUESTS_PER_MINUTE: '10000',
    ...options.environment,
  });
  // Many tests share one address, so the per-address limit is raised; the per-address-and-account one stays as in production.
  // Each server counts apart from the other test files that share a database server with it.
  const rateLimits = createAuthRateLimits(handle.db, { perAddress: 10_000, namespace: `test-${crypto.randomUUID()}:` });
  // The chat model comes from the test's environment, as in production: a key (and a stub's base URL) or none.
  const chatModel = createChatModel(config);
  const dependencies = typeof options.dependencies === 'function' ? options.dependencies(handle) : options.dependencies;
  // Request log lines stay out of test output unless a test brings a logger to read them.
  app = createApp({ config, database: handle.db, chatModel, logError: () => {}, logger: createLogger({ level: 'silent' }), rateLimits, ...dependencies });

  const request: TestServer['request'] = (path, init = {}) => {
    const headers = new Headers(init.headers);
    if (!headers.has('origin')) headers.set('origin', url);
    if (init.cookie) headers.set('cookie', init.cookie);
    if (init.body && !headers.has('content-type')) headers.set('content-type', 'application/json');
    return fetch(url + path, { ...init, headers, redirect: 'manual' });
  };

  return {
    url,
    config,
    handle,
    request,
    async signUp(overrides = {}) {
      const email = overrides.email ?? `${crypto.randomUUID()}@example.test`;
      const response = await request('/api/auth/signup', {
        method: 'POST',
        body: JSON.stringify({ email, password: overrides.password ?? 'violet-harbour-lantern-42' }),
      });
      if (response.status !== 201) throw new Error(`sign-up failed: ${response.status} ${await response.text()}`);
      const cookie = response.headers.getSetCookie()[0]!.split(';')[0]!;
      const { user } = (await (await request('/api/auth/me', { cookie })).json()) as { user: { id: string; email: string } };
      return { cookie, user };
    },
    async close() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      if (!options.database) await handle.close();
    },
  };
}
