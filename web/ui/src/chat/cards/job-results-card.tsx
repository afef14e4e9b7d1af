import { Link } from '../../routing.tsx';
import { countOf } from '../../shared/format.ts';
import type { SearchJobsInput, SearchJobsOutput } from '../../tool-types.ts';
import { JobResult } from '../../jobs/job-result.tsx';

/** What a search asked for, in words: “TypeScript backend” in Berlin, remote only. */
function describeSearch(input: SearchJobsInput) {
  return [
    input.query ? `“${input.query}”` : 'the newest jobs',
    input.location ? `in ${input.location}` : '',
    input.remoteOnly ? 'remote only' : '',
    input.company ? `at ${input.company}` : '',
  ]
    .filter(Boolean)
    .join(' ');
}

/** The jobs a search found, best first, each with its match score and a Save button. */
export function JobResultsCard({ input, output }: { input: SearchJobsInput; output: SearchJobsOutput }) {
  return (
    <section className="tool-card card" aria-label="Job search results">
      <h3>
        {countOf(output.jobs.length, 'job')} for {describeSearch(input)}
      </h3>
      {output.jobs.length === 0 ? (
        <p className="muted">
          Nothing matched. Try fewer words or fewer filters, or bring in more jobs on the <Link to="/jobs">Jobs page</Link> (open job boards, a
          company's board, a job link).
        </p>
      ) : (
        <ol className="card-list">
          {output.jobs.map((job) => (
            <JobResult key={job.id} job={job} showFit={!output.rankedBy.every((signal) => signal === 'newest')} orderedByModel={output.rankedBy.includes('model')} />
          ))}
        </ol>
      )}
      {output.jobs.some((job) => job.match === null) && (
        <p className="fine-print">Upload your CV to see how well each job matches you.</p>
      )}
    </section>
  );
}
