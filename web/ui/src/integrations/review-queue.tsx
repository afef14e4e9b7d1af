import { useState } from 'react';
import { callApi } from '../shared/api.ts';
import { ErrorNotice } from '../shared/error-notice.tsx';
import { formatDateTime } from '../shared/format.ts';
import { useApiData } from '../shared/use-api-data.ts';
import type { Application } from '../tool-types.ts';
import { signalKindLabels, type Signal } from './gmail-types.ts';

type Decision =
  | { decision: 'confirm' }
  | { decision: 'dismiss' }
  | { decision: 'correct'; kind?: Signal['kind']; applicationId?: string }
  | { decision: 'track'; title: string };

/** Mail Atlas was unsure about: the user confirms, corrects or dismisses, and re-syncs keep the decision. */
export function ReviewQueue({ waiting, onReviewed }: { waiting: number; onReviewed: () => void }) {
  const signals = useApiData<{ signals: Signal[] }>('/api/gmail/signals?review=needs_review', waiting);
  const pipeline = useApiData<{ applications: Application[] }>('/api/applications');
  const [failure, setFailure] = useState<unknown>();

  async function decide(signal: Signal, decision: Decision) {
    try {
      await callApi(`/api/gmail/signals/${signal.id}/review`, { body: decision });
      setFailure(undefined);
      signals.reload();
      onReviewed();
    } catch (error) {
      setFailure(error);
    }
  }

  const list = signals.data?.signals ?? [];
  return (
    <section className="panel" aria-labelledby="review-heading">
      <h2 id="review-heading">To review ({list.length})</h2>
      <ErrorNotice error={failure ?? signals.error} />
      {signals.data && list.length === 0 && <p className="muted">Nothing waits for you. Job mail Atlas cannot place on its own appears here after a Gmail sync, for you to confirm.</p>}
      <ul className="card-list">
        {list.map((signal) => (
          <li key={signal.id} className="card">
            <p>
              <strong>{signalKindLabels[signal.kind]}?</strong> From {signal.senderName ?? signal.senderEmail}, {formatDateTime(signal.receivedAt)}
            </p>
            {signal.suspectedPhishing && (
              <p className="notice" role="alert">
                <strong>Suspected phishing.</strong> {signal.suspectedPhishing}. Do not click its links or reply with
                personal details; Atlas will not label or act on this thread unless you say it is genuine.
              </p>
            )}
            {/* Subject and snippet come from the email: shown as text, never acted on. */}
            <p className="meta">{signal.subject}</p>
            <p className="snippet">{signal.snippet}</p>
            {signal.companyNamed && !signal.applicationId && <TrackRole signal={signal} onTrack={(title) => void decide(signal, { decision: 'track', title })} />}
            <div className="inline-form">
              <label>
                It is
                <select
                  defaultValue={signal.kind}
                  onChange={(event) => void decide(signal, { decision: 'correct', kind: event.target.value as Signal['kind'] })}
                >
                  {Object.entries(signalKindLabels).map(([kind, label]) => (
                    <option key={kind} value={kind}>
                      {label}
                    </option>
                  ))}
                </select>
              </label>
              <label>
                For
                <select
                  defaultValue={signal.applicationId ?? ''}
                  onChange={(event) => event.target.value && void decide(signal, { decision: 'correct', applicationId: event.target.value })}
                >
                  <option value="">Choose an application</option>
                  {pipeline.data?.applications.map((application) => (
                    <option key={application.id} value={application.id}>
                      {application.title} at {application.company}
                    </option>
                  ))}
                </select>
              </label>
            </div>
            <div className="actions">
              <button type="button" className="small" onClick={() => void decide(signal, { decision: 'confirm' })}>
                Confirm
              </button>
              <button type="button" className="secondary small" onClick={() => void decide(signal, { decision: 'dismiss' })}>
                Not about a job
              </button>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** Mail from an employer about a role the user does not track yet: add it to the pipeline under the name the mail gives. */
function TrackRole({ signal, onTrack }: { signal: Signal; onTrack: (title: string) => void }) {
  const [title, setTitle] = useState('');
  return (
    <form
      className="inline-form"
      onSubmit={(event) => {
        event.preventDefault();
        if (title.trim()) onTrack(title.trim());
      }}
    >
      <p className="muted">About a role at {signal.companyNamed} that is not in your pipeline.</p>
      <label>
        Role
        <input value={title} onChange={(event) => setTitle(event.target.value)} placeholder="e.g. Quality Engineer" maxLength={200} />
      </label>
      <button type="submit" className="small" disabled={!title.trim()}>
        Track this role
      </button>
    </form>
  );
}
