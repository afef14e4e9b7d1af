import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { defaultGeminiModel } from '../agent/chat-model.ts';
import { loadConfig } from '../config.ts';
import { createOfflineEmbedder } from '../tools/embeddings/offline-embedder.ts';
import { evalEmbeddingWorkers } from './harness/eval-embedding-workers.ts';
import { tools } from '../tools/index.ts';
import { rememberingEmbedder } from './harness/cached-embedder.ts';
import { checkState } from './harness/check-state.ts';
import { openEvalDatabase } from './harness/eval-database.ts';
import { judgeScenario, type ScenarioVerdict } from './harness/judge-scenario.ts';
import { runScenario } from './harness/run-scenario.ts';
import { loadScenarioFiles, writeExchanges } from './harness/scenario-files.ts';
import { measureJobMatching, type JobMatchingReport } from './job-matching/measure-job-matching.ts';
import { measureMailUnderstanding, type MailUnderstandingReport } from './mail-understanding/measure-mail-understanding.ts';
import type { CassetteMode } from './replay/cassette.ts';
import { startGeminiEndpoint } from './replay/gemini-endpoint.ts';
import { askLiveGemini } from './replay/live-gemini.ts';
import { createSnapshotStore } from './replay/snapshot-store.ts';
import { formatReport } from './report/print-report.ts';
import { summariseScenarios, type ScenarioSummary } from './report/summarise-scenarios.ts';
import { checkThresholds } from './report/thresholds.ts';

const usage = `npm run evals [-- options]          replay every scenario offline, measure job matching, report
npm run evals:record [-- options]   re-record the scenarios from the live Gemini API (needs GOOGLE_GENERATIVE_AI_API_KEY)

  --scenario <id>   only this scenario (repeatable); skips job matching
  --accept          keep the recorded responses but accept the requests Atlas sends now (for hand-written responses)
  --record          what evals:record runs`;

const { values } = parseArgs({
  options: {
    scenario: { type: 'string', multiple: true, default: [] },
    accept: { type: 'boolean', default: false },
    record: { type: 'boolean', default: false },
    help: { type: 'boolean', default: false },
  },
});
if (values.help) {
  console.log(usage);
  process.exit(0);
}

const config = loadConfig();
const mode: CassetteMode = values.record ? 'record' : values.accept ? 'accept' : 'replay';
if (mode === 'record' && !config.GOOGLE_GENERATIVE_AI_API_KEY) {
  console.error('evals:record asks the live Gemini API: set GOOGLE_GENERATIVE_AI_API_KEY (a key from Google AI Studio) and run it again.');
  process.exit(2);
}

const startedAt = Date.now();
const files = loadScenarioFiles({ only: values.scenario });
const snapshots = createSnapshotStore();
const database = await openEvalDatabase(config.DATABASE_URL);
const gemini = await startGeminiEndpoint();
// The offline model in every mode: recordings hold model answers, not embeddings, and search
// results must come out the same on every machine for a replay to match.
const embedder = rememberingEmbedder(createOfflineEmbedder({ workers: evalEmbeddingWorkers() }));
const live = mode === 'record' ? askLiveGemini({ baseUrl: config.GEMINI_BASE_URL, today: new Date().toISOString().slice(0, 10) }) : undefined;

