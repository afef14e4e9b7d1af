import {
  pipeUIMessageStreamToResponse,
  toUIMessageStream,
  type LanguageModel,
  type UIMessage,
  type UIMessageChunk,
} from 'ai';
import { Router } from 'express';
import { z } from 'zod';
import { createAiSdkTools } from '../../agent/ai-sdk-tools.ts';
import { streamChat } from '../../agent/chat.ts';
import { appendMessage, beginTurn, type StoredMessage } from '../../agent/conversation-store.ts';
import { usageOfModelCall } from '../../agent/model-usage.ts';
import type { Database } from '../../db/database.ts';
import { withUser } from '../../db/with-user.ts';
import { NotFoundError, parseInput, UnavailableError, ValidationError } from '../../tools/errors.ts';
import { tools } from '../../tools/index.ts';
import type { ToolCaller } from '../../tools/run-tool.ts';
import { loadSearchProfile } from '../../tools/search-profile.ts';
import { recordModelUsage } from '../../tools/usage/model-call-usage.ts';
import { requireUser } from '../session-middleware.ts';
import { storableText } from '../../tools/storable-input.ts';
import { describeModelFailure } from './describe-model-failure.ts';

// What a browser may say: text from the user. System turns, assistant turns and tool results come
// only from the server and the stored conversation, so a client cannot forge what a tool returned.
const userMessageSchema = z.object({
  id: storableText().max(200).optional(),
  role: z.literal('user'),
  parts: z
    .array(z.object({ type: z.literal('text'), text: storableText().trim().min(1).max(20_000) }))
    .min(1)
    .max(20),
});

export const chatRequestSchema = z
  .object({
    conversationId: z.uuid().optional(),
    /** useChat's chat id; the browser uses the conversation id Atlas gave it. */
    id: z.uuid().optional(),
    message: userMessageSchema.optional(),
    /** useChat's default body sends every message; only the last one is new, the rest is stored already. */
    messages: z.array(z.looseObject({ role: z.string() })).max(500).optional(),
    trigger: z.enum(['submit-message', 'regenerate-message']).default('submit-message'),
  })
  .refine((body) => body.trigger === 'regenerate-message' || body.message || body.messages, {
    message: 'Send the new message as "message"',
    path: ['message'],
  });

const modelSetupSteps =
  'Chat needs a model: set GOOGLE_GENERATIVE_AI_API_KEY in .env (a Gemini key), or run an OpenAI-compatible local model server and set ATLAS_MODEL_PROVIDER=openai-compatible, OPENAI_COMPATIBLE_BASE_URL and ATLAS_CHAT_MODEL (see .env.example); then restart Atlas.';

/** The most recent messages the model sees; older ones stay stored and visible, but cost tokens every turn. */
const historyLimit = 100;

const finishedToolStates = new Set(['output-available', 'output-error', 'output-denied']);

/**
 * A stopped turn (closed tab, timeout) can end inside a tool call; a call without its result would
 * make every later turn of the conversation fail, so only finished tool calls are kept.
 */
function finishedParts(message: UIMessage): StoredMessage['parts'] {
  return message.parts.filter((part) => {
    if (!part.type.startsWith('tool-') && part.type !== 'dynamic-tool') return true;
    return finishedToolStates.has((part as { state: string }).state);
  });
}

/** The new user message, from `message` or the last of useChat's `messages`, with the path at fault. */
function newUserMessage(body: z.output<typeof chatRequestSchema>) {
  if (body.message) return body.message;
  const messages = body.messages!;
  const index = messages.length - 1;
  if (index < 0) throw new ValidationError('Invalid chat request', [{ path: 'messages', message: 'the new message is missing' }]);
  const result = userMessageSchema.safeParse(messages[index]);
  if (result.success) return result.data;
  throw new ValidationError(
    'Invalid chat request',
    result.error.issues.map((issue) => ({ path: ['messages', index, ...issue.path].join('.'), message: issue.message })),
  );
}

/**
 * The AI SDK ends a timed-out turn as "aborted", as if the user had stopped it; the browser should
 * instead say the answer took too long. A turn the browser itself stopped has nobody left to tell.
 */
