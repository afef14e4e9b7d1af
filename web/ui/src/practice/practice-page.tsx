import { ApplicationStartForm } from '../shared/application-start-form.tsx';
import { callApi } from '../shared/api.ts';
import { ErrorNotice } from '../shared/error-notice.tsx';
import { formatDateTime } from '../shared/format.ts';
import { ProgressNote } from '../shared/progress-note.tsx';
import { useApiData } from '../shared/use-api-data.ts';
import { usePageTitle } from '../shared/use-page-title.ts';
import { Link } from '../routing.tsx';
import type { ListApplicationsOutput } from '../tool-types.ts';
import { PracticeSession } from './practice-session.tsx';
import type { InterviewPractice, PracticeSummary } from './practice-types.ts';

const stateWords: Record<PracticeSummary['state'], string> = {
  answering: 'In progress',
  scored: 'Scored',
  needs_model: 'Answers saved, not scored',
};

/** Mock interviews: start one for an application in the pipeline, or go back to one. */
export function PracticePage({ practiceId }: { practiceId?: string }) {
  usePageTitle('Interview practice');
  if (practiceId) return <PracticeSession practiceId={practiceId} />;
  return <PracticeList />;
}

function PracticeList() {
  const practices = useApiData<{ practices: PracticeSummary[]; scoringAvailable: boolean }>('/api/interviews');
  const applications = useApiData<ListApplicationsOutput>('/api/applications');
  async function start(applicationId: string) {
    const { practice } = await callApi<{ practice: InterviewPractice }>('/api/interviews', { body: { applicationId } });
    return `/practice/${practice.id}`;
  }

  async function remove(practice: PracticeSummary) {
    if (!window.confirm(`Delete the mock interview for ${practice.title} at ${practice.company}, with its answers and report?`)) return;
    await callApi(`/api/interviews/${practice.id}`, { method: 'DELETE' }).catch(() => undefined);
    practices.reload();
  }

  const pipeline = applications.data?.applications ?? [];
  return (
    <section>
      <h1>Interview practice</h1>
      <p className="muted">
        Practise for an application: questions come from its posting and your CV. Type your answers, or speak them where your browser recognises speech
        on your device.
        {practices.data && !practices.data.scoringAvailable && ' Scoring needs a model; without one your answers are kept unscored.'}
      </p>
      <ErrorNotice error={practices.error ?? applications.error} />
      {pipeline.length === 0 && applications.data && (
        <p className="empty-state">
          <strong>Nothing to practise for yet.</strong> Save a job to your pipeline first; its posting gives the questions.
        </p>
      )}
      {pipeline.length > 0 && (
        <ApplicationStartForm applications={pipeline} action="Start a mock interview" working="Starting…" start={start} />
      )}
      {practices.loading && !practices.data && <ProgressNote>Loading your mock interviews…</ProgressNote>}
      <ul className="card-list">
        {practices.data?.practices.map((practice) => (
          <li key={practice.id} className="card">
            <div className="card-heading">
              <div>
                <h2>
                  <Link to={`/practice/${practice.id}`}>
                    {practice.title} at {practice.company}
                  </Link>
                </h2>
                <p className="meta">
                  {stateWords[practice.state]} · {practice.answeredCount} of {practice.questionCount} answered
                  {practice.overallScore !== null && ` · overall ${practice.overallScore} / 5`} · started {formatDateTime(practice.createdAt)}
                </p>
              </div>
              <div className="actions">
                <button type="button" className="danger small" onClick={() => void remove(practice)}>
                  Delete<span className="visually-hidden"> mock interview for {practice.title}</span>
                </button>
              </div>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