const verdicts: ScenarioVerdict[] = [];
let summary: ScenarioSummary | undefined;
let jobMatching: JobMatchingReport | undefined;
let mailUnderstanding: MailUnderstandingReport | undefined;
let rewritten = 0;
try {
  for (const [index, file] of files.entries()) {
    const scenarioStarted = Date.now();
    const run = await runScenario({
      scenario: file.scenario,
      mode,
      database,
      embedder,
      gemini,
      snapshots,
      // The provider requires a key; replays never leave this machine, so any will do.
      apiKey: mode === 'record' ? config.GOOGLE_GENERATIVE_AI_API_KEY! : 'replayed-recording',
      chatModel: config.ATLAS_CHAT_MODEL,
      live,
    });
    const verdict = judgeScenario(file.scenario, run, await checkState(database.handle.db, file.scenario.expect.state));
    verdicts.push(verdict);
    if (mode !== 'replay' && run.problems.length === 0) {
      writeExchanges(file, run.exchanges);
      rewritten += 1;
    }
    const seconds = ((Date.now() - scenarioStarted) / 1000).toFixed(1);
    console.error(`[${index + 1}/${files.length}] ${verdict.passed ? 'pass' : 'FAIL'} ${file.scenario.id} (${seconds}s)`);
  }
  if (files.length > 0) summary = summariseScenarios(verdicts);

  if (values.scenario.length === 0) {
    console.error('job matching: loading the benchmark set…');
    await database.reset();
    jobMatching = await measureJobMatching({
      database: database.handle.db,
      embedder,
      now: new Date('2026-12-01T09:00:00.000Z'),
      onProgress: (line) => console.error(`job matching: ${line}`),
    });
    console.error('mail understanding: syncing the benchmark mailboxes…');
    await database.reset();
    mailUnderstanding = await measureMailUnderstanding({
      database: database.handle.db,
      now: new Date('2026-12-01T09:00:00.000Z'),
      onProgress: (line) => console.error(`mail understanding: ${line}`),
    });
  }
} finally {
  await gemini.close();
  await database.close();
}

if (mode !== 'replay' && values.scenario.length === 0 && rewritten === files.length) {
  // Every recording was rewritten: the snapshots none of them refers to any more can go.
  const used = new Set(loadScenarioFiles().flatMap((file) => file.scenario.turns.flatMap((turn) => turn.exchanges.flatMap((exchange) => (exchange.request ? [exchange.request.systemInstruction, exchange.request.tools] : [])))));
  snapshots.prune(used);
}

// A tool no scenario expects to be called is a tool the evals say nothing about.
const toolsWithoutScenario =
  values.scenario.length > 0
    ? []
    : tools.map((tool) => tool.name).filter((name) => !files.some((file) => file.scenario.expect.toolCalls.some((call) => call.tool === name)));

const thresholdResults = checkThresholds(summary, jobMatching, mailUnderstanding);
const passed = thresholdResults.every((result) => result.passed);
const report = {
  generatedAt: new Date().toISOString(),
  mode,
  database: database.label,
  chatModel: config.ATLAS_CHAT_MODEL ?? defaultGeminiModel,
  durationSeconds: Math.round((Date.now() - startedAt) / 100) / 10,
  passed,
  summary,
  scenarios: verdicts,
  toolsWithoutScenario,
  jobMatching,
  // Without each mailbox's runs: they hold message metadata and belong to explaining, not the report.
  mailUnderstanding: mailUnderstanding && { set: mailUnderstanding.set, readers: mailUnderstanding.readers.map(({ runs: _runs, ...reader }) => reader) },
  thresholds: thresholdResults,
  recordingsRewritten: mode === 'replay' ? undefined : rewritten,
};

const resultsFolder = fileURLToPath(new URL('./results/', import.meta.url));
mkdirSync(resultsFolder, { recursive: true });
const reportFile = `${resultsFolder}report-${report.generatedAt.replace(/[:.]/g, '-')}.json`;
writeFileSync(reportFile, `${JSON.stringify(report, null, 2)}\n`);
writeFileSync(`${resultsFolder}latest.json`, `${JSON.stringify(report, null, 2)}\n`);

console.log(formatReport({ verdicts, summary, jobMatching, mailUnderstanding, thresholds: thresholdResults }));
if (toolsWithoutScenario.length > 0) console.log(`\nTools no scenario calls yet: ${toolsWithoutScenario.join(', ')}`);
if (mode !== 'replay') console.log(`\n${rewritten} of ${files.length} scenario recordings rewritten (${mode}).`);
console.log(`\n${verdicts.filter((verdict) => verdict.passed).length} passed, ${verdicts.filter((verdict) => !verdict.passed).length} failed`);
console.log(`${passed ? 'Evals passed' : 'Evals FAILED: a threshold above was not met'} in ${report.durationSeconds}s; report: ${reportFile}`);
process.exit(passed ? 0 : 1);
