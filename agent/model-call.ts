import type { LanguageModel, LanguageModelCallEndEvent } from 'ai';
import type { ModelCallUsage } from '../tools/usage/model-call-usage.ts';
import { reasoningEffortFor } from './chat-model.ts';
import { modelCallFailure, type ModelFailureWords } from './model-call-failure.ts';
import { usageOfModelCall } from './model-usage.ts';

/** The settings every one-off model call (a draft, a re-rank, mail, a briefing) passes to generateText. */
export interface ModelCallSettings {
  model: LanguageModel;
  reasoning: ReturnType<typeof reasoningEffortFor>;
  timeout: { totalMs: number };
  onLanguageModelCallEnd: (event: LanguageModelCallEndEvent) => void;
}

/**
 * Runs one model call made by `call` with the shared settings, recording each underlying request's
 * usage under `purpose`; a failure of the model (including an answer `call` cannot read its output
 * from) comes out as an UpstreamError in `service`'s words, never with the prompt in it.
 */
export async function callModel<Result>(
  options: { model: LanguageModel; timeoutMs: number; purpose: ModelCallUsage['purpose']; service: string; words: ModelFailureWords },
  call: (settings: ModelCallSettings) => Promise<Result>,
): Promise<{ result: Result; usage: ModelCallUsage[] }> {
  const usage: ModelCallUsage[] = [];
  try {
    const result = await call({
      model: options.model,
      reasoning: reasoningEffortFor(options.model),
      timeout: { totalMs: options.timeoutMs },
      onLanguageModelCallEnd: (event) => {
        usage.push(usageOfModelCall(event, options.purpose));
      },
    });
    return { result, usage };
  } catch (error) {
    throw modelCallFailure(options.service, options.words, error);
  }
}
