import { generateText, Output, type LanguageModel } from 'ai';
import { interviewScoringInstructions, interviewScoringPromptFor } from '../tools/interview/interview-prompt.ts';
import { scoredPracticeSchema, type InterviewScorer } from '../tools/interview/interview-scorer.ts';
import { callModel } from './model-call.ts';
import type { ModelFailureWords } from './model-call-failure.ts';

const failureWords: ModelFailureWords = {
  unreadable: 'returned scores Atlas could not read; try again',
  answered: (status) => `answered ${status}; try again later`,
  timedOut: 'took too long to answer; try again',
};

/**
 * Scores mock interviews with an AI SDK model and structured output, recording the call's usage. The
 * report is built afterwards in tools/, which keeps only scores whose quote is in the answer.
 */
export function createInterviewScorer(options: { model: LanguageModel; timeoutMs?: number }): InterviewScorer {
  const { model, timeoutMs = 90_000 } = options;
  return {
    async score(request) {
      const { result, usage } = await callModel({ model, timeoutMs, purpose: 'interview', service: 'The scoring model', words: failureWords }, (settings) =>
        generateText({
          ...settings,
          instructions: interviewScoringInstructions,
          prompt: interviewScoringPromptFor(request),
          output: Output.object({ schema: scoredPracticeSchema, name: 'interview_scores' }),
        }).then((answer) => answer.output),
      );
      return { scored: result, usage };
    },
  };
}
