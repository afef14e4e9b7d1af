import { useState } from 'react';
import { callApi } from '../shared/api.ts';
import { Link, navigate } from '../routing.tsx';
import { useApiData } from '../shared/use-api-data.ts';
import { usePageTitle } from '../shared/use-page-title.ts';
import { Composer } from './composer.tsx';
import { ConversationList, type Conversation } from './conversation-list.tsx';
import { ConversationView } from './conversation-view.tsx';
import { ErrorNotice } from '../shared/error-notice.tsx';
import { ModelNotConfigured } from './model-not-configured.tsx';

const examples = ['Find TypeScript backend jobs in Berlin, remote ok', 'Which jobs have I applied to?', 'Draft an outreach email for my latest saved job'];

/** Chat with Atlas: the conversation list beside the open conversation. */
export function ChatPage({ conversationId }: { conversationId: string | undefined }) {
  usePageTitle('Chat');
  const conversations = useApiData<{ conversations: Conversation[] }>('/api/conversations');
  const model = useApiData<{ configured: boolean }>('/api/chat/model');
  const modelMissing = model.data?.configured === false;
  const [failure, setFailure] = useState<unknown>();
  // What the user typed before the conversation existed; sent once the new conversation opens.
  const [openingMessage, setOpeningMessage] = useState<string>();

  async function start(text: string) {
    // Without a model the turn would fail, leaving an empty conversation behind.
    if (modelMissing) return;
    try {
      const { conversation } = await callApi<{ conversation: Conversation }>('/api/conversations', { body: {} });
      setFailure(undefined);
      setOpeningMessage(text);
      conversations.reload();
      navigate(`/chat/${conversation.id}`);
    } catch (error) {
      setFailure(error);
    }
  }

  async function rename(conversation: Conversation, title: string) {
    try {
      await callApi(`/api/conversations/${conversation.id}`, { method: 'PATCH', body: { title } });
      conversations.reload();
    } catch (error) {
      setFailure(error);
    }
  }

  async function remove(conversation: Conversation) {
    if (!window.confirm(`Delete "${conversation.title}" and all its messages?`)) return;
    try {
      await callApi(`/api/conversations/${conversation.id}`, { method: 'DELETE' });
      conversations.reload();
      if (conversation.id === conversationId) navigate('/chat');
    } catch (error) {
      setFailure(error);
    }
  }

  return (
    <div className="chat-layout">
      <ConversationList
        conversations={conversations.data?.conversations}
        currentId={conversationId}
        failure={failure ?? conversations.error}
        onNew={() => navigate('/chat')}
        onRename={rename}
        onDelete={remove}
      />
      <section className="chat-panel" aria-label="Conversation">
        {conversationId ? (
          <ConversationView
            key={conversationId}
            conversationId={conversationId}
            openingMessage={openingMessage}
            onOpeningMessageSent={() => setOpeningMessage(undefined)}
            onConversationChanged={conversations.reload}
          />
        ) : (
          <>
            <h1>What are you looking for?</h1>
            <p className="muted">Atlas searches jobs, scores them against your CV, keeps your pipeline and drafts outreach. It never sends anything.</p>
            {conversations.data?.conversations.length === 0 && (
              <p className="empty-state">
                New here? <Link to="/start">Get started</Link>: upload your CV, say what you look for and see the jobs that fit, then come back to ask
                Atlas about them.
              </p>
            )}
            {modelMissing && <ModelNotConfigured />}
            <ul className="tags examples" aria-label="Examples">
              {examples.map((example) => (
                <li key={example}>
                  <button type="button" className="secondary small" disabled={modelMissing} onClick={() => void start(example)}>
                    {example}
                  </button>
                </li>
              ))}
            </ul>
            <ErrorNotice error={failure} />
            <Composer busy={false} disabled={modelMissing} onSend={(text) => void start(text)} />
          </>
        )}
      </section>
    </div>
  );
}
