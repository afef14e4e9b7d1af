import { APICallError, generateText, NoObjectGeneratedError, Output, RetryError, type LanguageModel } from 'ai';
import { UpstreamError } from '../tools/errors.ts';
import { writtenDraftSchema, type OutreachRequest, type OutreachWriter } from '../tools/outreach/outreach-writer.ts';
import { outreachInstructions, outreachPromptFor } from '../tools/outreach/outreach-prompt.ts';
import type { ModelCallUsage } from '../tools/usage/model-call-usage.ts';
import { reasoningEffortFor } from './chat-model.ts';
import { usageOfModelCall } from './model-usage.ts';

/** The model's failure in words for the user; the raw error (which may quote the prompt) stays out of it. */
function asUpstreamError(error: unknown) {
  if (NoObjectGeneratedError.isInstance(error)) {
    return new UpstreamError('The drafting model', 'returned a draft Atlas could not read; try again');
  }
  const failure = RetryError.isInstance(error) ? error.lastError : error;
  if (APICallError.isInstance(failure)) {
    return new UpstreamError('The drafting model', `answered ${failure.statusCode ?? 'with an error'}; try again later`, failure.statusCode);
  }
  if (error instanceof DOMException && error.name === 'TimeoutError') {
    return new UpstreamError('The drafting model', 'took too long to answer; try again');
  }
  return error;
}

/**
 * Writes outreach drafts with an AI SDK model and structured output (the draft schema constrains
 * the answer), recording each model call's usage. The checks that matter (real quotes, backed
 * claims) happen afterwards in tools/, whatever the model says.
 */
export function createOutreachWriter(options: { model: LanguageModel; timeoutMs?: number }): OutreachWriter {
  const { model, timeoutMs = 60_000 } = options;
  return {
    async write(request) {
      const usage: ModelCallUsage[] = [];
      try {
        const result = await generateText({
          model,
          instructions: outreachInstructions,
          prompt: outreachPromptFor(request),
          output: Output.object({ schema: writtenDraftSchema, name: 'outreach_draft' }),
          reasoning: reasoningEffortFor(model),
          timeout: { totalMs: timeoutMs },
          onLanguageModelCallEnd: (event) => {
            usage.push(usageOfModelCall(event, 'draft'));
          },
        });
        return { draft: result.output, usage };
      } catch (error) {
        throw asUpstreamError(error);
      }
    },
  };
}
