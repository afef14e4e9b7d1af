import { ProgressNote } from '../shared/progress-note.tsx';
import { runningLabel } from './tool-labels.ts';

/** A few words from the call's input, so the user sees what is being looked for while it runs. */
function detail(name: string, input: unknown) {
  if (!input || typeof input !== 'object') return '';
  const values = input as Record<string, unknown>;
  if (name === 'searchJobs') {
    const parts = [
      typeof values.query === 'string' && values.query ? `“${values.query}”` : '',
      typeof values.location === 'string' ? `in ${values.location}` : '',
      values.remoteOnly === true ? 'remote only' : '',
    ].filter(Boolean);
    return parts.length ? `: ${parts.join(' ')}` : '';
  }
  if (name === 'importJob' && typeof values.url === 'string') return `: ${values.url}`;
  if (name === 'followBoard' && typeof values.board === 'string') return `: ${values.board}`;
  return '';
}

export function ToolProgress({ name, input }: { name: string; input: unknown }) {
  return (
    <div className="tool-card">
      <ProgressNote>{`${runningLabel(name)}${detail(name, input)}…`}</ProgressNote>
    </div>
  );
}
