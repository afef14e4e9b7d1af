import { generateText, Output, type LanguageModel } from 'ai';
import { resumePromptFor, resumeProposalSchema, resumeWriterInstructions, type ResumeWriter } from '../tools/resume/resume-writer.ts';
import { callModel } from './model-call.ts';
import type { ModelFailureWords } from './model-call-failure.ts';

const failureWords: ModelFailureWords = {
  unreadable: 'returned a résumé Atlas could not read; try again',
  answered: (status) => `answered ${status}; try again later`,
  timedOut: 'took too long to answer; try again',
};

/**
 * Rewords tailored résumés with an AI SDK model and structured output, recording each call's usage.
 * Every line is checked against the CV passages it cites afterwards in tools/, whatever the model says.
 */
export function createResumeWriter(options: { model: LanguageModel; timeoutMs?: number }): ResumeWriter {
  const { model, timeoutMs = 90_000 } = options;
  return {
    async write(request) {
      const { result, usage } = await callModel({ model, timeoutMs, purpose: 'resume', service: 'The résumé model', words: failureWords }, (settings) =>
        generateText({
          ...settings,
          instructions: resumeWriterInstructions,
          prompt: resumePromptFor(request),
          output: Output.object({ schema: resumeProposalSchema, name: 'resume_proposal' }),
        }).then((answer) => answer.output),
      );
      return { proposal: result, usage };
    },
  };
}
