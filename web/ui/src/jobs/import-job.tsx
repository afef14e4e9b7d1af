import { useState, type FormEvent } from 'react';
import { callApi } from '../shared/api.ts';
import { ErrorNotice } from '../shared/error-notice.tsx';
import { formatSalaryRange } from '../shared/format.ts';
import { ProgressNote } from '../shared/progress-note.tsx';
import { Link } from '../routing.tsx';
import type { ImportJobOutput } from '../tool-types.ts';
import { SaveJobButton } from './save-job-button.tsx';

const outcomeWords: Record<ImportJobOutput['outcome'], string> = {
  added: 'Imported',
  updated: 'Updated',
  unchanged: 'Already in the catalogue, unchanged',
};

/** Any job posting page (on a board Atlas follows, or a page with schema.org JobPosting data) into the catalogue. */
export function ImportJob() {
  const [imported, setImported] = useState<ImportJobOutput>();
  const [importing, setImporting] = useState(false);
  const [failure, setFailure] = useState<unknown>();

  async function importFrom(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const url = String(new FormData(event.currentTarget).get('url') ?? '').trim();
    setImporting(true);
    setImported(undefined);
    try {
      setImported(await callApi<ImportJobOutput>('/api/jobs/import', { body: { url } }));
      setFailure(undefined);
    } catch (error) {
      setFailure(error);
    } finally {
      setImporting(false);
    }
  }

  return (
    <section className="panel" aria-labelledby="import-heading">
      <h2 id="import-heading">Import a job by its address</h2>
      <form onSubmit={importFrom} className="inline-form">
        <label>
          Posting URL
          <input name="url" type="url" required placeholder="https://boards.greenhouse.io/acme/jobs/123" maxLength={2000} />
        </label>
        <button type="submit" disabled={importing}>
          Import
        </button>
      </form>
      {importing && <ProgressNote>Reading the posting…</ProgressNote>}
      <ErrorNotice error={failure} />
      {imported && (
        <div className="card" role="status">
          <p>
            <strong>{outcomeWords[imported.outcome]}:</strong> {imported.job.title} at {imported.job.company}
          </p>
          <p className="meta">
            {[imported.job.locations.join(' · '), imported.job.workplaceType, formatSalaryRange(imported.job)].filter(Boolean).join(' — ')}
          </p>
          {imported.application ? (
            <span className="success">
              Already in your pipeline ({imported.application.status}) · <Link to="/pipeline">Open the board</Link>
            </span>
          ) : (
            <SaveJobButton jobId={imported.job.id} title={imported.job.title} />
          )}
        </div>
      )}
    </section>
  );
}
