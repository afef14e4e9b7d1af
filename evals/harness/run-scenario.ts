import { randomUUID } from 'node:crypto';
import { toUIMessageStream, type UIMessage } from 'ai';
import { createAiSdkTools } from '../../agent/ai-sdk-tools.ts';
import { streamChat } from '../../agent/chat.ts';
import { createChatModel } from '../../agent/chat-model.ts';
import { usageOfModelCall } from '../../agent/model-usage.ts';
import { createModelHelpers } from '../../agent/model-helpers.ts';
import { loadConfig } from '../../config.ts';
import { usageEvents } from '../../db/schema.ts';
import { withUser } from '../../db/with-user.ts';
import type { Embedder } from '../../tools/embeddings/embedder.ts';
import { tools } from '../../tools/index.ts';
import { startHttpStub, stubJobSources } from '../../tools/jobs/test-job-sources.ts';
import { loadSearchProfile } from '../../tools/search-profile.ts';
import type { ModelCallUsage } from '../../tools/usage/model-call-usage.ts';
import { createCassette, type CassetteMode } from '../replay/cassette.ts';
import type { AnswerModelRequest, GeminiEndpoint } from '../replay/gemini-endpoint.ts';
import { createPlaceholders, idsIn } from '../replay/placeholders.ts';
import type { SnapshotStore } from '../replay/snapshot-store.ts';
import type { EvalDatabase } from './eval-database.ts';
import type { Exchange, Scenario } from './scenario-schema.ts';
import { scenarioUserId, seedScenario, strangerUserId } from './seed-scenario.ts';

export interface ToolCallRecord {
  turn: number;
  tool: string;
  args: unknown;
  outcome: 'ok' | 'error';
  output?: unknown;
  error?: string;
}

export interface ScenarioRun {
  calls: ToolCallRecord[];
  /** The text of the last turn's answer. */
  finalAnswer: string;
  /** Every model call: the chat's steps, and those tools made themselves (draftOutreach's writer). */
  modelCalls: ModelCallUsage[];
  /** How many of the model calls were the chat's own steps. */
  steps: number;
  /** Why the run could not be judged: a recording that no longer matches, a model or stream failure. */
  problems: string[];
  /** What to write back into the scenario in accept and record modes. */
  exchanges: Exchange[][];
}

/** The same turn limit the chat route has by default. */
const turnTimeoutMs = 90_000;

/**
 * The tool calls of one turn as the answer message holds them (what the browser shows and the chat
 * route stores): finished calls with their output or error text.
 */
function collectToolCalls(turn: number, answer: UIMessage | undefined): ToolCallRecord[] {
  return (answer?.parts ?? []).flatMap((part): ToolCallRecord[] => {
    if (!part.type.startsWith('tool-')) return [];
    const call = part as { type: string; state: string; input: unknown; output?: unknown; errorText?: string };
    const tool = call.type.slice('tool-'.length);
    if (call.state === 'output-available') return [{ turn, tool, args: call.input, outcome: 'ok', output: call.output }];
    if (call.state === 'output-error') return [{ turn, tool, args: call.input, outcome: 'error', error: call.errorText }];
    return [];
  });
}

/**
 * Plays one scenario through Atlas's chat agent as the chat route runs it: the real tools acting as
 * the user under row-level security, `streamChat` with Atlas's instructions and the user's profile,
 * and the real Gemini provider built by `createChatModel` — pointed at the local Gemini endpoint,
 * which answers from the scenario's recording (or, when recording, from the live API).
 */
