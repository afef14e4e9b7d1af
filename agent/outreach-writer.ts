import type { LanguageModel } from 'ai';
import { writtenDraftSchema, type OutreachWriter } from '../tools/outreach/outreach-writer.ts';
import { outreachInstructions, outreachPromptFor } from '../tools/outreach/outreach-prompt.ts';
import { askForObject, tryAgainWords } from './ask-for-object.ts';

/**
 * Writes outreach drafts with an AI SDK model and structured output (the draft schema constrains
 * the answer), recording each model call's usage. The checks that matter (real quotes, backed
 * claims) happen afterwards in tools/, whatever the model says.
 */
export function createOutreachWriter(options: { model: LanguageModel; timeoutMs?: number }): OutreachWriter {
  return {
    async write(request) {
      const { result, usage } = await askForObject({
        model: options.model,
        timeoutMs: options.timeoutMs ?? 60_000,
        purpose: 'draft',
        service: 'The drafting model',
        words: tryAgainWords('a draft'),
        instructions: outreachInstructions,
        prompt: outreachPromptFor(request),
        schema: writtenDraftSchema,
        name: 'outreach_draft',
      });
      return { draft: result, usage };
    },
  };
}
