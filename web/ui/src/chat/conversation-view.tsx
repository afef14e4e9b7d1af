import type { UIMessage } from 'ai';
import { ApiError } from '../shared/api.ts';
import { ErrorNotice } from '../shared/error-notice.tsx';
import { ProgressNote } from '../shared/progress-note.tsx';
import { useApiData } from '../shared/use-api-data.ts';
import { ChatStream } from './chat-stream.tsx';
import type { Conversation } from './conversation-list.tsx';

/** One stored conversation, reopened where it left off. */
export function ConversationView(props: {
  conversationId: string;
  openingMessage: string | undefined;
  onOpeningMessageSent: () => void;
  onConversationChanged: () => void;
}) {
  const loaded = useApiData<{ conversation: Conversation; messages: UIMessage[] }>(`/api/conversations/${props.conversationId}`);

  if (loaded.error instanceof ApiError && loaded.error.status === 404) {
    return <p role="alert">This conversation does not exist any more. Start a new one from the list.</p>;
  }
  if (loaded.error) return <ErrorNotice error={loaded.error} />;
  if (!loaded.data) return <ProgressNote>Opening the conversation…</ProgressNote>;
  return (
    <ChatStream
      conversationId={props.conversationId}
      title={loaded.data.conversation.title}
      storedMessages={loaded.data.messages}
      openingMessage={props.openingMessage}
      onOpeningMessageSent={props.onOpeningMessageSent}
      onConversationChanged={props.onConversationChanged}
    />
  );
}
