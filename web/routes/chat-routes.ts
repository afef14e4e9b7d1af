import { APICallError, pipeUIMessageStreamToResponse, RetryError, safeValidateUIMessages, toUIMessageStream, type LanguageModel } from 'ai';
import { Router } from 'express';
import { z } from 'zod';
import { createAiSdkTools } from '../../agent/ai-sdk-tools.ts';
import { streamChat } from '../../agent/chat.ts';
import type { Database } from '../../db/database.ts';
import { parseInput, UnavailableError, ValidationError } from '../../tools/errors.ts';
import { tools } from '../../tools/index.ts';
import { requireUser } from '../session-middleware.ts';

// Only user and assistant turns: system instructions come from the server, never from the client.
const chatRequestSchema = z.object({
  messages: z
    .array(
      z.looseObject({
        id: z.string().max(200),
        role: z.enum(['user', 'assistant']),
        parts: z.array(z.looseObject({ type: z.string().max(100) })).min(1),
      }),
    )
    .min(1)
    .max(500),
});

/** The parts the AI SDK refused, by path; its own message would echo the whole conversation back. */
function fieldsAtFault(error: Error) {
  const issues = error.cause instanceof z.ZodError ? error.cause.issues : [];
  if (issues.length === 0) return [{ path: 'messages', message: 'Not a valid chat message' }];
  return issues.map((issue) => ({ path: ['messages', ...issue.path].join('.'), message: issue.message }));
}

/** What the browser shows when the model call itself fails; details go to the log, not the page. */
function describeModelFailure(error: unknown) {
  // Rate limits are retried first; what reaches us then is a RetryError wrapping the last refusal.
  const failure = RetryError.isInstance(error) ? error.lastError : error;
  if (APICallError.isInstance(failure) && failure.statusCode === 429) {
    return 'The chat model is busy right now (rate limited); try again in a minute.';
  }
  return 'The chat model could not answer; try again.';
}

export function chatRoutes(options: { database: Database; chatModel: LanguageModel | null; logError: (error: unknown) => void }) {
  const { database, chatModel, logError } = options;
  const router = Router();

  router.post('/chat', async (request, response) => {
    const user = requireUser(response);
    if (!chatModel) {
      throw new UnavailableError(
        'Chat needs a model: set GOOGLE_GENERATIVE_AI_API_KEY in .env (see .env.example) and restart',
        'model_not_configured',
      );
    }
    const { messages: shaped } = parseInput(chatRequestSchema, request.body, 'Invalid chat request');
    const agentTools = createAiSdkTools({ tools, database, userId: user.id, logError });
    // The AI SDK's own check of each part, including earlier tool calls against our tool schemas.
    const validated = await safeValidateUIMessages({ messages: shaped, tools: agentTools });
    if (!validated.success) throw new ValidationError('Invalid chat request', fieldsAtFault(validated.error));

    // A closed response before the end means the browser went away: stop paying for the model call.
    const disconnected = new AbortController();
    response.on('close', () => {
      if (!response.writableFinished) disconnected.abort();
    });

    const result = await streamChat({
      model: chatModel,
      messages: validated.data,
      tools: agentTools,
      abortSignal: disconnected.signal,
      onError: logError,
    });
    await pipeUIMessageStreamToResponse({
      response,
      // Tool errors reach the browser exactly as the model saw them; only model failures are reworded.
      stream: toUIMessageStream({ stream: result.stream, tools: agentTools, onError: describeModelFailure, redactToolErrors: false }),
    });
  });

  return router;
}
