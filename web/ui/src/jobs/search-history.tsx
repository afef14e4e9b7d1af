import { callApi } from '../shared/api.ts';
import { ErrorNotice } from '../shared/error-notice.tsx';
import { countOf, formatDateTime } from '../shared/format.ts';
import { useApiData } from '../shared/use-api-data.ts';
import type { SearchHistoryEntry } from '../tool-types.ts';

const actorWords: Record<string, string> = { web: 'you', agent: 'Atlas in chat', mcp: 'an MCP client' };

/** Every search run for the user, which they can see and delete. */
export function SearchHistory() {
  const history = useApiData<{ searches: SearchHistoryEntry[] }>('/api/searches');

  async function remove(search: SearchHistoryEntry) {
    await callApi(`/api/searches/${search.id}`, { method: 'DELETE' });
    history.reload();
  }

  const searches = history.data?.searches ?? [];
  return (
    <section className="panel" aria-labelledby="history-heading">
      <h2 id="history-heading">Search history</h2>
      <ErrorNotice error={history.error} />
      {history.data && searches.length === 0 && <p className="muted">No searches yet.</p>}
      <ul className="card-list">
        {searches.map((search) => (
          <li key={search.id} className="application-line">
            <span>
              <strong>{search.query || 'Newest jobs'}</strong>
              {search.filters.location && ` in ${search.filters.location}`}
            </span>
            <span className="meta">
              {countOf(search.resultCount, 'result')}, by {actorWords[search.actor] ?? search.actor}, {formatDateTime(search.createdAt)}
            </span>
            <button type="button" className="link-button small" onClick={() => void remove(search).catch(() => history.reload())}>
              Delete<span className="visually-hidden"> search {search.query}</span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
