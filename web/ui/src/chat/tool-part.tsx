import { getToolName, type DynamicToolUIPart, type ToolUIPart } from 'ai';
import { ToolFailure } from './tool-failure.tsx';
import { ToolProgress } from './tool-progress.tsx';
import { ToolResult } from './tool-result.tsx';

/** A tool call in the conversation: progress while it runs, then its result as a card, or what went wrong. */
export function ToolPart({ part }: { part: ToolUIPart | DynamicToolUIPart }) {
  const name = getToolName(part);
  switch (part.state) {
    case 'input-streaming':
    case 'input-available':
    case 'approval-requested':
    case 'approval-responded':
      return <ToolProgress name={name} input={part.input} />;
    case 'output-error':
      return <ToolFailure name={name} errorText={part.errorText} />;
    case 'output-denied':
      return <ToolFailure name={name} errorText="This action was not allowed." />;
    case 'output-available':
      return <ToolResult name={name} input={part.input} output={part.output} />;
  }
}
