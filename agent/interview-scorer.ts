import type { LanguageModel } from 'ai';
import { interviewScoringInstructions, interviewScoringPromptFor } from '../tools/interview/interview-prompt.ts';
import { scoredPracticeSchema, type InterviewScorer } from '../tools/interview/interview-scorer.ts';
import { askForObject, tryAgainWords } from './ask-for-object.ts';

/**
 * Scores mock interviews with an AI SDK model and structured output, recording the call's usage. The
 * report is built afterwards in tools/, which keeps only scores whose quote is in the answer.
 */
export function createInterviewScorer(options: { model: LanguageModel; timeoutMs?: number }): InterviewScorer {
  return {
    async score(request) {
      const { result, usage } = await askForObject({
        model: options.model,
        timeoutMs: options.timeoutMs ?? 90_000,
        purpose: 'interview',
        service: 'The scoring model',
        words: tryAgainWords('scores'),
        instructions: interviewScoringInstructions,
        prompt: interviewScoringPromptFor(request),
        schema: scoredPracticeSchema,
        name: 'interview_scores',
      });
      return { scored: result, usage };
    },
  };
}
