import { ApplicationStartForm } from '../shared/application-start-form.tsx';
import { callApi } from '../shared/api.ts';
import { ErrorNotice } from '../shared/error-notice.tsx';
import { formatDateTime } from '../shared/format.ts';
import { ProgressNote } from '../shared/progress-note.tsx';
import { useApiData } from '../shared/use-api-data.ts';
import { usePageTitle } from '../shared/use-page-title.ts';
import { Link } from '../routing.tsx';
import type { ListApplicationsOutput } from '../tool-types.ts';
import { ResumeEditor } from './resume-editor.tsx';
import type { ResumeVersion, ResumeVersionSummary } from './resume-types.ts';

/** Résumés tailored to applications: make one, or open a version to read, edit and export. */
export function ResumesPage({ resumeId }: { resumeId?: string }) {
  usePageTitle('Résumés');
  if (resumeId) return <ResumeEditor resumeId={resumeId} />;
  return <ResumeList />;
}

function ResumeList() {
  const resumes = useApiData<{ resumes: ResumeVersionSummary[]; rewordingAvailable: boolean }>('/api/resumes');
  const applications = useApiData<ListApplicationsOutput>('/api/applications');
  async function tailor(applicationId: string, form: FormData) {
    const { resume } = await callApi<{ resume: ResumeVersion }>('/api/resumes', { body: { applicationId, reword: form.get('reword') === 'on' } });
    return `/resumes/${resume.id}`;
  }

  async function remove(summary: ResumeVersionSummary) {
    if (!window.confirm(`Delete version ${summary.version} of the résumé for ${summary.title} at ${summary.company}?`)) return;
    await callApi(`/api/resumes/${summary.id}`, { method: 'DELETE' }).catch(() => undefined);
    resumes.reload();
  }

  const pipeline = applications.data?.applications ?? [];
  return (
    <section>
      <h1>Résumés</h1>
      <p className="muted">
        A résumé for one application, built only from your CV: the lines that matter to the posting first, each one traceable to your CV. Atlas never
        adds a skill or a number your CV does not state. Export it as PDF or Word in a plain one-column layout that applicant tracking systems read.
      </p>
      <ErrorNotice error={resumes.error ?? applications.error} />
      {pipeline.length === 0 && applications.data && (
        <p className="empty-state">
          <strong>No applications yet.</strong> Save a job to your pipeline and upload your CV; then tailor a résumé for it here.
        </p>
      )}
      {pipeline.length > 0 && (
        <ApplicationStartForm applications={pipeline} action="Tailor a résumé" working="Tailoring…" start={tailor}>
          {resumes.data?.rewordingAvailable && (
            <label className="checkbox-label">
              <input type="checkbox" name="reword" defaultChecked /> Let the model reword lines (each checked against your CV)
            </label>
          )}
        </ApplicationStartForm>
      )}
      {resumes.loading && !resumes.data && <ProgressNote>Loading your résumés…</ProgressNote>}
      <ul className="card-list">
        {resumes.data?.resumes.map((summary) => (
          <li key={summary.id} className="card">
            <div className="card-heading">
              <div>
                <h2>
                  <Link to={`/resumes/${summary.id}`}>
                    {summary.title} at {summary.company} — version {summary.version}
                  </Link>
                </h2>
                <p className="meta">
                  {summary.origin === 'edited' ? 'Edited by you' : summary.modelWritten ? 'Tailored, reworded by the model' : 'Tailored from your own lines'} ·{' '}
                  {summary.requiredCovered} of {summary.requiredTotal} required keywords shown · {formatDateTime(summary.createdAt)}
                </p>
              </div>
              <div className="actions">
                <button type="button" className="danger small" onClick={() => void remove(summary)}>
                  Delete<span className="visually-hidden"> version {summary.version} for {summary.title}</span>
                </button>
              </div>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
