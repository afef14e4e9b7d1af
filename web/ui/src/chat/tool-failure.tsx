import { spokenToolName } from './tool-labels.ts';

/** A tool that failed, in the words the tool gave (the same the model saw), never a stack trace. */
export function ToolFailure({ name, errorText }: { name: string; errorText: string }) {
  return (
    <div className="tool-card card notice" role="status">
      <strong>Could not {spokenToolName(name)}.</strong> {errorText}
    </div>
  );
}
