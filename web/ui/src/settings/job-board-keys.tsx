import { useState, type FormEvent } from 'react';
import { callApi } from '../shared/api.ts';
import { ErrorNotice } from '../shared/error-notice.tsx';
import { formatDateTime } from '../shared/format.ts';
import { useApiData } from '../shared/use-api-data.ts';

interface KeyedSource {
  source: string;
  name: string;
  covers: string;
  enabled: boolean;
  key?: { from: string; fields: { name: string; label: string; secret: boolean }[]; savedAt: string | null };
}
interface Discovery {
  sources: KeyedSource[];
  keysCanBeSaved?: boolean;
}

/**
 * Job search APIs that need the user's own key (Adzuna and others): the key is typed once, saved
 * encrypted and never shown again; finding jobs then searches that API too, for this user only.
 */
export function JobBoardKeys() {
  const discovery = useApiData<{ discovery: Discovery }>('/api/discovery');
  const [failure, setFailure] = useState<{ source: string; error: unknown }>();
  const status = discovery.data?.discovery;
  if (!status) return <ErrorNotice error={discovery.error} />;
  const keyed = status.sources.filter((source) => source.key);
  if (keyed.length === 0) return null;

  async function save(event: FormEvent<HTMLFormElement>, source: KeyedSource) {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    const credentials = Object.fromEntries((source.key?.fields ?? []).map(({ name }) => [name, String(form.get(name) ?? '')]));
    try {
      discovery.setData(await callApi<{ discovery: Discovery }>(`/api/discovery/keys/${source.source}`, { method: 'PUT', body: { credentials } }));
      setFailure(undefined);
      formElement.reset();
    } catch (error) {
      setFailure({ source: source.source, error });
    }
  }

  async function remove(source: KeyedSource) {
    try {
      discovery.setData(await callApi<{ discovery: Discovery }>(`/api/discovery/keys/${source.source}`, { method: 'DELETE' }));
      setFailure(undefined);
    } catch (error) {
      setFailure({ source: source.source, error });
    }
  }

  return (
    <section className="panel" aria-labelledby="job-board-keys-heading">
      <h2 id="job-board-keys-heading">Job boards with your own key</h2>
      <p>
        These job search services need a free key of your own. Save it here and “Find jobs for me” on the Jobs page searches
        them too, for the roles in your preferences. A key is stored encrypted, is never shown again and is only ever sent to
        its own service.
      </p>
      {status.keysCanBeSaved === false && (
        <p className="notice" role="status">
          This Atlas cannot store keys yet: whoever runs it needs to set ATLAS_ENCRYPTION_KEYS (see README) and restart it.
        </p>
      )}
      {keyed.map((source) => (
        <form key={source.source} onSubmit={(event) => void save(event, source)} aria-label={`${source.name} key`}>
          <h3>{source.name}</h3>
          <p className="meta">
            {source.covers}. Get a key at {source.key!.from}.{' '}
            {source.key!.savedAt ? `Key saved ${formatDateTime(source.key!.savedAt)}${source.enabled ? '' : ' (turned off on the Jobs page)'}.` : 'No key saved.'}
          </p>
          {source.key!.fields.map((field) => (
            <label key={field.name}>
              {field.label}
              <input name={field.name} type={field.secret ? 'password' : 'text'} autoComplete="off" required disabled={status.keysCanBeSaved === false} />
            </label>
          ))}
          {failure?.source === source.source && <ErrorNotice error={failure.error} />}
          <div className="actions">
            <button type="submit" disabled={status.keysCanBeSaved === false}>
              {source.key!.savedAt ? `Replace ${source.name} key` : `Save ${source.name} key`}
            </button>
            {source.key!.savedAt && (
              <button type="button" className="secondary" onClick={() => void remove(source)}>
                Remove {source.name} key
              </button>
            )}
          </div>
        </form>
      ))}
    </section>
  );
}
