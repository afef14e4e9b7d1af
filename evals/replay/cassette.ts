import type { Exchange, Scenario } from '../harness/scenario-schema.ts';
import type { AnswerModelRequest, ModelAnswer } from './gemini-endpoint.ts';
import type { GenerateContentResponse } from './gemini-wire.ts';
import type { Placeholders } from './placeholders.ts';
import { describeRequestMismatch } from './request-diff.ts';
import { normaliseRequest, recordedContents, requestDigest, snapshotOf, stableJson, type NormalisedRequest } from './request-snapshot.ts';
import type { SnapshotStore } from './snapshot-store.ts';

/**
 * replay: answer from the recording, refusing a request that differs from the recorded one.
 * accept: answer from the recording and re-snapshot each request (hand-written responses that still fit).
 * record: answer from the live API and record it (a scenario marked replayOnly is accepted instead).
 */
export type CassetteMode = 'replay' | 'accept' | 'record';

export interface Cassette {
  answer: AnswerModelRequest;
  startTurn(turn: number): void;
  /** Why the replay stopped (a request that differs from its recording), once it has. */
  readonly problem: string | undefined;
  /** The exchanges to write back into the scenario in accept and record modes, per turn. */
  readonly exchanges: Exchange[][];
  /** Recorded exchanges the run never reached; only meaningful when there was no problem. */
  unusedExchanges(): number;
}

const charactersPerToken = 4;
export const estimatedUsageNote = 'hand-written; token counts estimated at 4 characters per token';

/**
 * A hand-written response has no real token counts; the estimate from the request's size keeps the
 * token and cost columns honest about how big each request is (its prompt is most of the cost).
 */
function withEstimatedUsage(response: GenerateContentResponse, request: NormalisedRequest): GenerateContentResponse {
  if (!response._source.startsWith('hand-written')) return response;
  const promptTokenCount = Math.ceil(stableJson(request).length / charactersPerToken);
  const candidatesTokenCount = Math.ceil(stableJson(response.candidates[0]!.content.parts).length / charactersPerToken);
  return {
    ...response,
    _source: estimatedUsageNote,
    usageMetadata: { promptTokenCount, candidatesTokenCount, totalTokenCount: promptTokenCount + candidatesTokenCount },
  };
}

const refusal = (message: string): ModelAnswer => ({
  // 400, not a 5xx: the provider would retry a server error and only repeat the refusal.
  error: { code: 400, status: 'FAILED_PRECONDITION', message },
});

/** Serves one scenario's model requests from its recording (or the live API), checking each request against it. */
export function createCassette(options: {
  scenario: Scenario;
  mode: CassetteMode;
  placeholders: Placeholders;
  snapshots: SnapshotStore;
  live?: AnswerModelRequest;
}): Cassette {
  const { scenario, placeholders, snapshots } = options;
  const mode = options.mode === 'record' && scenario.replayOnly ? 'accept' : options.mode;
  if (mode === 'record' && !options.live) throw new Error('Recording needs the live Gemini API');
  let turn = 0;
  let requestInTurn = 0;
  const usedPerTurn: number[] = scenario.turns.map(() => 0);
  let problem: string | undefined;
  let previousRecorded: unknown[] = [];
  let previousActual: unknown[] = [];
  const exchanges: Exchange[][] = scenario.turns.map(() => []);

  const answer: AnswerModelRequest = async (request) => {
    if (problem) return refusal('The replay already stopped');
    const actual = normaliseRequest(request.body, placeholders);
    const index = requestInTurn++;
    usedPerTurn[turn] = requestInTurn;
    const where = `turn ${turn + 1}, model request ${index + 1}`;
    const recorded = scenario.turns[turn]?.exchanges[index];

    const snapshotNow = () => {
      snapshots.save(actual.systemInstruction);
      snapshots.save(actual.tools);
      const snapshot = snapshotOf(actual, previousActual);
      previousActual = actual.contents;
      return snapshot;
    };

    if (mode === 'record') {
      const answered = await options.live!(request);
      if ('error' in answered) return answered;
      exchanges[turn]!.push({ request: snapshotNow(), response: placeholders.toRecorded(answered.response) });
      return answered;
    }

    if (!recorded) {
      problem = `Scenario ${scenario.id}, ${where}: Atlas asked the model more often than the recording answers. Re-record it: npm run evals:record -- --scenario ${scenario.id}`;
      return refusal(problem);
    }
    if (mode === 'accept') {
      const response = withEstimatedUsage(recorded.response, actual);
      exchanges[turn]!.push({ request: snapshotNow(), response });
      return { response: placeholders.toLive(response) };
    }

    if (!recorded.request) {
      problem = `Scenario ${scenario.id}, ${where}: this response has no recorded request yet. Accept the request it answers: npm run evals -- --accept --scenario ${scenario.id}`;
      return refusal(problem);
    }
    const expectedContents = recordedContents(recorded.request, previousRecorded);
    previousRecorded = expectedContents;
    if (requestDigest(actual) !== recorded.request.digest) {
      problem = describeRequestMismatch({
        scenarioId: scenario.id,
        turn: turn + 1,
        request: index + 1,
        recorded: recorded.request,
        recordedContents: expectedContents,
        actual,
        snapshots,
      });
      return refusal(`Recorded request mismatch in scenario ${scenario.id}, ${where}`);
    }
    return { response: placeholders.toLive(recorded.response) };
  };

  return {
    answer,
    startTurn(next) {
      turn = next;
      requestInTurn = 0;
    },
    get problem() {
      return problem;
    },
    exchanges,
    unusedExchanges() {
      return scenario.turns.reduce((unused, recordedTurn, index) => unused + Math.max(0, recordedTurn.exchanges.length - usedPerTurn[index]!), 0);
    },
  };
}
