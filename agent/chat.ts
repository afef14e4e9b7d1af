import {
  convertToModelMessages,
  isStepCount,
  streamText,
  type LanguageModel,
  type LanguageModelCallEndEvent,
  type ToolSet,
  type UIMessage,
} from 'ai';
import type { SearchProfile } from '../tools/search-profile.ts';
import { reasoningEffortFor } from './chat-model.ts';
import { instructionsWithProfile } from './instructions.ts';

/** How many tool steps one turn may take before the model must answer. */
export const maximumSteps = 8;

/**
 * Runs one chat turn: the conversation so far goes to the model with Atlas's instructions, the
 * user's search profile and the tools, and the model may call tools for up to eight steps before it
 * must answer. The turn stops when the browser goes away (`abortSignal`) or when it runs out of time.
 */
export async function streamChat(options: {
  model: LanguageModel;
  messages: UIMessage[];
  tools: ToolSet;
  profile: SearchProfile;
  /** The whole turn, every step and tool call included. */
  timeoutMs: number;
  abortSignal?: AbortSignal;
  /** Called after every model call with its usage (token counts, latency); for telemetry. */
  onModelCall: (event: LanguageModelCallEndEvent) => Promise<void> | void;
  /** Where model and stream failures are reported (the AI SDK would otherwise print them). */
  onError: (error: unknown) => void;
}) {
  const { model, messages, tools, profile, timeoutMs, abortSignal, onModelCall, onError } = options;
  return streamText({
    model,
    instructions: instructionsWithProfile(profile),
    messages: await convertToModelMessages(messages, { tools }),
    tools,
    stopWhen: isStepCount(maximumSteps),
    reasoning: reasoningEffortFor(model),
    abortSignal,
    timeout: { totalMs: timeoutMs },
    onLanguageModelCallEnd: onModelCall,
    onError: ({ error }) => onError(error),
  });
}

