import { useLocation } from '../routing.tsx';
import { useApiData } from '../shared/use-api-data.ts';
import { usePageTitle } from '../shared/use-page-title.ts';
import { FollowUps } from './follow-ups.tsx';
import { GmailConnection } from './gmail-connection.tsx';
import type { GmailStatus } from './gmail-types.ts';
import { ReviewQueue } from './review-queue.tsx';

/** What Google's consent screen sent the user back with (?gmail=…), in words. */
const outcomes: Record<string, string> = {
  connected: 'Gmail is connected. The first sync has started.',
  reconnected: 'Gmail is connected again.',
  cancelled: 'Connecting Gmail was cancelled; nothing changed.',
  'labelling-enabled': 'Atlas may now label job threads in Gmail.',
  'labelling-declined': 'Google did not grant the labelling permission, so labels stay inside Atlas.',
};

/** Connections to services outside Atlas: Gmail, read as metadata only, on the user's explicit request. */
export function IntegrationsPage() {
  usePageTitle('Integrations');
  const { search } = useLocation();
  const status = useApiData<GmailStatus>('/api/gmail');
  const outcome = outcomes[search.get('gmail') ?? ''];
  const connected = Boolean(status.data?.connection);

  return (
    <section>
      <h1>Integrations</h1>
      {outcome && (
        <p className="notice" role="status">
          {outcome}
        </p>
      )}
      <GmailConnection status={status} />
      {connected && <ReviewQueue waiting={status.data?.reviewQueue ?? 0} onReviewed={status.reload} />}
      {connected && <FollowUps />}
    </section>
  );
}
