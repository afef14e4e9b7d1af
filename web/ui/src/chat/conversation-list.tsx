import { useState, type FormEvent } from 'react';
import { Link } from '../routing.tsx';
import { ErrorNotice } from '../shared/error-notice.tsx';

export interface Conversation {
  id: string;
  title: string;
  createdAt: string;
  updatedAt: string;
}

/** The user's conversations, most recent first: start, reopen, rename, delete. */
export function ConversationList(props: {
  conversations: Conversation[] | undefined;
  currentId: string | undefined;
  failure: unknown;
  onNew: () => void;
  onRename: (conversation: Conversation, title: string) => Promise<void>;
  onDelete: (conversation: Conversation) => Promise<void>;
}) {
  const { conversations, currentId, failure, onNew, onRename, onDelete } = props;
  const [renaming, setRenaming] = useState<string>();

  async function rename(event: FormEvent<HTMLFormElement>, conversation: Conversation) {
    event.preventDefault();
    const title = String(new FormData(event.currentTarget).get('title') ?? '').trim();
    if (title && title !== conversation.title) await onRename(conversation, title);
    setRenaming(undefined);
  }

  return (
    <nav className="conversation-list panel" aria-label="Conversations">
      <button type="button" onClick={onNew}>
        New conversation
      </button>
      <ErrorNotice error={failure} />
      {conversations?.length === 0 && <p className="muted">No conversations yet. Type what you are looking for in the box to start one.</p>}
      <ul>
        {conversations?.map((conversation) =>
          renaming === conversation.id ? (
            <li key={conversation.id}>
              <form className="rename-form" onSubmit={(event) => void rename(event, conversation)}>
                <label className="visually-hidden" htmlFor={`rename-${conversation.id}`}>
                  New title
                </label>
                <input
                  id={`rename-${conversation.id}`}
                  name="title"
                  defaultValue={conversation.title}
                  maxLength={200}
                  autoFocus
                  onKeyDown={(event) => event.key === 'Escape' && setRenaming(undefined)}
                />
                <button type="submit" className="small">
                  Save
                </button>
              </form>
            </li>
          ) : (
            <li key={conversation.id}>
              <Link to={`/chat/${conversation.id}`} aria-current={conversation.id === currentId ? 'page' : undefined} title={conversation.title}>
                {conversation.title}
              </Link>
              {/* Actions only on the open conversation keep the list readable in a narrow column. */}
              {conversation.id === currentId && (
                <div className="conversation-actions">
                  <button type="button" className="link-button small" onClick={() => setRenaming(conversation.id)}>
                    Rename<span className="visually-hidden"> {conversation.title}</span>
                  </button>
                  <button type="button" className="link-button small" onClick={() => void onDelete(conversation)}>
                    Delete<span className="visually-hidden"> {conversation.title}</span>
                  </button>
                </div>
              )}
            </li>
          ),
        )}
      </ul>
    </nav>
  );
}
