import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { functionCallReply, startGeminiStub, textReply } from '../agent/test-gemini-stub.ts';
import { loadConfig } from '../config.ts';
import { createOfflineEmbedder } from '../tools/embeddings/offline-embedder.ts';
import { openEvalDatabase, type EvalDatabase } from './harness/eval-database.ts';
import { runScenario } from './harness/run-scenario.ts';
import { loadScenarioFiles } from './harness/scenario-files.ts';
import type { Scenario } from './harness/scenario-schema.ts';
import { startGeminiEndpoint, type GeminiEndpoint } from './replay/gemini-endpoint.ts';
import { askLiveGemini } from './replay/live-gemini.ts';
import type { NormalisedRequest } from './replay/request-snapshot.ts';
import { createSnapshotStore, defaultSnapshotFolder, type SnapshotStore } from './replay/snapshot-store.ts';

let database: EvalDatabase;
let gemini: GeminiEndpoint;
let snapshotFolder: string;
let snapshots: SnapshotStore;
beforeAll(async () => {
  database = await openEvalDatabase(loadConfig().DATABASE_URL);
  gemini = await startGeminiEndpoint();
  // A copy, so a tampered snapshot never lands among the committed ones.
  snapshotFolder = mkdtempSync(path.join(tmpdir(), 'atlas-eval-snapshots-'));
  cpSync(defaultSnapshotFolder, snapshotFolder, { recursive: true });
  snapshots = createSnapshotStore(snapshotFolder);
});
afterAll(async () => {
  await gemini?.close();
  await database?.close();
  rmSync(snapshotFolder, { recursive: true, force: true });
});

const [committed] = loadScenarioFiles({ only: ['list-applications-applied'] });
/** The committed scenario with its hand-written responses accepted against what Atlas sends today, so these tests do not go stale with the prompt. */
let recorded: { scenario: Scenario };

function play(scenario: Scenario, mode: 'replay' | 'accept') {
  return runScenario({ scenario, mode, database, embedder: createOfflineEmbedder(), gemini, snapshots, apiKey: 'replayed-recording' });
}
const replay = (scenario: Scenario) => play(scenario, 'replay');

beforeAll(async () => {
  const accepted = await play(committed!.scenario, 'accept');
  const scenario = structuredClone(committed!.scenario);
  scenario.turns.forEach((turn, index) => {
    turn.exchanges = accepted.exchanges[index]!;
  });
  recorded = { scenario };
});

/** The scenario with its first recorded request changed by `tamper`. */
function tampered(tamper: (request: NonNullable<Scenario['turns'][number]['exchanges'][number]['request']>) => void): Scenario {
  const copy = structuredClone(recorded!.scenario);
  tamper(copy.turns[0]!.exchanges[0]!.request!);
  return copy;
}

describe('replaying a recorded scenario', () => {
  it('passes through the real agent when Atlas sends what was recorded', async () => {
    const run = await replay(recorded!.scenario);

    expect(run.problems).toEqual([]);
    expect(run.calls).toMatchObject([{ tool: 'listApplications', args: { status: 'applied' }, outcome: 'ok' }]);
    expect(run.finalAnswer).toContain('Acme');
  });

  it('stops with a diff naming the tool whose declaration changed, and says to re-record', async () => {
    const declarations = snapshots.load(recorded!.scenario.turns[0]!.exchanges[0]!.request!.tools) as NormalisedRequest['tools'];
    const older = declarations.map((tool) => (tool.name === 'listApplications' ? { ...tool, description: 'List the pipeline.' } : tool));
    const scenario = tampered((request) => {
      request.tools = snapshots.save(older);
      request.digest = 'recorded-against-an-older-tool-schema';
    });

    const run = await replay(scenario);

    expect(run.problems).toHaveLength(1);
    expect(run.problems[0]).toContain('Atlas no longer sends the request this response was recorded for');
    expect(run.problems[0]).toContain('tool listApplications changed');
    expect(run.problems[0]).toMatch(/-\s+"description": "List the pipeline\."/);
    expect(run.problems[0]).toContain('npm run evals:record -- --scenario list-applications-applied');
    expect(run.calls).toEqual([]);
  });

  it('stops with a diff of the conversation when the recorded user turn differs', async () => {
    const scenario = tampered((request) => {
      request.contents = [{ role: 'user', parts: [{ text: 'Which jobs have I been rejected from?' }] }];
      request.digest = 'recorded-for-another-question';
    });

    const run = await replay(scenario);

    expect(run.problems[0]).toContain('conversation contents changed');
    expect(run.problems[0]).toMatch(/-\s+"text": "Which jobs have I been rejected from\?"/);
    expect(run.problems[0]).toMatch(/\+\s+"text": "Which jobs have I applied to so far\?"/);
  });

  it('stops when Atlas asks the model more often than the recording answers', async () => {
    const scenario = structuredClone(recorded!.scenario);
    scenario.turns[0]!.exchanges.pop();

    const run = await replay(scenario);

    expect(run.problems[0]).toContain('asked the model more often than the recording answers');
  });

  it('records from a live Gemini API through the same path, and the recording then replays', async () => {
    // The agent tests' Gemini stub stands in for the live API: the recorder cannot tell the difference.
    const live = await startGeminiStub({ apiKey: 'live-key' });
    try {
      live.script(functionCallReply('listApplications', { status: 'applied' }), textReply('You have applied to Acme, for the Backend Engineer role.'));
      const recording = await runScenario({
        scenario: recorded!.scenario,
        mode: 'record',
        database,
        embedder: createOfflineEmbedder(),
        gemini,
        snapshots,
        apiKey: 'live-key',
        live: askLiveGemini({ baseUrl: `${live.url}/v1beta`, today: '2026-11-24' }),
      });

      expect(recording.problems).toEqual([]);
      expect(live.requests.map((request) => request.method)).toEqual(['streamGenerateContent', 'streamGenerateContent']);
      expect(recording.exchanges[0]!.map((exchange) => exchange.response._source)).toEqual(['recorded 2026-11-24 gemini-2.5-flash', 'recorded 2026-11-24 gemini-2.5-flash']);
      expect(recording.exchanges[0]![1]!.request!.contents).toMatchObject([{ role: 'model' }, { role: 'user', parts: [{ functionResponse: { name: 'listApplications' } }] }]);

      const rerecorded = structuredClone(recorded!.scenario);
      rerecorded.turns[0]!.exchanges = recording.exchanges[0]!;
      const replayed = await replay(rerecorded);

      expect(replayed.problems).toEqual([]);
      expect(replayed.finalAnswer).toBe('You have applied to Acme, for the Backend Engineer role.');
    } finally {
      await live.close();
    }
  });
});
