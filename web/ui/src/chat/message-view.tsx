import { isTextUIPart, isToolUIPart, type UIMessage } from 'ai';
import { AiNote } from '../shared/ai-note.tsx';
import { ToolPart } from './tool-part.tsx';

/** One message: the user's words, or Atlas's words and tool cards in the order they happened. */
export function MessageView({ message }: { message: UIMessage }) {
  if (message.role === 'user') {
    const text = message.parts.flatMap((part) => (isTextUIPart(part) ? [part.text] : [])).join('\n');
    return (
      <li className="message user">
        <span className="visually-hidden">You said: </span>
        {text}
      </li>
    );
  }
  const wrote = message.parts.some((part) => isTextUIPart(part) && part.text.trim() !== '');
  return (
    <li className="message assistant">
      <span className="visually-hidden">Atlas: </span>
      {message.parts.map((part, index) => {
        if (isTextUIPart(part)) {
          return part.text.trim() ? (
            <p key={index} className="message-text">
              {part.text}
            </p>
          ) : null;
        }
        if (isToolUIPart(part)) return <ToolPart key={part.toolCallId} part={part} />;
        return null;
      })}
      {wrote && <AiNote />}
    </li>
  );
}
