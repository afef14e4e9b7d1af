import { useChat } from '@ai-sdk/react';
import type { UIMessage } from 'ai';
import { useEffect, useRef, useState } from 'react';
import { ApiError } from '../shared/api.ts';
import { ProgressNote } from '../shared/progress-note.tsx';
import { createChatTransport } from './chat-transport.ts';
import { Composer } from './composer.tsx';
import { MessageView } from './message-view.tsx';
import { ModelNotConfigured } from './model-not-configured.tsx';
import { useFollowNewest } from './use-follow-newest.ts';

/** The messages of one conversation as they stream in, and the composer that continues it. */
export function ChatStream(props: {
  conversationId: string;
  title: string;
  storedMessages: UIMessage[];
  openingMessage: string | undefined;
  onOpeningMessageSent: () => void;
  onConversationChanged: () => void;
}) {
  const { conversationId, openingMessage, onOpeningMessageSent, onConversationChanged } = props;
  const [transport] = useState(createChatTransport);
  // A message the server refused before storing it goes back into the composer, not lost.
  const [refusedText, setRefusedText] = useState<string>();
  const lastSent = useRef('');
  const messageList = useRef<HTMLOListElement>(null);
  const [sentCount, setSentCount] = useState(0);
  useFollowNewest(messageList, sentCount);
  const { messages, sendMessage, status, error, stop, setMessages, regenerate, clearError } = useChat({
    id: conversationId,
    messages: props.storedMessages,
    transport,
    onFinish: () => onConversationChanged(),
    onError: (failure) => {
      if (!(failure instanceof ApiError)) return;
      setMessages((current) => (current.at(-1)?.role === 'user' ? current.slice(0, -1) : current));
      setRefusedText(lastSent.current);
    },
  });

  function send(text: string) {
    lastSent.current = text;
    setSentCount((count) => count + 1);
    setRefusedText(undefined);
    clearError();
    void sendMessage({ text });
  }

  // Sent after mounting settles: React's development mode mounts twice, and useChat stops the
  // chat's request when it unmounts, so a send made during the first mount would be cancelled.
  useEffect(() => {
    if (!openingMessage) return;
    const timer = setTimeout(() => {
      onOpeningMessageSent();
      send(openingMessage);
    }, 0);
    return () => clearTimeout(timer);
  }, []);

  // The server names a new conversation after its first message and reorders the list by activity:
  // the list is refreshed when an answer starts streaming, and again when it ends.
  useEffect(() => {
    if (status === 'streaming') onConversationChanged();
  }, [status, onConversationChanged]);

  const busy = status === 'submitted' || status === 'streaming';
  const modelMissing = error instanceof ApiError && error.code === 'model_not_configured';

  return (
    <>
      <h1 className="visually-hidden">{props.title}</h1>
      <ol ref={messageList} className="messages" aria-live="polite" aria-busy={busy}>
        {messages.map((message) => (
          <MessageView key={message.id} message={message} />
        ))}
      </ol>
      {status === 'submitted' && <ProgressNote>Atlas is thinking…</ProgressNote>}
      {modelMissing && <ModelNotConfigured />}
      {error && !modelMissing && (
        <div className="notice" role="alert">
          <p>{error instanceof ApiError ? error.reason : error.message || 'The answer was interrupted.'}</p>
          {!(error instanceof ApiError) && (
            <button type="button" className="secondary small" onClick={() => void regenerate()}>
              Try again
            </button>
          )}
        </div>
      )}
      <Composer key={refusedText ?? 'composer'} initialText={refusedText} busy={busy} onSend={send} onStop={() => void stop()} />
    </>
  );
}
