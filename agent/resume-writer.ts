import type { LanguageModel } from 'ai';
import { resumePromptFor, resumeProposalSchema, resumeWriterInstructions, type ResumeWriter } from '../tools/resume/resume-writer.ts';
import { askForObject, tryAgainWords } from './ask-for-object.ts';

/**
 * Rewords tailored résumés with an AI SDK model and structured output, recording each call's usage.
 * Every line is checked against the CV passages it cites afterwards in tools/, whatever the model says.
 */
export function createResumeWriter(options: { model: LanguageModel; timeoutMs?: number }): ResumeWriter {
  return {
    async write(request) {
      const { result, usage } = await askForObject({
        model: options.model,
        timeoutMs: options.timeoutMs ?? 90_000,
        purpose: 'resume',
        service: 'The résumé model',
        words: tryAgainWords('a résumé'),
        instructions: resumeWriterInstructions,
        prompt: resumePromptFor(request),
        schema: resumeProposalSchema,
        name: 'resume_proposal',
      });
      return { proposal: result, usage };
    },
  };
}
