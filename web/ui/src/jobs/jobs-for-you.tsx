import { useEffect, useRef, useState, type ReactNode } from 'react';
import { callApi } from '../shared/api.ts';
import { ErrorNotice } from '../shared/error-notice.tsx';
import { countOf } from '../shared/format.ts';
import { ProgressNote } from '../shared/progress-note.tsx';
import type { SearchJobsOutput } from '../tool-types.ts';
import { JobResult } from './job-result.tsx';
import { NoJobsYet } from './no-jobs-yet.tsx';

/** "For you": the catalogue ranked by fit to the user's CV and profile, through searchJobs with no query. */
export function JobsForYou({ catalogueVersion = 0, heading = 'For you', children }: { catalogueVersion?: number; heading?: string; children?: ReactNode }) {
  const [results, setResults] = useState<SearchJobsOutput>();
  const [loading, setLoading] = useState(false);
  const [failure, setFailure] = useState<unknown>();
  const shown = useRef(false);
  shown.current = results !== undefined;

  // New jobs from the open boards: a list already on screen is ranked again to include them.
  useEffect(() => {
    if (catalogueVersion > 0 && shown.current) void load();
  }, [catalogueVersion]);

  async function load() {
    setLoading(true);
    try {
      setResults(await callApi<SearchJobsOutput>('/api/jobs/search?limit=20'));
      setFailure(undefined);
    } catch (error) {
      setFailure(error);
    } finally {
      setLoading(false);
    }
  }

  const rankedByCv = results?.rankedBy.includes('cv') ?? false;
  return (
    <section className="panel" aria-labelledby="for-you-heading">
      <h2 id="for-you-heading">{heading}</h2>
      <p>The open jobs that fit your CV and your saved preferences best: the kind of work, level, place and languages first.</p>
      <button type="button" onClick={() => void load()} disabled={loading}>
        Show jobs for me
      </button>
      {loading && <ProgressNote>Ranking the catalogue for you…</ProgressNote>}
      <ErrorNotice error={failure} />
      {results?.jobs.length === 0 && <NoJobsYet filtered={false} />}
      {results && results.jobs.length > 0 && (
        <>
          <p role="status">
            {rankedByCv ? `${countOf(results.jobs.length, 'job')} ranked by fit to your CV` : `Upload a CV to rank jobs for you; meanwhile, the ${countOf(results.jobs.length, 'newest job')}`}
          </p>
          <ol className="card-list" aria-label="Jobs for you">
            {results.jobs.map((job) => (
              <JobResult key={job.id} job={job} showFit={!results.rankedBy.every((signal) => signal === 'newest')} orderedByModel={results.rankedBy.includes('model')} />
            ))}
          </ol>
        </>
      )}
      {children}
    </section>
  );
}
