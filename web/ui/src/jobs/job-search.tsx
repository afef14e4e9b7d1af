import { useState, type FormEvent } from 'react';
import { callApi } from '../shared/api.ts';
import { ErrorNotice } from '../shared/error-notice.tsx';
import { countOf } from '../shared/format.ts';
import { ProgressNote } from '../shared/progress-note.tsx';
import type { SearchJobsOutput } from '../tool-types.ts';
import { JobResult } from './job-result.tsx';
import { NoJobsYet } from './no-jobs-yet.tsx';

const employmentTypes = ['full-time', 'part-time', 'contract', 'temporary', 'internship'];

/** The form's fields as GET /api/jobs/search reads them; empty fields are left out. */
function searchAddress(form: FormData) {
  const query = new URLSearchParams();
  for (const [name, value] of form) {
    if (typeof value === 'string' && value.trim() !== '') query.set(name, value.trim());
  }
  return `/api/jobs/search?${query}`;
}

/** Search the catalogue with filters; results carry the match score when a CV is uploaded. */
export function JobSearch({ onSearched }: { onSearched?: () => void }) {
  const [results, setResults] = useState<SearchJobsOutput>();
  const [searching, setSearching] = useState(false);
  const [failure, setFailure] = useState<unknown>();

  async function search(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSearching(true);
    try {
      setResults(await callApi<SearchJobsOutput>(searchAddress(new FormData(event.currentTarget))));
      setFailure(undefined);
      onSearched?.();
    } catch (error) {
      setFailure(error);
    } finally {
      setSearching(false);
    }
  }

  return (
    <section className="panel" aria-labelledby="search-heading">
      <h2 id="search-heading">Search jobs</h2>
      <form onSubmit={search} role="search">
        <label>
          What are you looking for?
          <input name="q" type="search" placeholder="senior TypeScript backend engineer" maxLength={500} />
        </label>
        <div className="filters">
          <label>
            Location
            <input name="location" placeholder="Berlin" maxLength={100} />
          </label>
          <label>
            Company
            <input name="company" maxLength={100} />
          </label>
          <label>
            Contract
            <select name="employmentType" defaultValue="">
              <option value="">Any</option>
              {employmentTypes.map((type) => (
                <option key={type} value={type}>
                  {type}
                </option>
              ))}
            </select>
          </label>
          <label>
            Posted within
            <select name="postedWithinDays" defaultValue="">
              <option value="">Any time</option>
              <option value="1">a day</option>
              <option value="7">a week</option>
              <option value="30">a month</option>
            </select>
          </label>
          <label>
            Minimum yearly salary
            <input name="minimumSalary" type="number" min={1} step={1000} inputMode="numeric" />
          </label>
          <label>
            Currency
            <input name="salaryCurrency" placeholder="EUR" maxLength={3} pattern="[A-Za-z]{3}" />
          </label>
          <label className="checkbox-label">
            <input type="checkbox" name="remoteOnly" value="true" />
            Remote only
          </label>
        </div>
        <button type="submit" disabled={searching}>
          Search
        </button>
      </form>
      {searching && <ProgressNote>Searching…</ProgressNote>}
      <ErrorNotice error={failure} />
      {results?.jobs.length === 0 && <NoJobsYet filtered />}
      {results && results.jobs.length > 0 && (
        <>
          <p role="status">{countOf(results.jobs.length, 'job')} found</p>
          <ol className="card-list" aria-label="Search results">
            {results.jobs.map((job) => (
              <JobResult key={job.id} job={job} showFit={!results.rankedBy.every((signal) => signal === 'newest')} orderedByModel={results.rankedBy.includes('model')} />
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
