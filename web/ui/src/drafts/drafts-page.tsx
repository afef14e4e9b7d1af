import { callApi } from '../shared/api.ts';
import { ErrorNotice } from '../shared/error-notice.tsx';
import { formatDateTime } from '../shared/format.ts';
import { ProgressNote } from '../shared/progress-note.tsx';
import { useApiData } from '../shared/use-api-data.ts';
import { usePageTitle } from '../shared/use-page-title.ts';
import { DraftEditor } from './draft-editor.tsx';
import type { OutreachDraft } from './draft-types.ts';

/** Every outreach draft Atlas wrote for the user, newest first, to edit, copy, open in Gmail or delete. */
export function DraftsPage() {
  usePageTitle('Drafts');
  const drafts = useApiData<{ drafts: OutreachDraft[] }>('/api/drafts');

  async function remove(draft: OutreachDraft) {
    if (!window.confirm(`Delete the draft "${draft.subject}"?`)) return;
    await callApi(`/api/drafts/${draft.id}`, { method: 'DELETE' }).catch(() => undefined);
    drafts.reload();
  }

  async function markSent(draft: OutreachDraft, sent: boolean) {
    await callApi(`/api/drafts/${draft.id}`, { method: 'PATCH', body: { status: sent ? 'sent' : 'draft' } }).catch(() => undefined);
    drafts.reload();
  }

  return (
    <section>
      <h1>Drafts</h1>
      <p className="muted">Ask Atlas in chat to draft outreach for a job in your pipeline. Drafts stay here until you delete them; Atlas never sends them.</p>
      <ErrorNotice error={drafts.error} />
      {drafts.loading && !drafts.data && <ProgressNote>Loading your drafts…</ProgressNote>}
      {drafts.data?.drafts.length === 0 && (
        <p className="empty-state">
          <strong>No drafts yet.</strong> Save a job to your pipeline, then ask in chat: “Draft an outreach email for my latest saved job”.
        </p>
      )}
      <ul className="card-list">
        {drafts.data?.drafts.map((draft) => (
          <li key={draft.id} className="card">
            <div className="card-heading">
              <div>
                <h2 className="draft-subject">{draft.subject}</h2>
                <p className="meta">
                  {draft.recipientName ?? draft.recipientEmail ?? 'No recipient yet'} · written {formatDateTime(draft.createdAt)}
                  {draft.updatedAt !== draft.createdAt && `, edited ${formatDateTime(draft.updatedAt)}`}
                </p>
              </div>
              <div className="actions">
                {draft.status === 'sent' && <span className="badge score-high">Sent</span>}
                <button type="button" className="secondary small" onClick={() => void markSent(draft, draft.status !== 'sent')}>
                  {draft.status === 'sent' ? 'Not sent yet' : 'I sent it'}
                  <span className="visually-hidden"> ({draft.subject})</span>
                </button>
                <button type="button" className="danger small" onClick={() => void remove(draft)}>
                  Delete<span className="visually-hidden"> draft {draft.subject}</span>
                </button>
              </div>
            </div>
            <DraftEditor draft={draft} onSaved={drafts.reload} />
          </li>
        ))}
      </ul>
    </section>
  );
}
