import { generateText, Output, type LanguageModel } from 'ai';
import type { z } from 'zod';
import type { ModelCallUsage } from '../tools/usage/model-call-usage.ts';
import { callModel } from './model-call.ts';
import type { ModelFailureWords } from './model-call-failure.ts';

/** One structured-output request: what the model is told, what it reads, and the shape its answer must take. */
export interface ObjectRequest<Schema extends z.ZodType> {
  model: LanguageModel;
  timeoutMs: number;
  purpose: ModelCallUsage['purpose'];
  /** Who failed, in the user's words: "The scoring model". */
  service: string;
  /** What to tell the user for each way the call fails. */
  words: ModelFailureWords;
  instructions: string;
  prompt: string;
  schema: Schema;
  /** The output's name, which some providers pass to the model. */
  name: string;
}

/**
 * Asks a model for one object of the schema through the AI SDK's structured output, recording the
 * call's usage; a failure comes out as an UpstreamError that says what failed and never quotes the
 * prompt. The checks that matter happen afterwards in tools/, whatever the model says.
 */
export function askForObject<Schema extends z.ZodType>(request: ObjectRequest<Schema>): Promise<{ result: z.output<Schema>; usage: ModelCallUsage[] }> {
  return callModel({ model: request.model, timeoutMs: request.timeoutMs, purpose: request.purpose, service: request.service, words: request.words }, (settings) =>
    generateText({
      ...settings,
      instructions: request.instructions,
      prompt: request.prompt,
      output: Output.object({ schema: request.schema, name: request.name }),
    }).then((answer) => answer.output as z.output<Schema>),
  );
}

/** Failure words for work the user asked for and can simply ask again: "returned a draft Atlas could not read; try again". */
export function tryAgainWords(product: string): ModelFailureWords {
  return {
    unreadable: `returned ${product} Atlas could not read; try again`,
    answered: (status) => `answered ${status}; try again later`,
    timedOut: 'took too long to answer; try again',
  };
}
