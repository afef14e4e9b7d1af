import { useState } from 'react';
import { callApi, describeError } from '../shared/api.ts';
import { Link } from '../routing.tsx';
import type { SaveJobOutput } from '../tool-types.ts';

/** Puts a catalogue job into the pipeline; saving twice just says it is there already. */
export function SaveJobButton({ jobId, title }: { jobId: string; title: string }) {
  const [state, setState] = useState<{ kind: 'idle' | 'saving' } | { kind: 'saved'; created: boolean } | { kind: 'failed'; reason: string }>({
    kind: 'idle',
  });

  async function save() {
    setState({ kind: 'saving' });
    try {
      const result = await callApi<SaveJobOutput>('/api/applications', { body: { jobId } });
      setState({ kind: 'saved', created: result.created });
    } catch (error) {
      setState({ kind: 'failed', reason: describeError(error) });
    }
  }

  if (state.kind === 'saved') {
    return (
      <span role="status" className="success">
        {state.created ? 'Saved to your pipeline' : 'Already in your pipeline'} · <Link to="/pipeline">Open the board</Link>
      </span>
    );
  }
  return (
    <>
      <button type="button" className="small" onClick={() => void save()} disabled={state.kind === 'saving'}>
        {state.kind === 'saving' ? 'Saving…' : 'Save'}
        <span className="visually-hidden"> {title} to your pipeline</span>
      </button>
      {state.kind === 'failed' && (
        <span role="alert" className="error">
          {state.reason}
        </span>
      )}
    </>
  );
}
