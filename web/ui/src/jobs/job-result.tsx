import { PostingTitle } from '../shared/posting-title.tsx';
import { formatDate, formatSalaryRange } from '../shared/format.ts';
import { ScoreBadge } from '../shared/score-badge.tsx';
import type { SearchResult } from '../tool-types.ts';
import { SaveJobButton } from './save-job-button.tsx';

/** One posting from a search: what, where, pay, how well it fits, and a way to keep it. */
export function JobResult({ job }: { job: SearchResult }) {
  const place = [job.locations.join(' · '), job.workplaceType].filter(Boolean).join(' — ');
  const salary = job.salary ? formatSalaryRange({ salaryMin: job.salary.min, salaryMax: job.salary.max, salaryCurrency: job.salary.currency }) : '';
  return (
    <li className="card job-result">
      <div className="card-heading">
        <div>
          <h4>
            <PostingTitle title={job.title} url={job.url} />
          </h4>
          <p className="meta">
            {job.company}
            {place && ` · ${place}`}
          </p>
          {salary && <p className="meta">{salary}</p>}
        </div>
        {job.match && <ScoreBadge score={job.match.score} />}
      </div>
      {job.match && <p className="match-summary">{job.match.summary}</p>}
      {job.snippet && <p className="snippet">{job.snippet}</p>}
      <div className="actions">
        <SaveJobButton jobId={job.id} title={job.title} />
        {job.publishedAt && <span className="fine-print">Posted {formatDate(job.publishedAt)}</span>}
      </div>
    </li>
  );
}
