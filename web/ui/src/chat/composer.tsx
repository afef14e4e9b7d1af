import { useState, type FormEvent, type KeyboardEvent } from 'react';

/** Where the user writes to Atlas: Enter sends, Shift+Enter starts a new line. `disabled`: there is no model to answer. */
export function Composer(props: { busy: boolean; disabled?: boolean; onSend: (text: string) => void; onStop?: () => void; initialText?: string }) {
  const { busy, disabled = false, onSend, onStop } = props;
  const [text, setText] = useState(props.initialText ?? '');

  function send(event?: FormEvent) {
    event?.preventDefault();
    const message = text.trim();
    if (!message || busy || disabled) return;
    onSend(message);
    setText('');
  }

  function sendOnEnter(event: KeyboardEvent<HTMLTextAreaElement>) {
    if (event.key === 'Enter' && !event.shiftKey && !event.nativeEvent.isComposing) send(event);
  }

  return (
    <form className="composer" onSubmit={send}>
      <label>
        <span className="visually-hidden">Message Atlas</span>
        <textarea
          name="message"
          value={text}
          onChange={(event) => setText(event.target.value)}
          onKeyDown={sendOnEnter}
          placeholder="Ask Atlas to find, score, save or draft…"
          rows={2}
          maxLength={20_000}
          disabled={disabled}
        />
      </label>
      {busy && onStop ? (
        <button type="button" className="secondary" onClick={onStop}>
          Stop
        </button>
      ) : (
        <button type="submit" disabled={busy || disabled || !text.trim()}>
          Send
        </button>
      )}
    </form>
  );
}
