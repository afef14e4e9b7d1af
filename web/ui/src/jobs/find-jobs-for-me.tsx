import { useEffect, useRef, useState, type FormEvent } from 'react';
import { callApi } from '../shared/api.ts';
import { ErrorNotice } from '../shared/error-notice.tsx';
import { formatDateTime } from '../shared/format.ts';
import { ProgressNote } from '../shared/progress-note.tsx';
import { useApiData } from '../shared/use-api-data.ts';
import { Link } from '../routing.tsx';

interface SourceReport {
  source: string;
  state: 'waiting' | 'searching' | 'done' | 'failed' | 'off';
  found: number;
  added: number;
  /** Entries the board listed that Atlas could not read; absent in reports saved before it was counted. */
  skipped?: number;
  failure: string | null;
}
interface Discovery {
  consented: boolean;
  /** A keyed source (key present) is searched only once the user saved their own key in Settings. */
  sources: { source: string; name: string; covers: string; enabled: boolean; key?: { savedAt: string | null } }[];
  state: 'idle' | 'running';
  startedAt: string | null;
  finishedAt: string | null;
  report: { searchedFor: string[]; sources: SourceReport[] } | null;
}

function describeSource(entry: SourceReport, name: string) {
  switch (entry.state) {
    case 'waiting':
      return `${name}: waiting`;
    case 'searching':
      return `${name}: searching…`;
    case 'done':
      return `${name}: ${entry.found} found, ${entry.added} new${entry.skipped ? ` (${entry.skipped} listed ${entry.skipped === 1 ? 'entry' : 'entries'} could not be read and ${entry.skipped === 1 ? 'was' : 'were'} left out)` : ''}`;
    case 'failed':
      return `${name} could not be searched (${entry.failure}). The others went on; try again later, or follow a company board below.`;
    case 'off':
      return `${name}: off`;
  }
}

/**
 * Filling an empty catalogue from open job boards, with the user's consent: what is sent (only the
 * roles searched for), which boards, a run's progress source by source, and turning each board off.
 */
export function FindJobsForMe({ onFound }: { onFound: () => void }) {
  const discovery = useApiData<{ discovery: Discovery }>('/api/discovery');
  const [failure, setFailure] = useState<unknown>();
  const status = discovery.data?.discovery;
  const running = status?.state === 'running';

  // While a run goes on, its progress is read every two seconds; "For you" ranks again when it ends.
  const { reload } = discovery;
  const wasRunning = useRef(false);
  useEffect(() => {
    if (wasRunning.current && !running) onFound();
    wasRunning.current = running;
    if (!running) return;
    const timer = setInterval(reload, 2000);
    return () => clearInterval(timer);
  }, [running, reload, onFound]);

  async function save(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    // Only the switches shown are sent: a keyed source without a key keeps its switch for when one is saved.
    const shown = (status?.sources ?? []).filter(({ key }) => !key || key.savedAt !== null);
    const enabled = Object.fromEntries(shown.map(({ source }) => [source, form.get(source) === 'on']));
    try {
      await callApi('/api/discovery', { method: 'PUT', body: { consent: true, enabled } });
      const started = await callApi<{ discovery: Discovery }>('/api/discovery/run', { method: 'POST' });
      discovery.setData(started);
      setFailure(undefined);
    } catch (error) {
      setFailure(error);
    }
  }

  async function stop() {
    try {
      await callApi('/api/discovery', { method: 'DELETE' });
      discovery.reload();
    } catch (error) {
      setFailure(error);
    }
  }

  if (!status) return <ErrorNotice error={discovery.error} />;
  const names = Object.fromEntries(status.sources.map(({ source, name }) => [source, name]));
  return (
    <section className="panel" aria-labelledby="discovery-heading">
      <h2 id="discovery-heading">Find jobs from open job boards</h2>
      <p>
        Atlas can fill your catalogue from public job boards, searching for the roles in your{' '}
        <Link to="/settings">preferences</Link> (or, without any, the kinds of work your <Link to="/cv">CV</Link> names). Only
        those role names are sent to the boards — never your CV, your name or anything else — and the search is repeated
        once a day while you use Atlas.
      </p>
      <form onSubmit={(event) => void save(event)}>
        <fieldset>
          <legend>Boards to search</legend>
          {status.sources.map((source) =>
            source.key && source.key.savedAt === null ? (
              <p key={source.source} className="meta">
                {source.name} ({source.covers}) needs a free key of your own: <Link to="/settings">add it in Settings</Link>.
              </p>
            ) : (
              <label key={source.source} className="checkbox-label">
                <input type="checkbox" name={source.source} defaultChecked={source.enabled} /> {source.name}: {source.covers}
              </label>
            ),
          )}
        </fieldset>
        <div className="actions">
          <button type="submit" disabled={running}>
            {status.consented ? 'Search again now' : 'Find jobs for me'}
          </button>
          {status.consented && (
            <button type="button" className="secondary" onClick={() => void stop()}>
              Stop finding jobs for me
            </button>
          )}
        </div>
      </form>
      <ErrorNotice error={failure} />
      {running && <ProgressNote>{`Searching the job boards${status.report?.searchedFor.length ? ` for ${status.report.searchedFor.join(', ')}` : ''}…`}</ProgressNote>}
      {status.report && (
        <div role="status">
          {!running && status.finishedAt && (
            <p className="meta">
              Last searched {formatDateTime(status.finishedAt)}
              {status.report.searchedFor.length > 0 ? ` for ${status.report.searchedFor.join(', ')}` : ' for the newest jobs (add roles to your preferences to narrow it)'}.
            </p>
          )}
          <ul>
            {status.report.sources.map((entry) => (
              <li key={entry.source}>{describeSource(entry, names[entry.source] ?? entry.source)}</li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
