import { generateText, Output, type LanguageModel } from 'ai';
import { mailReadingAnswerSchema, mailReadingInstructions, mailReadingPromptFor, type MailModelReader } from '../tools/gmail/model-mail-reading.ts';
import { callModel } from './model-call.ts';
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
  const { model, timeoutMs = 60_000 } = options;
  return {
    async read(request) {
      const { result, usage } = await callModel({ model, timeoutMs, purpose: 'mail', service: 'The mail reading model', words: failureWords }, (settings) =>
        generateText({
          ...settings,
          instructions: mailReadingInstructions,
          prompt: mailReadingPromptFor(request),
          output: Output.object({ schema: mailReadingAnswerSchema, name: 'mail_readings' }),
        }).then((answer) => answer.output),
      );
      return { answer: result, usage };
    },
  };
}
