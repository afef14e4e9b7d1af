/**
 * `npm run bench:read` (and part of `npm run bench`): what the web app adds to an authenticated read,
 * measured as a server is: from outside, by a separate load generator.
 *
 * - Endpoint: GET /api/applications (a session cookie, a pipeline of 25 applications), the real app
 *   with everything a request meets in production (helmet headers, rate limits, the session check,
 *   row-level security, the audit of sensitive reads) on a PostgreSQL server. N concurrent HTTP
 *   clients run in a child process (http-load-process.ts) for a fixed time, so the app's event loop
 *   serves requests and nothing else; the load generator's own HTTP work is not counted against it.
 * - Floor: the same SQL sent through `pg` with the same concurrency, each in its own transaction that
 *   sets the same row-level security user as the app does. It has no server and no HTTP, so its
 *   clients run in this process, alone: nothing else runs while the floor is measured.
 *
 * Both count requests completed inside the same timed window after the same warm-up. Prints
 * throughput and p50 / p95 of both and the app's share of the floor's throughput; on a machine with
 * few cores the load generator still competes with the app and Postgres for CPU, so compare shares
 * from the same run. Needs DATABASE_URL (scripts/ensure-postgres.sh prints one).
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import { parseArgs } from 'node:util';
import { desc } from 'drizzle-orm';
import pg from 'pg';
import { loadConfig } from '../config.ts';
import { applications } from '../db/schema.ts';
import { seedApplications } from '../tools/test-pipeline.ts';
import { createSession } from '../web/auth/sessions.ts';
import { createApp } from '../web/create-app.ts';
import { createLogger } from '../web/observability/logger.ts';
import { createBenchUser, openBenchDatabase } from './bench-database.ts';
import { countStatements } from './count-statements.ts';
import { driveConcurrently, type ThroughputSummary } from './drive-concurrently.ts';
import { runHttpLoad } from './run-http-load.ts';

const { values: flags } = parseArgs({
  options: {
    concurrency: { type: 'string', default: '8' },
    seconds: { type: 'string', default: '5' },
    warmup: { type: 'string', default: '1' },
  },
});
const concurrency = Number(flags.concurrency);
const durationMs = Number(flags.seconds) * 1000;
const warmupMs = Number(flags.warmup) * 1000;
const log = (message: string) => process.stderr.write(`${new Date().toISOString().slice(11, 19)} ${message}\n`);

const databaseUrl = loadConfig().DATABASE_URL;
if (!databaseUrl) {
  // Not a failure, so `npm run bench` goes on to the benchmarks that run on PGlite.
  console.error('bench:read skipped: it needs a PostgreSQL server; set DATABASE_URL (scripts/ensure-postgres.sh prints one).');
  process.exit(0);
}

const loadAtStart = os.loadavg();
const bench = await openBenchDatabase('postgres', databaseUrl);
const { handle } = bench;
const floorPool = new pg.Pool({ connectionString: bench.handle.driver.kind === 'postgres' ? bench.handle.driver.url : databaseUrl, max: 10 });
const httpServer = createServer((request, response) => app(request, response));
await new Promise<void>((resolve) => httpServer.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${(httpServer.address() as AddressInfo).port}`;
const app = createApp({
  config: loadConfig({ ATLAS_PUBLIC_URL: origin, HOST: '127.0.0.1' }),
  database: handle.db,
  chatModel: null,
  logError: (error) => console.error(error),
  logger: createLogger({ level: 'warn' }),
});

let floor: ThroughputSummary;
let endpoint: ThroughputSummary;
let endpointStatements: number;
try {
  const user = await createBenchUser(handle);
  await seedApplications(
    handle.db,
    user.id,
    Array.from({ length: 25 }, (_, index) => ({ company: `Company ${index}`, title: `Engineer ${index}`, notes: 'Referred by a friend' })),
  );
  const session = await createSession(handle.db, user.id);
  // The statement listApplications sends, as drizzle writes it.
  const listing = handle.db.select().from(applications).orderBy(desc(applications.updatedAt), desc(applications.createdAt)).toSQL();

  endpointStatements = await countStatements(async () => {
    const response = await fetch(`${origin}/api/applications`, { headers: { cookie: `atlas_session=${session.token}` } });
    await response.text();
  });

  log(`floor: ${concurrency} clients, ${durationMs / 1000} s`);
  floor = await driveConcurrently({
    concurrency,
    durationMs,
    warmupMs,
    async call() {
      const client = await floorPool.connect();
      try {
        await client.query('begin');
        await client.query(`select set_config('app.user_id', $1, true), set_config('role', 'atlas_app', true)`, [user.id]);
        const result = await client.query(listing.sql, listing.params);
        await client.query('commit');
        if (result.rowCount !== 25) throw new Error(`the floor read ${result.rowCount} applications, not 25`);
      } finally {
        client.release();
      }
    },
  });

  log(`GET /api/applications: ${concurrency} clients, ${durationMs / 1000} s`);
  endpoint = await runHttpLoad({
    origin,
    path: '/api/applications',
    headers: { cookie: `atlas_session=${session.token}` },
    concurrency,
    durationMs,
    warmupMs,
  });
} finally {
  await new Promise<void>((resolve) => httpServer.close(() => resolve()));
  await floorPool.end();
  await bench.close();
}

const format = (summary: ThroughputSummary) =>
  `${summary.perSecond.toFixed(0).padStart(8)}${summary.p50.toFixed(2).padStart(9)}${summary.p95.toFixed(2).padStart(9)}`;
console.log(
  `\nAn authenticated read (25 applications, ${bench.version.split(' ').slice(0, 2).join(' ')}), ${concurrency} concurrent clients for ${durationMs / 1000} s; load average ${loadAtStart.map((load) => load.toFixed(1)).join(' ')}`,
);
console.log(`${''.padEnd(44)}${'req/s'.padStart(8)}${'p50 ms'.padStart(9)}${'p95 ms'.padStart(9)}${'statements'.padStart(12)}`);
console.log(`${'floor: the same SQL through pg, RLS set'.padEnd(44)}${format(floor)}${'4'.padStart(12)}`);
console.log(`${'GET /api/applications'.padEnd(44)}${format(endpoint)}${String(endpointStatements!).padStart(12)}`);
console.log(`endpoint ÷ floor throughput: ${(endpoint.perSecond / floor.perSecond).toFixed(2)} (goal ≥ 0.50)`);
