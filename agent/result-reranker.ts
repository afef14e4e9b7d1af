import type { LanguageModel } from 'ai';
import { rerankAnswerSchema, rerankInstructions, rerankPromptFor, type ResultReranker } from '../tools/search/result-reranker.ts';
import { askForObject } from './ask-for-object.ts';
import type { ModelFailureWords } from './model-call-failure.ts';

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
  return {
    async rerank(request) {
      const { result, usage } = await askForObject({
        model: options.model,
        timeoutMs: options.timeoutMs ?? 30_000,
        purpose: 'rerank',
        service: 'The ranking model',
        words: failureWords,
        instructions: rerankInstructions,
        prompt: rerankPromptFor(request),
        schema: rerankAnswerSchema,
        name: 'reranked_results',
      });
      return { answer: result, usage };
    },
  };
}
