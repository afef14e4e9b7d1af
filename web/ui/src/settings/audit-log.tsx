import { useState } from 'react';
import { callApi } from '../shared/api.ts';
import { ErrorNotice } from '../shared/error-notice.tsx';
import { formatDateTime } from '../shared/format.ts';
import { useApiData } from '../shared/use-api-data.ts';

interface AuditEvent {
  id: string;
  actor: 'web' | 'agent' | 'mcp' | 'gmail';
  actorDetail: string | null;
  action: string;
  recordKind: string;
  recordId: string | null;
  clientAddress: string | null;
  createdAt: string;
}

interface AuditPage {
  events: AuditEvent[];
  nextBefore: string | null;
  retentionDays: number;
}

/** `updateApplication` → `update application`: actions read as words. */
function words(action: string) {
  return action.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
}

const actorWords: Record<AuditEvent['actor'], string> = { web: 'You, in the app', agent: 'Atlas, in chat', mcp: 'An MCP client', gmail: 'Gmail sync' };

/** Who read or changed sensitive records, and when: ids and actions, never content. */
export function AuditLog() {
  const first = useApiData<AuditPage>('/api/audit?limit=20');
  const [older, setOlder] = useState<AuditEvent[]>([]);
  const [nextBefore, setNextBefore] = useState<string | null>();
  const [failure, setFailure] = useState<unknown>();
  const cursor = nextBefore === undefined ? first.data?.nextBefore : nextBefore;

  async function showOlder() {
    try {
      const page = await callApi<AuditPage>(`/api/audit?limit=20&before=${encodeURIComponent(cursor!)}`);
      setOlder((current) => [...current, ...page.events]);
      setNextBefore(page.nextBefore);
    } catch (error) {
      setFailure(error);
    }
  }

  const events = [...(first.data?.events ?? []), ...older];
  return (
    <section className="panel" aria-labelledby="audit-heading">
      <h2 id="audit-heading">Audit log</h2>
      {first.data && <p className="muted">Kept for {first.data.retentionDays} days.</p>}
      <ErrorNotice error={failure ?? first.error} />
      {first.data && events.length === 0 && <p className="muted">Nothing recorded yet. Every change to your records, by you, by chat or by an MCP client, is listed here as it happens.</p>}
      {events.length > 0 && (
        <div className="table-scroll">
          <table>
            <thead>
              <tr>
                <th scope="col">When</th>
                <th scope="col">Who</th>
                <th scope="col">What</th>
              </tr>
            </thead>
            <tbody>
              {events.map((event) => (
                <tr key={event.id}>
                  <td>{formatDateTime(event.createdAt)}</td>
                  <td>
                    {actorWords[event.actor]}
                    {event.actorDetail && <span className="meta"> ({event.actorDetail})</span>}
                  </td>
                  <td>
                    {words(event.action)} <span className="meta">({event.recordKind})</span>
                    {event.clientAddress && <span className="meta"> from {event.clientAddress}</span>}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {cursor && (
        <button type="button" className="secondary small" onClick={() => void showOlder()}>
          Show older entries
        </button>
      )}
    </section>
  );
}
