import { useCallback, useState } from 'react';
import { usePageTitle } from '../shared/use-page-title.ts';
import { FindJobsForMe } from './find-jobs-for-me.tsx';
import { FollowedBoards } from './followed-boards.tsx';
import { ImportJob } from './import-job.tsx';
import { JobSearch } from './job-search.tsx';
import { JobsForYou } from './jobs-for-you.tsx';
import { SearchHistory } from './search-history.tsx';

/** Find jobs without chat: the jobs that fit the CV, search the catalogue, import a posting by its address, follow company boards. */
export function JobsPage() {
  usePageTitle('Jobs');
  // Each search is stored in the history; counting them here refreshes the history without a reload.
  const [searchesRun, setSearchesRun] = useState(0);
  // Jobs found on the open boards change what "For you" shows: it ranks again when a search ends.
  const [catalogueVersion, setCatalogueVersion] = useState(0);
  const catalogueGrew = useCallback(() => setCatalogueVersion((version) => version + 1), []);
  return (
    <section>
      <h1>Jobs</h1>
      <JobsForYou catalogueVersion={catalogueVersion} />
      <FindJobsForMe onFound={catalogueGrew} />
      <JobSearch onSearched={() => setSearchesRun((count) => count + 1)} />
      <div className="two-columns">
        <ImportJob />
        <FollowedBoards />
      </div>
      <SearchHistory version={searchesRun} />
    </section>
  );
}
