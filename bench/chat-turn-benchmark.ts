/**
 * `npm run bench:chat` (and part of `npm run bench`): what a chat turn costs the server beyond the
 * model. The app's real OpenAI-compatible provider is pointed at a local stub server that answers at
 * once (agent/test-openai-compatible-stub.ts, the one the chat tests use), and POST /api/chat is timed
 * to its last byte, one turn after another; the floor is the stub's own round trip, the requests the
 * app sent it replayed directly. Two turns: a text answer (one model call) and a turn that calls
 * listApplications (two model calls). On a PostgreSQL server when DATABASE_URL is set, else PGlite.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import { parseArgs } from 'node:util';
import { createChatModel } from '../agent/chat-model.ts';
import {
  completionText,
  completionToolCall,
  startOpenAICompatibleStub,
  type ChatCompletionRequest,
  type ScriptedCompletion,
} from '../agent/test-openai-compatible-stub.ts';
import { loadConfig } from '../config.ts';
import { seedApplications } from '../tools/test-pipeline.ts';
import { createSession } from '../web/auth/sessions.ts';
import { createApp } from '../web/create-app.ts';
import { createLogger } from '../web/observability/logger.ts';
import { createBenchUser, openBenchDatabase } from './bench-database.ts';
import { countStatements } from './count-statements.ts';
import { percentile } from './percentiles.ts';

const { values: flags } = parseArgs({ options: { turns: { type: 'string', default: '200' }, warmup: { type: 'string', default: '30' } } });
const turns = Number(flags.turns);
const warmup = Number(flags.warmup);
const log = (message: string) => process.stderr.write(`${new Date().toISOString().slice(11, 19)} ${message}\n`);

const databaseUrl = loadConfig().DATABASE_URL;
const loadAtStart = os.loadavg();
const bench = await openBenchDatabase(databaseUrl ? 'postgres' : 'pglite', databaseUrl);
const stub = await startOpenAICompatibleStub();
const httpServer = createServer((request, response) => app(request, response));
await new Promise<void>((resolve) => httpServer.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${(httpServer.address() as AddressInfo).port}`;
const config = loadConfig({
  ATLAS_PUBLIC_URL: origin,
  HOST: '127.0.0.1',
  ATLAS_MODEL_PROVIDER: 'openai-compatible',
  OPENAI_COMPATIBLE_BASE_URL: `${stub.url}/v1`,
  ATLAS_CHAT_MODEL: 'bench-model',
  // Every turn of the run would otherwise count against one user's allowance.
  ATLAS_CHAT_REQUESTS_PER_MINUTE: '10000',
});
const app = createApp({ config, database: bench.handle.db, chatModel: createChatModel(config), logError: (error) => console.error(error), logger: createLogger({ level: 'warn' }) });

interface TurnKind {
  name: string;
  answers: () => ScriptedCompletion[];
}
const kinds: TurnKind[] = [
  { name: 'text answer', answers: () => [completionText('You have 25 applications in your pipeline; five are at the interview stage.')] },
  {
    name: 'one tool call (listApplications)',
    answers: () => [completionToolCall('listApplications', { status: 'applied' }), completionText('Here are the jobs you applied to.')],
  },
];

async function timeSeries(call: () => Promise<void>) {
  for (let index = 0; index < warmup; index += 1) await call();
  const latencies: number[] = [];
  for (let index = 0; index < turns; index += 1) {
    const started = performance.now();
    await call();
    latencies.push(performance.now() - started);
  }
  return { p50: percentile(latencies, 50), p95: percentile(latencies, 95) };
}

const rows: { name: string; floor: { p50: number; p95: number }; turn: { p50: number; p95: number }; statements: number | null }[] = [];
try {
  const user = await createBenchUser(bench.handle);
  await seedApplications(
    bench.handle.db,
    user.id,
    Array.from({ length: 25 }, (_, index) => ({ company: `Company ${index}`, title: `Engineer ${index}`, status: index % 5 === 0 ? 'interviewing' : 'applied' })),
  );
  const session = await createSession(bench.handle.db, user.id);

  for (const kind of kinds) {
    let modelRequests: ChatCompletionRequest[] = [];
    const chatTurn = async () => {
      stub.script(...kind.answers());
      const response = await fetch(`${origin}/api/chat`, {
        method: 'POST',
        headers: { cookie: `atlas_session=${session.token}`, origin, 'content-type': 'application/json' },
        body: JSON.stringify({ message: { role: 'user', parts: [{ type: 'text', text: 'How is my search going?' }] } }),
      });
      const body = await response.text();
      if (response.status !== 200 || body.includes('"type":"error"')) throw new Error(`POST /api/chat answered ${response.status}: ${body.slice(0, 300)}`);
      modelRequests = stub.requests.map((request) => request.body);
    };
    // A turn first, so the count is a steady turn's (the rate limit sweeps old windows once a minute);
    // usage is written beside the stream, so a moment after the answer for it to be counted too.
    await chatTurn();
    const statements =
      bench.handle.kind === 'postgres'
        ? await countStatements(async () => {
            await chatTurn();
            await new Promise((resolve) => setTimeout(resolve, 300));
          })
        : null;
    log(`${kind.name}: ${turns} turns`);
    const turn = await timeSeries(chatTurn);
    log(`${kind.name}, the model's round trip alone: ${turns} times`);
    const floor = await timeSeries(async () => {
      stub.script(...kind.answers());
      for (const request of modelRequests) {
        const response = await fetch(`${stub.url}/v1/chat/completions`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(request) });
        await response.text();
      }
    });
    rows.push({ name: kind.name, floor, turn, statements });
  }
} finally {
  await new Promise<void>((resolve) => httpServer.close(() => resolve()));
  await stub.close();
  await bench.close();
}

const format = (value: number) => value.toFixed(2).padStart(9);
console.log(
  `\nA chat turn on an instant local model (${bench.label}, ${bench.version.split(' ').slice(0, 2).join(' ')}), ${turns} turns after ${warmup} warm-up turns; load average ${loadAtStart.map((load) => load.toFixed(1)).join(' ')}`,
);
console.log(`${'turn'.padEnd(34)}${'model p50'.padStart(10)}${'p95'.padStart(9)}${'turn p50'.padStart(10)}${'p95'.padStart(9)}${'beyond model p50'.padStart(18)}${'p95'.padStart(9)}${'statements'.padStart(12)}`);
for (const { name, floor, turn, statements } of rows) {
  console.log(
    `${name.padEnd(34)} ${format(floor.p50)}${format(floor.p95)} ${format(turn.p50)}${format(turn.p95)}         ${format(turn.p50 - floor.p50)}${format(turn.p95 - floor.p95)}${String(statements ?? '–').padStart(12)}`,
  );
}
console.log('Goal: p95 at most 5 ms beyond the model.');
