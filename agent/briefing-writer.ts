import { generateText, type LanguageModel } from 'ai';
import { briefingPromptFor, briefingProseInstructions, type BriefingWriter } from '../tools/briefings/briefing-prose.ts';
import type { ModelCallUsage } from '../tools/usage/model-call-usage.ts';
import { reasoningEffortFor } from './chat-model.ts';
import { modelCallFailure, type ModelFailureWords } from './model-call-failure.ts';
import { usageOfModelCall } from './model-usage.ts';

const failureWords: ModelFailureWords = {
  unreadable: 'returned no briefing',
  answered: (status) => `answered ${status}`,
  timedOut: 'took too long to write the briefing',
};

/**
 * Writes a briefing's prose with an AI SDK model, recording each call's usage. Whether the prose is
 * kept is decided in tools/briefings (briefingProse), against the facts, whatever the model writes.
 */
export function createBriefingWriter(options: { model: LanguageModel; timeoutMs?: number }): BriefingWriter {
  const { model, timeoutMs = 60_000 } = options;
  return {
    async write({ facts, problems }) {
      const usage: ModelCallUsage[] = [];
      try {
        const result = await generateText({
          model,
          instructions: briefingProseInstructions,
          prompt: briefingPromptFor(facts, problems),
          reasoning: reasoningEffortFor(model),
          timeout: { totalMs: timeoutMs },
          onLanguageModelCallEnd: (event) => {
            usage.push(usageOfModelCall(event, 'briefing'));
          },
        });
        return { text: result.text, usage };
      } catch (error) {
        throw modelCallFailure('The briefing model', failureWords, error);
      }
    },
  };
}
