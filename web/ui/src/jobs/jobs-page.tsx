import { useState } from 'react';
import { usePageTitle } from '../shared/use-page-title.ts';
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
  return (
    <section>
      <h1>Jobs</h1>
      <JobsForYou />
      <JobSearch onSearched={() => setSearchesRun((count) => count + 1)} />
      <div className="two-columns">
        <ImportJob />
        <FollowedBoards />
      </div>
      <SearchHistory version={searchesRun} />
    </section>
  );
}
