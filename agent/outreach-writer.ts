import { generateText, Output, type LanguageModel } from 'ai';
import { writtenDraftSchema, type OutreachRequest, type OutreachWriter } from '../tools/outreach/outreach-writer.ts';
import { outreachInstructions, outreachPromptFor } from '../tools/outreach/outreach-prompt.ts';
import { callModel } from './model-call.ts';
import type { ModelFailureWords } from './model-call-failure.ts';

const failureWords: ModelFailureWords = {
  unreadable: 'returned a draft Atlas could not read; try again',
  answered: (status) => `answered ${status}; try again later`,
  timedOut: 'took too long to answer; try again',
};

/**
 * Writes outreach drafts with an AI SDK model and structured output (the draft schema constrains
 * the answer), recording each model call's usage. The checks that matter (real quotes, backed
 * claims) happen afterwards in tools/, whatever the model says.
 */
export function createOutreachWriter(options: { model: LanguageModel; timeoutMs?: number }): OutreachWriter {
  const { model, timeoutMs = 60_000 } = options;
  return {
    async write(request) {
      const { result, usage } = await callModel({ model, timeoutMs, purpose: 'draft', service: 'The drafting model', words: failureWords }, (settings) =>
        generateText({
          ...settings,
          instructions: outreachInstructions,
          prompt: outreachPromptFor(request),
          output: Output.object({ schema: writtenDraftSchema, name: 'outreach_draft' }),
        }).then((answer) => answer.output),
      );
      return { draft: result, usage };
    },
  };
}
