import { useState, type FormEvent } from 'react';
import type { Application } from '../tool-types.ts';
import { ErrorNotice } from '../shared/error-notice.tsx';
import { formatDateTime } from '../shared/format.ts';
import { Link } from '../routing.tsx';
import { useApiData } from '../shared/use-api-data.ts';
import { postingSummary } from './posting-summary.ts';
import { statusLabels, type ApplicationStatus } from './statuses.ts';

interface StatusChange {
  fromStatus: ApplicationStatus | null;
  toStatus: ApplicationStatus;
  actor: 'web' | 'agent' | 'mcp' | 'gmail';
  changedAt: string;
}

const actorWords: Record<StatusChange['actor'], string> = {
  web: 'you, in the app',
  agent: 'Atlas, in chat',
  mcp: 'an MCP client',
  gmail: 'Gmail sync',
};

/**
 * An application's notes and group, editable, and every stage it has been through, with who moved it;
 * for one saved from a page, the posting's details as the user saw them.
 */
export function ApplicationDetails(props: {
  application: Application;
  onChange: (application: Application, fields: { notes?: string; group?: string }) => Promise<void>;
}) {
  const { application, onChange } = props;
  // Reloaded whenever the status changes, so a move made on the board shows up at once.
  const history = useApiData<{ history: StatusChange[] }>(`/api/applications/${application.id}/history`, application.status);
  const [saving, setSaving] = useState(false);

  async function save(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setSaving(true);
    await onChange(application, { notes: String(form.get('notes') ?? ''), group: String(form.get('group') ?? '').trim() || application.group });
    setSaving(false);
  }

  const posting = application.posting && postingSummary(application.posting);

  return (
    <div className="application-details">
      {posting && <p className="posting-summary">{posting}</p>}
      <form onSubmit={save}>
        <label>
          Notes
          <textarea name="notes" defaultValue={application.notes} maxLength={10_000} />
        </label>
        <label>
          Group
          <input name="group" defaultValue={application.group} maxLength={100} required />
        </label>
        <button type="submit" className="small" disabled={saving}>
          Save notes and group
        </button>
      </form>
      <p className="actions">
        <Link to={`/resumes?applicationId=${application.id}`}>Tailor a résumé</Link>
        <Link to={`/practice?applicationId=${application.id}`}>Practise the interview</Link>
      </p>
      <h4>Status history</h4>
      <ErrorNotice error={history.error} />
      <ol className="history">
        {history.data?.history.map((change) => (
          <li key={change.changedAt + change.toStatus}>
            {change.fromStatus ? `${statusLabels[change.fromStatus]} → ${statusLabels[change.toStatus]}` : `Added as ${statusLabels[change.toStatus]}`},{' '}
            {formatDateTime(change.changedAt)}, by {actorWords[change.actor]}
          </li>
        ))}
      </ol>
    </div>
  );
}
