/**
 * `npm run bench:mcp` (and the end of `npm run bench`): what one tool call costs over each MCP
 * transport against the same call made in-process, in one run on one database. listApplications on a
 * pipeline of 25 applications is called through runTool directly, through the SDK client over
 * Streamable HTTP to the real app (a fresh server per request, as /mcp runs), and over stdio to the
 * stdio server started as Claude Desktop starts it. Prints a table with each transport's ratio.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { loadConfig } from '../config.ts';
import { openDatabase } from '../db/database.ts';
import { createAccessToken } from '../mcp/access-tokens.ts';
import { listApplications } from '../tools/list-applications.ts';
import { runTool } from '../tools/run-tool.ts';
import { seedApplications } from '../tools/test-pipeline.ts';
import { createApp } from '../web/create-app.ts';
import { createLogger } from '../web/observability/logger.ts';
import { createBenchUser } from './bench-database.ts';
import { percentile } from './percentiles.ts';

const { values: flags } = parseArgs({ options: { calls: { type: 'string', default: '300' }, warmup: { type: 'string', default: '30' } } });
const calls = Number(flags.calls);
const warmup = Number(flags.warmup);
const repositoryRoot = fileURLToPath(new URL('..', import.meta.url));
const log = (message: string) => process.stderr.write(`${new Date().toISOString().slice(11, 19)} ${message}\n`);

/** Per-call latencies in milliseconds, after calls whose cost (JIT, first connections) is not the transport's. */
async function measure(call: () => Promise<unknown>): Promise<number[]> {
  for (let index = 0; index < warmup; index += 1) await call();
  const latencies: number[] = [];
  for (let index = 0; index < calls; index += 1) {
    const started = performance.now();
    await call();
    latencies.push(performance.now() - started);
  }
  return latencies;
}

async function callOverMcp(client: Client) {
  const result = await client.callTool({ name: 'listApplications', arguments: {} });
  if (result.isError) throw new Error(`listApplications failed: ${JSON.stringify(result.content)}`);
}

// PGlite opens a folder from one process at a time: the in-process and HTTP rounds share this
// process's handle, which closes before the stdio server opens the folder in its own process.
const dataDir = mkdtempSync(path.join(tmpdir(), 'atlas-mcp-bench-'));
const results: { transport: string; latencies: number[] }[] = [];
try {
  const handle = await openDatabase({ kind: 'pglite', dataDir });
  await handle.migrate();
  const user = await createBenchUser(handle);
  await seedApplications(
    handle.db,
    user.id,
    Array.from({ length: 25 }, (_, index) => ({ company: `Company ${index}`, title: `Engineer ${index}`, notes: 'Referred by a friend' })),
  );
  const { token } = await createAccessToken(handle.db, { userId: user.id, name: 'Benchmark', scopes: ['read'], now: new Date() });

  log(`in-process: ${calls} calls`);
  const caller = { database: handle.db, userId: user.id, actor: 'mcp' as const };
  results.push({ transport: 'in-process (runTool)', latencies: await measure(() => runTool(listApplications, {}, caller)) });

  const { createServer } = await import('node:http');
  let app: ReturnType<typeof createApp> | undefined;
  const httpServer = createServer((request, response) => app!(request, response));
  await new Promise<void>((resolve) => httpServer.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(httpServer.address() as AddressInfo).port}`;
  // The per-token rate limit would otherwise answer most of the run with 429.
  const config = loadConfig({ ATLAS_PUBLIC_URL: url, HOST: '127.0.0.1', ATLAS_MCP_REQUESTS_PER_MINUTE: '100000' });
  app = createApp({ config, database: handle.db, chatModel: null, logError: (error) => console.error(error), logger: createLogger({ level: 'warn' }) });
  const httpClient = new Client({ name: 'atlas-bench', version: '1.0.0' });
  await httpClient.connect(new StreamableHTTPClientTransport(new URL('/mcp', url), { requestInit: { headers: { Authorization: `Bearer ${token}` } } }));
  log(`Streamable HTTP: ${calls} calls`);
  results.push({ transport: 'Streamable HTTP (/mcp)', latencies: await measure(() => callOverMcp(httpClient)) });
  await httpClient.close();
  await new Promise<void>((resolve) => httpServer.close(() => resolve()));
  await handle.close();

  const stdioClient = new Client({ name: 'atlas-bench', version: '1.0.0' });
  await stdioClient.connect(
    new StdioClientTransport({
      command: process.execPath,
      args: [path.join(repositoryRoot, 'mcp', 'bin.js')],
      env: { ATLAS_TOKEN: token, ATLAS_DATA_DIR: dataDir },
      stderr: 'inherit',
    }),
  );
  log(`stdio: ${calls} calls`);
  results.push({ transport: 'stdio (mcp/bin.js)', latencies: await measure(() => callOverMcp(stdioClient)) });
  await stdioClient.close();
} finally {
  rmSync(dataDir, { recursive: true, force: true });
}

const baseline = percentile(results[0]!.latencies, 50);
const format = (milliseconds: number) => milliseconds.toFixed(2).padStart(8);
console.log(`\nOne listApplications call (25 applications, embedded PGlite), ${calls} calls after ${warmup} warm-up calls`);
console.log(`${'transport'.padEnd(26)}${'p50 ms'.padStart(8)}${'p95 ms'.padStart(8)}${'× in-process (p50)'.padStart(20)}`);
for (const { transport, latencies } of results) {
  const median = percentile(latencies, 50);
  console.log(`${transport.padEnd(26)}${format(median)}${format(percentile(latencies, 95))}${`${(median / baseline).toFixed(2)}×`.padStart(20)}`);
}