function reportTimeout(options: { timeoutSeconds: number; stoppedByBrowser: AbortSignal }) {
  return new TransformStream<UIMessageChunk, UIMessageChunk>({
    transform(chunk, controller) {
      if (chunk.type !== 'abort' || options.stoppedByBrowser.aborted) return controller.enqueue(chunk);
      controller.enqueue({
        type: 'error',
        errorText: `The answer took longer than the ${options.timeoutSeconds}-second limit and was stopped; try a narrower question.`,
      });
    },
  });
}

export function chatRoutes(options: {
  database: Database;
  chatModel: LanguageModel | null;
  /** The clients tools may use in chat. */
  clients: Omit<ToolCaller, 'database' | 'userId' | 'actor'>;
  turnTimeoutSeconds: number;
  now: () => Date;
  logError: (error: unknown) => void;
}) {
  const { database, chatModel, clients, turnTimeoutSeconds, now, logError } = options;
  const router = Router();

  // Asked before the first message, so the page can say chat needs a model before anything is typed.
  router.get('/chat/model', (_request, response) => {
    requireUser(response);
    response.json({ configured: chatModel !== null, setup: chatModel ? undefined : modelSetupSteps });
  });

  router.post('/chat', async (request, response) => {
    const user = requireUser(response);
    if (!chatModel) {
      throw new UnavailableError(
        modelSetupSteps,
        'model_not_configured',
      );
    }
    const body = parseInput(chatRequestSchema, request.body, 'Invalid chat request');
    const requestedId = body.conversationId ?? body.id;
    const regenerate = body.trigger === 'regenerate-message';
    if (regenerate && !requestedId) {
      throw new ValidationError('Invalid chat request', [{ path: 'conversationId', message: 'regenerating needs the conversation id' }]);
    }
    const message = regenerate ? undefined : newUserMessage(body);

    const { conversationId, history, profile } = await withUser(database, user.id, async (db) => ({
      ...(await beginTurn(db, { conversationId: requestedId, parts: message?.parts, now: now() })),
      profile: await loadSearchProfile(db),
    }));
    if (history.at(-1)?.role !== 'user') {
      throw new ValidationError('Invalid chat request', [{ path: 'trigger', message: 'there is no user message to answer' }]);
    }

    // A closed response before the end means the browser went away: stop paying for the model call.
    const disconnected = new AbortController();
    response.on('close', () => {
      if (!response.writableFinished) disconnected.abort();
    });

    const agentTools = createAiSdkTools({ tools, database, userId: user.id, clients, logError });
    const result = await streamChat({
      model: chatModel,
      messages: history.slice(-historyLimit),
      tools: agentTools,
      profile,
      timeoutMs: turnTimeoutSeconds * 1000,
      abortSignal: disconnected.signal,
      // Not awaited: the AI SDK holds the stream until this returns, and the answer need not wait
      // for telemetry.
      onModelCall: (event) => {
        withUser(database, user.id, (db) => recordModelUsage(db, [usageOfModelCall(event, 'chat')])).catch(logError);
      },
      onError: logError,
    });

    response.setHeader('X-Conversation-Id', conversationId);
    await pipeUIMessageStreamToResponse({
      response,
      stream: toUIMessageStream({
        stream: result.stream,
        tools: agentTools,
        // Tool errors reach the browser exactly as the model saw them; only model failures are reworded.
        onError: describeModelFailure,
        redactToolErrors: false,
        originalMessages: history,
        generateMessageId: () => crypto.randomUUID(),
        messageMetadata: ({ part }) => (part.type === 'start' ? { conversationId } : undefined),
        onEnd: async ({ responseMessage }) => {
          const parts = finishedParts(responseMessage);
          if (parts.length === 0) return;
          try {
            await withUser(database, user.id, (db) =>
              appendMessage(db, { conversationId, message: { id: responseMessage.id, role: 'assistant', parts }, now: now() }),
            );
          } catch (error) {
            // The conversation may have been deleted while the answer streamed; nothing to keep then.
            if (!(error instanceof NotFoundError)) logError(error);
          }
        },
      }).pipeThrough(reportTimeout({ timeoutSeconds: turnTimeoutSeconds, stoppedByBrowser: disconnected.signal })),
    });
  });

  return router;
}
