import { PostingTitle } from '../shared/posting-title.tsx';
import { formatDate, formatSalaryRange } from '../shared/format.ts';
import { ScoreBadge } from '../shared/score-badge.tsx';
import type { SearchResult } from '../tool-types.ts';
import { SaveJobButton } from './save-job-button.tsx';

/**
 * One posting from a search: what, where, pay, how well it fits, and a way to keep it. The badge is
 * the fit the results are ordered by (the request, the CV and the saved preferences together), so the
 * numbers read down the list in order; the CV match alone is the line under it. `showFit` is false
 * for a list of the newest jobs, which no score ordered; `orderedByModel` for a list whose top the AI
 * model re-ordered, each such result with the model's reason.
 */
export function JobResult({ job, showFit = true, orderedByModel = false }: { job: SearchResult; showFit?: boolean; orderedByModel?: boolean }) {
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
        {showFit && (
          <ScoreBadge
            score={job.fit}
            label="Fit"
            explanation={
              orderedByModel
                ? `Fit ${job.fit} out of 100: Atlas's own score from your request, your CV and your saved preferences; the AI model re-ordered the top of this list`
                : `Fit ${job.fit} out of 100: what this list is ordered by, from your request, your CV and your saved preferences together`
            }
          />
        )}
      </div>
      {job.match && (
        <p className="match-summary">
          <span className="cv-match">CV match {job.match.score}/100</span> · {job.match.summary}
        </p>
      )}
      {job.modelReason && (
        <p className="model-reason">
          <span className="fine-print">Why here, says the AI model:</span> {job.modelReason}
        </p>
      )}
      {job.snippet && <p className="snippet">{job.snippet}</p>}
      <div className="actions">
        <SaveJobButton jobId={job.id} title={job.title} />
        {job.publishedAt && <span className="fine-print">Posted {formatDate(job.publishedAt)}</span>}
      </div>
    </li>
  );
}
