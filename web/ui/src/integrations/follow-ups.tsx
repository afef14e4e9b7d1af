import { Link } from '../routing.tsx';
import { ErrorNotice } from '../shared/error-notice.tsx';
import { formatDate } from '../shared/format.ts';
import { useApiData } from '../shared/use-api-data.ts';
import type { FollowUp } from './gmail-types.ts';

/** Outreach the user sent with no reply after some days: a nudge to follow up. */
export function FollowUps() {
  const followUps = useApiData<{ afterDays: number; followUps: FollowUp[] }>('/api/gmail/follow-ups');
  const list = followUps.data?.followUps ?? [];
  return (
    <section className="panel" aria-labelledby="follow-ups-heading">
      <h2 id="follow-ups-heading">Follow-ups</h2>
      <ErrorNotice error={followUps.error} />
      {followUps.data && list.length === 0 && <p className="muted">No sent outreach has waited more than {followUps.data.afterDays} days for a reply.</p>}
      <ul className="card-list">
        {list.map((followUp) => (
          <li key={followUp.draftId} className="application-line">
            <span>
              <strong>{followUp.subject}</strong> to {followUp.recipientName ?? followUp.recipientEmail ?? 'someone'}
            </span>
            <span className="meta">
              sent {formatDate(followUp.sentAt)}, no reply for {followUp.daysWithoutReply} days
            </span>
          </li>
        ))}
      </ul>
      {list.length > 0 && (
        <p className="fine-print">
          Ask Atlas in <Link to="/chat">Chat</Link> to draft a follow-up.
        </p>
      )}
    </section>
  );
}
