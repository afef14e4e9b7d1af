import { usePageTitle } from '../shared/use-page-title.ts';
import { FollowedBoards } from './followed-boards.tsx';
import { ImportJob } from './import-job.tsx';
import { JobSearch } from './job-search.tsx';
import { JobsForYou } from './jobs-for-you.tsx';
import { SearchHistory } from './search-history.tsx';

/** Find jobs without chat: the jobs that fit the CV, search the catalogue, import a posting by its address, follow company boards. */
export function JobsPage() {
  usePageTitle('Jobs');
  return (
    <section>
      <h1>Jobs</h1>
      <JobsForYou />
      <JobSearch />
      <div className="two-columns">
        <ImportJob />
        <FollowedBoards />
      </div>
      <SearchHistory />
    </section>
  );
}
