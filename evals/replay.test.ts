import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../config.ts';
import { createOfflineEmbedder } from '../tools/embeddings/offline-embedder.ts';
import { openEvalDatabase, type EvalDatabase } from './harness/eval-database.ts';
import { runScenario } from './harness/run-scenario.ts';
import { loadScenarioFiles } from './harness/scenario-files.ts';
import type { Scenario } from './harness/scenario-schema.ts';
import { startGeminiEndpoint, type GeminiEndpoint } from './replay/gemini-endpoint.ts';
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

const [recorded] = loadScenarioFiles({ only: ['list-applications-applied'] });

function replay(scenario: Scenario) {
  return runScenario({ scenario, mode: 'replay', database, embedder: createOfflineEmbedder(), gemini, snapshots, apiKey: 'replayed-recording' });
}

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
});
