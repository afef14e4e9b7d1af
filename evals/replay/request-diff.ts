import { isDeepStrictEqual } from 'node:util';
import { createTwoFilesPatch } from 'diff';
import { contentHash, type NormalisedRequest, type RequestSnapshot } from './request-snapshot.ts';
import type { SnapshotStore } from './snapshot-store.ts';

const maximumLinesPerSection = 40;

/** A unified diff of two texts without file headers, cut to a readable length. */
function patch(recorded: string, now: string) {
  const lines = createTwoFilesPatch('recorded', 'now', recorded, now, undefined, undefined, { context: 2 })
    .split('\n')
    .filter((line) => !line.startsWith('===') && !line.startsWith('--- ') && !line.startsWith('+++ ') && !line.startsWith('Index:') && line !== '\\ No newline at end of file');
  const shown = lines.slice(0, maximumLinesPerSection).map((line) => `    ${line}`);
  if (lines.length > maximumLinesPerSection) shown.push(`    … ${lines.length - maximumLinesPerSection} more lines`);
  return shown.join('\n').trimEnd();
}

const pretty = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

function toolsSection(recordedTools: NormalisedRequest['tools'] | undefined, tools: NormalisedRequest['tools']) {
  if (!recordedTools) return '  tool declarations changed (the recorded ones are not in evals/snapshots/ any more)';
  const before = new Map(recordedTools.map((tool) => [tool.name, tool]));
  const after = new Map(tools.map((tool) => [tool.name, tool]));
  const lines: string[] = [];
  const added = [...after.keys()].filter((name) => !before.has(name));
  const removed = [...before.keys()].filter((name) => !after.has(name));
  if (added.length) lines.push(`  tools added: ${added.join(', ')}`);
  if (removed.length) lines.push(`  tools removed: ${removed.join(', ')}`);
  for (const [name, tool] of after) {
    const old = before.get(name);
    if (old && !isDeepStrictEqual(old, tool)) lines.push(`  tool ${name} changed:`, patch(pretty(old), pretty(tool)));
  }
  const order = (names: string[]) => names.filter((name) => before.has(name) && after.has(name)).join(',');
  if (lines.length === 0 && order([...before.keys()]) !== order([...after.keys()])) lines.push('  tools are declared in a different order');
  return lines.join('\n');
}

/**
 * Says, readably, how a request differs from the one its recorded response answered: which part
 * changed (system instruction, a tool's declaration, settings, the conversation) with a unified diff
 * of each, and how to bring the recording up to date.
 */
export function describeRequestMismatch(options: {
  scenarioId: string;
  turn: number;
  request: number;
  recorded: RequestSnapshot;
  recordedContents: unknown[];
  actual: NormalisedRequest;
  snapshots: SnapshotStore;
}): string {
  const { scenarioId, recorded, recordedContents, actual, snapshots } = options;
  const sections: string[] = [];
  if (contentHash(actual.systemInstruction) !== recorded.systemInstruction) {
    const old = snapshots.load(recorded.systemInstruction);
    sections.push(
      typeof old === 'string'
        ? `  system instruction changed:\n${patch(`${old}\n`, `${actual.systemInstruction}\n`)}`
        : '  system instruction changed (the recorded one is not in evals/snapshots/ any more)',
    );
  }
  if (contentHash(actual.tools) !== recorded.tools) {
    sections.push(toolsSection(snapshots.load(recorded.tools) as NormalisedRequest['tools'] | undefined, actual.tools));
  }
  if (!isDeepStrictEqual(recorded.settings, actual.settings)) {
    sections.push(`  generation settings changed:\n${patch(pretty(recorded.settings), pretty(actual.settings))}`);
  }
  if (!isDeepStrictEqual(recordedContents, actual.contents)) {
    sections.push(`  conversation contents changed (a tool's output, a seed or an earlier answer):\n${patch(pretty(recordedContents), pretty(actual.contents))}`);
  }
  if (sections.length === 0) sections.push('  the request digest differs, but no part shows a difference: the recording was edited by hand');
  return [
    `Scenario ${scenarioId}, turn ${options.turn}, model request ${options.request}: Atlas no longer sends the request this response was recorded for.`,
    ...sections,
    `  Re-record it: npm run evals:record -- --scenario ${scenarioId} (live Gemini; needs GOOGLE_GENERATIVE_AI_API_KEY).`,
    `  For hand-written responses that still fit the new request: npm run evals -- --accept --scenario ${scenarioId}, and review the diff.`,
  ].join('\n');
}