export async function runScenario(options: {
  scenario: Scenario;
  mode: CassetteMode;
  database: EvalDatabase;
  embedder: Embedder;
  gemini: GeminiEndpoint;
  snapshots: SnapshotStore;
  apiKey: string;
  /** ATLAS_CHAT_MODEL; unset means Atlas's default Gemini model. */
  chatModel?: string;
  live?: AnswerModelRequest;
}): Promise<ScenarioRun> {
  const { scenario, database, embedder, gemini } = options;
  const db = database.handle.db;
  await database.reset();
  const web = await startHttpStub();
  const run: ScenarioRun = { calls: [], finalAnswer: '', modelCalls: [], steps: 0, problems: [], exchanges: [] };
  try {
    try {
      await seedScenario({ database: db, seed: scenario.seed, embedder, web });
    } catch (error) {
      run.problems.push(`Scenario ${scenario.id} could not be seeded: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
      return run;
    }
    const placeholders = createPlaceholders({
      seededIds: [...idsIn(scenario.seed), scenarioUserId, strangerUserId],
      origins: { [web.url]: 'web' },
      runStartedAt: new Date(),
    });
    const cassette = createCassette({ scenario, mode: options.mode, placeholders, snapshots: options.snapshots, live: options.live });
    gemini.answerWith(cassette.answer);

    const model = createChatModel(
      loadConfig({ GOOGLE_GENERATIVE_AI_API_KEY: options.apiKey, GEMINI_BASE_URL: gemini.baseUrl, ATLAS_CHAT_MODEL: options.chatModel }),
    )!;
    const now = new Date(scenario.seed.now);
    const agentTools = createAiSdkTools({
      tools,
      database: db,
      userId: scenarioUserId,
      // As the web app wires chat: drafting runs on the chat model, so its requests are recorded too.
      clients: { embedder, jobSources: stubJobSources(web), ...createModelHelpers(model), now: () => now },
      logError: (error) => run.problems.push(`A tool failed unexpectedly: ${String(error)}`),
    });

    const history: UIMessage[] = [];
    for (const [turn, { user }] of scenario.turns.entries()) {
      cassette.startTurn(turn);
      history.push({ id: randomUUID(), role: 'user', parts: [{ type: 'text', text: placeholders.toLive(user) }] });
      const profile = await withUser(db, scenarioUserId, loadSearchProfile);
      const result = await streamChat({
        model,
        messages: history,
        tools: agentTools,
        profile,
        timeoutMs: turnTimeoutMs,
        onModelCall: (event) => {
          run.modelCalls.push(usageOfModelCall(event, 'chat'));
        },
        onError: (error) => {
          if (!cassette.problem) run.problems.push(`The model call failed: ${String(error)}`);
        },
      });
      let answer: UIMessage | undefined;
      const stream = toUIMessageStream({
        stream: result.stream,
        tools: agentTools,
        originalMessages: history,
        generateMessageId: randomUUID,
        redactToolErrors: false,
        onEnd: ({ responseMessage }) => {
          answer = responseMessage;
        },
      });
      for await (const _chunk of stream);
      run.calls.push(...collectToolCalls(turn, answer));
      if (answer) history.push(answer);
      run.finalAnswer = (answer?.parts ?? []).flatMap((part) => (part.type === 'text' ? [part.text] : [])).join('');
      if (cassette.problem) break;
    }

    run.steps = run.modelCalls.length;
    // Tools that call a model record its usage themselves, as the usage page shows it.
    const toolModelCalls = await withUser(db, scenarioUserId, (tx) => tx.select().from(usageEvents));
    run.modelCalls.push(
      ...toolModelCalls.map(({ purpose, provider, model: modelId, inputTokens, outputTokens, cachedInputTokens, reasoningTokens, costUsd, latencyMs }) => ({
        purpose: purpose as ModelCallUsage['purpose'],
        provider,
        model: modelId,
        inputTokens,
        outputTokens,
        cachedInputTokens,
        reasoningTokens,
        costUsd: Number(costUsd),
        latencyMs,
      })),
    );

    if (cassette.problem) run.problems.unshift(cassette.problem);
    else if (options.mode !== 'record' && cassette.unusedExchanges() > 0) {
      run.problems.unshift(
        `Scenario ${scenario.id}: Atlas asked the model fewer times than recorded (${cassette.unusedExchanges()} responses unused). Re-record it: npm run evals:record -- --scenario ${scenario.id}`,
      );
    }
    run.exchanges = cassette.exchanges;
    return run;
  } finally {
    gemini.answerWith(async () => ({ error: { code: 400, status: 'FAILED_PRECONDITION', message: 'No scenario is running' } }));
    await web.close();
  }
}
