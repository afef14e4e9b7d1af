import { useState, type FormEvent } from 'react';
import { AiNote } from '../shared/ai-note.tsx';
import { callApi } from '../shared/api.ts';
import { CopyButton } from '../shared/copy-button.tsx';
import { ErrorNotice } from '../shared/error-notice.tsx';
import { GmailComposeLink } from '../shared/gmail-compose-link.tsx';
import type { OutreachDraft } from './draft-types.ts';

/**
 * A draft the user edits and sends themselves: Copy, or Open in Gmail (a compose window in their own
 * account). Beside it, the CV passages it relies on and any claim Atlas could not back with one.
 */
export function DraftEditor({ draft, onSaved }: { draft: OutreachDraft; onSaved?: (draft: OutreachDraft) => void }) {
  const [recipientEmail, setRecipientEmail] = useState(draft.recipientEmail ?? '');
  const [subject, setSubject] = useState(draft.subject);
  const [body, setBody] = useState(draft.body);
  const [failure, setFailure] = useState<unknown>();
  const [saved, setSaved] = useState(false);
  const changed = subject !== draft.subject || body !== draft.body || recipientEmail !== (draft.recipientEmail ?? '');

  async function save(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    try {
      const result = await callApi<{ draft: OutreachDraft }>(`/api/drafts/${draft.id}`, {
        method: 'PATCH',
        body: { subject, body, recipientEmail: recipientEmail.trim() || null },
      });
      setFailure(undefined);
      setSaved(true);
      onSaved?.(result.draft);
    } catch (error) {
      setFailure(error);
    }
  }

  const fieldId = (name: string) => `draft-${draft.id}-${name}`;
  return (
    <form className="draft-editor" onSubmit={save} onChange={() => setSaved(false)} aria-label={`Draft: ${draft.subject}`}>
      <label htmlFor={fieldId('to')}>To</label>
      <input id={fieldId('to')} type="email" value={recipientEmail} onChange={(event) => setRecipientEmail(event.target.value)} placeholder={draft.recipientName ?? 'recruiter@company.example'} />
      <label htmlFor={fieldId('subject')}>Subject</label>
      <input id={fieldId('subject')} value={subject} onChange={(event) => setSubject(event.target.value)} required maxLength={300} />
      <label htmlFor={fieldId('body')}>Message</label>
      <textarea id={fieldId('body')} value={body} onChange={(event) => setBody(event.target.value)} rows={10} required />
      {draft.flaggedClaims.length > 0 && (
        <div className="notice" role="note">
          <strong>Check these claims: your CV does not back them.</strong>
          <ul>
            {draft.flaggedClaims.map((flagged) => (
              <li key={flagged.claim}>
                {flagged.claim}
                {flagged.reason && <span className="muted"> ({flagged.reason})</span>}
              </li>
            ))}
          </ul>
        </div>
      )}
      {draft.evidence.length > 0 && (
        <details className="draft-evidence" open>
          <summary>From your CV ({draft.evidence.length})</summary>
          {draft.evidence.map((passage) => (
            <blockquote key={passage.quote}>
              {passage.section && <span className="meta">{passage.section}: </span>}
              {passage.quote}
            </blockquote>
          ))}
        </details>
      )}
      <ErrorNotice error={failure} />
      <div className="actions">
        <button type="submit" className="small" disabled={!changed}>
          Save changes
        </button>
        <CopyButton text={`Subject: ${subject}\n\n${body}`} />
        <GmailComposeLink to={recipientEmail.trim() || null} subject={subject} body={body} />
        {saved && (
          <span role="status" className="success">
            Saved
          </span>
        )}
      </div>
      <AiNote>Atlas wrote this from your CV and the posting; it may be wrong. Atlas never sends it: read it, edit it, and send it yourself.</AiNote>
    </form>
  );
}
