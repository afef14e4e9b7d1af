import { DefaultChatTransport, type UIMessage } from 'ai';
import { notifySessionEnded, readApiError } from '../shared/api.ts';

/**
 * How useChat reaches POST /api/chat. Atlas keeps each conversation on the server, so only the new
 * user message and the conversation id are sent; a refusal becomes an ApiError with Atlas's reason
 * (e.g. `model_not_configured` with the steps to add a key) instead of the raw response text.
 */
export function createChatTransport() {
  return new DefaultChatTransport<UIMessage>({
    api: '/api/chat',
    prepareSendMessagesRequest: ({ id, messages, trigger }) => ({
      body: trigger === 'regenerate-message' ? { conversationId: id, trigger } : { conversationId: id, message: messages.at(-1), trigger },
    }),
    fetch: async (input, init) => {
      const response = await fetch(input, init);
      if (response.status === 401) notifySessionEnded();
      if (!response.ok) throw await readApiError(response);
      return response;
    },
  });
}
