import { generateText, type LanguageModel } from 'ai';
import { briefingPromptFor, briefingProseInstructions, type BriefingWriter } from '../tools/briefings/briefing-prose.ts';
import { callModel } from './model-call.ts';
import type { ModelFailureWords } from './model-call-failure.ts';

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
      const { result, usage } = await callModel({ model, timeoutMs, purpose: 'briefing', service: 'The briefing model', words: failureWords }, (settings) =>
        generateText({ ...settings, instructions: briefingProseInstructions, prompt: briefingPromptFor(facts, problems) }),
      );
      return { text: result.text, usage };
    },
  };
}
