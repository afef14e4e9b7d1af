import { generateText, Output, type LanguageModel } from 'ai';
import { rerankAnswerSchema, rerankInstructions, rerankPromptFor, type ResultReranker } from '../tools/search/result-reranker.ts';
import type { ModelCallUsage } from '../tools/usage/model-call-usage.ts';
import { reasoningEffortFor } from './chat-model.ts';
import { modelCallFailure, type ModelFailureWords } from './model-call-failure.ts';
import { usageOfModelCall } from './model-usage.ts';

const failureWords: ModelFailureWords = {
  unreadable: 'returned an order Atlas could not read',
  answered: (status) => `answered ${status}`,
  timedOut: 'took too long to answer',
};

/**
 * Re-ranks search results with an AI SDK model and structured output (the answer schema constrains
 * it), recording each model call's usage. What the answer may change is limited afterwards in
 * tools/ (applyRerank), whatever the model says.
 */
export function createResultReranker(options: { model: LanguageModel; timeoutMs?: number }): ResultReranker {
  const { model, timeoutMs = 30_000 } = options;
  return {
    async rerank(request) {
      const usage: ModelCallUsage[] = [];
      try {
        const result = await generateText({
          model,
          instructions: rerankInstructions,
          prompt: rerankPromptFor(request),
          output: Output.object({ schema: rerankAnswerSchema, name: 'reranked_results' }),
          reasoning: reasoningEffortFor(model),
          timeout: { totalMs: timeoutMs },
          onLanguageModelCallEnd: (event) => {
            usage.push(usageOfModelCall(event, 'rerank'));
          },
        });
        return { answer: result.output, usage };
      } catch (error) {
        throw modelCallFailure('The ranking model', failureWords, error);
      }
    },
  };
}
