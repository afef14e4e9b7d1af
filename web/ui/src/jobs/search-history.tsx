import { callApi } from '../shared/api.ts';
import { ErrorNotice } from '../shared/error-notice.tsx';
import { countOf, formatDateTime } from '../shared/format.ts';
import { useApiData } from '../shared/use-api-data.ts';
import type { SearchHistoryEntry } from '../tool-types.ts';

const actorWords: Record<string, string> = { web: 'you', agent: 'Atlas in chat', mcp: 'an MCP client' };

/** The filters a search used, as words: "in Berlin · remote only · full-time · at Acme · 60,000 EUR or more · last 7 days". */
export function describeFilters(filters: SearchHistoryEntry['filters']): string {
  const words = [
    filters.location && `in ${filters.location}`,
    filters.remoteOnly && 'remote only',
    filters.employmentType,
    filters.company && `at ${filters.company}`,
    filters.minimumSalary !== undefined && `${filters.minimumSalary.toLocaleString()}${filters.salaryCurrency ? ` ${filters.salaryCurrency}` : ''} or more a year`,
    filters.postedWithinDays !== undefined && `posted in the last ${countOf(filters.postedWithinDays, 'day')}`,
  ];
  return words.filter(Boolean).join(' · ');
}

/** Every search run for the user, which they can see and delete; `version` changes when a new search ran on the page. */
export function SearchHistory({ version }: { version?: unknown }) {
  const history = useApiData<{ searches: SearchHistoryEntry[] }>('/api/searches', version);

  async function remove(search: SearchHistoryEntry) {
    await callApi(`/api/searches/${search.id}`, { method: 'DELETE' });
    history.reload();
  }

  const searches = history.data?.searches ?? [];
  return (
    <section className="panel" aria-labelledby="history-heading">
      <h2 id="history-heading">Search history</h2>
      <ErrorNotice error={history.error} />
      {history.data && searches.length === 0 && <p className="muted">No searches yet. Search above (or ask in chat) and each search is kept here with its filters.</p>}
      <ul className="card-list">
        {searches.map((search) => (
          <li key={search.id} className="application-line">
            <span>
              <strong>{search.query || 'Newest jobs'}</strong>
              {describeFilters(search.filters) && <span className="meta"> — {describeFilters(search.filters)}</span>}
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
