import type { LanguageModel } from 'ai';
import { mailReadingAnswerSchema, mailReadingInstructions, mailReadingPromptFor, type MailModelReader } from '../tools/gmail/model-mail-reading.ts';
import { askForObject } from './ask-for-object.ts';
import type { ModelFailureWords } from './model-call-failure.ts';

const failureWords: ModelFailureWords = {
  unreadable: 'returned a reading of the mail Atlas could not use',
  answered: (status) => `answered ${status}`,
  timedOut: 'took too long to read the mail',
};

/**
 * Reads a batch of mail metadata with an AI SDK model and structured output, recording each call's
 * usage. What Atlas believes of the answer is decided afterwards in tools/gmail (acceptedReadings,
 * crossCheckReading), whatever the model says.
 */
export function createMailModelReader(options: { model: LanguageModel; timeoutMs?: number }): MailModelReader {
  return {
    async read(request) {
      const { result, usage } = await askForObject({
        model: options.model,
        timeoutMs: options.timeoutMs ?? 60_000,
        purpose: 'mail',
        service: 'The mail reading model',
        words: failureWords,
        instructions: mailReadingInstructions,
        prompt: mailReadingPromptFor(request),
        schema: mailReadingAnswerSchema,
        name: 'mail_readings',
      });
      return { answer: result, usage };
    },
  };
}
