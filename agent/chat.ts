import { convertToModelMessages, isStepCount, streamText, type LanguageModel, type ToolSet, type UIMessage } from 'ai';
import { atlasInstructions } from './instructions.ts';

/**
 * Runs one chat turn: the conversation so far goes to the model with Atlas's instructions and tools,
 * and the model may call tools for up to eight steps before it must answer.
 */
export async function streamChat(options: {
  model: LanguageModel;
  messages: UIMessage[];
  tools: ToolSet;
  abortSignal?: AbortSignal;
  /** Where model and stream failures are reported (the AI SDK would otherwise print them). */
  onError: (error: unknown) => void;
}) {
  const { model, messages, tools, abortSignal, onError } = options;
  return streamText({
    model,
    instructions: atlasInstructions,
    messages: await convertToModelMessages(messages, { tools }),
    tools,
    stopWhen: isStepCount(8),
    // Provider-neutral effort: a small thinking budget on Gemini 2.5, thinkingLevel "low" on Gemini 3.
    // Pipeline questions need tools, not long deliberation, and this keeps each turn fast.
    reasoning: 'low',
    abortSignal,
    onError: ({ error }) => onError(error),
  });
}
