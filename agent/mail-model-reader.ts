import { generateText, Output, type LanguageModel } from 'ai';
import { mailReadingAnswerSchema, mailReadingInstructions, mailReadingPromptFor, type MailModelReader } from '../tools/gmail/model-mail-reading.ts';
import type { ModelCallUsage } from '../tools/usage/model-call-usage.ts';
import { reasoningEffortFor } from './chat-model.ts';
import { modelCallFailure, type ModelFailureWords } from './model-call-failure.ts';
import { usageOfModelCall } from './model-usage.ts';

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
      const usage: ModelCallUsage[] = [];
      try {
        const result = await generateText({
          model,
          instructions: mailReadingInstructions,
          prompt: mailReadingPromptFor(request),
          output: Output.object({ schema: mailReadingAnswerSchema, name: 'mail_readings' }),
          reasoning: reasoningEffortFor(model),
          timeout: { totalMs: timeoutMs },
          onLanguageModelCallEnd: (event) => {
            usage.push(usageOfModelCall(event, 'mail'));
          },
        });
        return { answer: result.output, usage };
      } catch (error) {
        throw modelCallFailure('The mail reading model', failureWords, error);
      }
    },
  };
}
