import { useState, type FormEvent } from 'react';
import type { StoredSearchProfile } from '../../../../tools/search-profile.ts';
import { JobsForYou } from '../jobs/jobs-for-you.tsx';
import { Link } from '../routing.tsx';
import { ApiError, callApi } from '../shared/api.ts';
import { ErrorNotice } from '../shared/error-notice.tsx';
import { ProgressNote } from '../shared/progress-note.tsx';
import { useApiData } from '../shared/use-api-data.ts';
import { usePageTitle } from '../shared/use-page-title.ts';

interface CvSummary {
  fileName: string;
  passages: unknown[];
}

const remoteChoices = [
  { value: '', label: 'No preference' },
  { value: 'remote', label: 'Fully remote only' },
  { value: 'hybrid', label: 'Hybrid' },
  { value: 'onsite', label: 'In an office' },
];

/** One entry per line or comma, blank ones dropped: "Berlin, Remote in Europe" is two places. */
function entries(value: FormDataEntryValue | null) {
  return String(value ?? '')
    .split(/[\n,]/)
    .map((entry) => entry.trim())
    .filter(Boolean);
}

function StepHeading({ number, title, done, id }: { number: number; title: string; done: boolean; id: string }) {
  return (
    <h2 id={id}>
      <span className={`step-number${done ? ' done' : ''}`} aria-hidden="true">
        {done ? '✓' : number}
      </span>{' '}
      {title}
      {done && <span className="visually-hidden"> (done)</span>}
    </h2>
  );
}

/** Step 1: the CV, which ranks jobs by fit and is quoted as evidence. */
function UploadCvStep({ cv, onUploaded }: { cv: CvSummary | null | undefined; onUploaded: () => void }) {
  const [uploading, setUploading] = useState(false);
  const [failure, setFailure] = useState<unknown>();

  async function upload(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const file = (event.currentTarget.elements.namedItem('file') as HTMLInputElement).files?.[0];
    if (!file) return setFailure('Choose a file first');
    const body = new FormData();
    body.set('file', file);
    setUploading(true);
    setFailure(undefined);
    try {
      await callApi('/api/cv', { method: 'PUT', body });
      onUploaded();
    } catch (error) {
      setFailure(error);
    } finally {
      setUploading(false);
    }
  }

  return (
    <section className="panel step" aria-labelledby="step-cv">
      <StepHeading number={1} title="Upload your CV" done={Boolean(cv)} id="step-cv" />
      {cv ? (
        <p role="status">
          Atlas read <strong>{cv.fileName}</strong> ({cv.passages.length} passages). <Link to="/cv">See or replace it on the CV page</Link>.
        </p>
      ) : (
        <>
          <p>Atlas ranks jobs by how well your CV fits them and quotes it as evidence. It stays in your account; you can delete it any time.</p>
          <form className="inline-form" onSubmit={upload}>
            <label>
              Your CV (PDF, DOCX, Markdown or plain text, up to 5 MB)
              <input name="file" type="file" accept=".pdf,.docx,.md,.markdown,.txt,application/pdf,text/plain,text/markdown" required />
            </label>
            <button type="submit" disabled={uploading || cv === undefined}>
              Upload CV
            </button>
          </form>
          {uploading && <ProgressNote>Reading your CV and indexing its passages…</ProgressNote>}
          <ErrorNotice error={failure} />
          <p className="fine-print">No CV at hand? Skip this step: search works without one, ranked by your preferences and the newest jobs.</p>
        </>
      )}
    </section>
  );
}

/** Step 2: roles, places, remote and pay, saved in the search profile every search and chat turn reads. */
function PreferencesStep({ profile, onSaved }: { profile: StoredSearchProfile | undefined; onSaved: (profile: StoredSearchProfile) => void }) {
  const [failure, setFailure] = useState<unknown>();
  const [saved, setSaved] = useState(false);
  const done = Boolean(profile?.updatedAt);

  async function save(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!profile) return;
    const form = new FormData(event.currentTarget);
    const salary = String(form.get('salaryFloor') ?? '').trim();
    const currency = String(form.get('salaryCurrency') ?? '').trim();
    try {
      // Only these four are asked here; seniority, deal-breakers and companies to avoid stay as they are.
      const { updatedAt: _updatedAt, ...rest } = profile;
      const result = await callApi<{ profile: StoredSearchProfile }>('/api/profile', {
        method: 'PUT',
        body: {
          ...rest,
          targetRoles: entries(form.get('targetRoles')),
          locations: entries(form.get('locations')),
          remotePreference: String(form.get('remotePreference') ?? '') || null,
          salaryFloor: salary === '' ? null : Number(salary),
          salaryCurrency: salary === '' ? null : currency || null,
        },
      });
      setFailure(undefined);
      setSaved(true);
      onSaved(result.profile);
    } catch (error) {
      setSaved(false);
      setFailure(error);
    }
  }

  return (
    <section className="panel step" aria-labelledby="step-preferences">
      <StepHeading number={2} title="Say what you are looking for" done={done} id="step-preferences" />
      <p>Atlas uses these as your default search filters and in every match score; chat reads them too. Change them later in Settings.</p>
      {profile && (
        <form key={profile.updatedAt ?? 'empty'} onSubmit={save} onChange={() => setSaved(false)} aria-label="What you are looking for">
          <div className="two-columns">
            <label>
              Roles (comma or one per line)
              <textarea name="targetRoles" rows={2} placeholder="Backend Engineer, Platform Engineer" defaultValue={profile.targetRoles.join('\n')} />
            </label>
            <label>
              Places (comma or one per line)
              <textarea name="locations" rows={2} placeholder="Berlin, Remote in Europe" defaultValue={profile.locations.join('\n')} />
            </label>
          </div>
          <div className="filters">
            <label>
              Remote
              <select name="remotePreference" defaultValue={profile.remotePreference === 'any' ? '' : (profile.remotePreference ?? '')}>
                {remoteChoices.map((choice) => (
                  <option key={choice.value} value={choice.value}>
                    {choice.label}
                  </option>
                ))}
              </select>
            </label>
            <label>
              Lowest yearly pay
              <input name="salaryFloor" type="number" min={0} step={1000} inputMode="numeric" defaultValue={profile.salaryFloor ?? ''} />
            </label>
            <label>
              Currency
              <input name="salaryCurrency" maxLength={3} placeholder="EUR" defaultValue={profile.salaryCurrency ?? ''} />
            </label>
          </div>
          <ErrorNotice error={failure} />
          {saved && (
            <p className="success" role="status">
              Saved. Now see the jobs that fit below.
            </p>
          )}
          <button type="submit">Save what I look for</button>
        </form>
      )}
    </section>
  );
}

/**
 * The first-run path: upload a CV, say what you look for, see the jobs that fit. Each step says
 * whether it is done, and every step can be skipped; the last one is the "For you" list itself.
 */
export function GetStartedPage() {
  usePageTitle('Get started');
  const cv = useApiData<{ cv: CvSummary }>('/api/cv');
  const profile = useApiData<{ profile: StoredSearchProfile }>('/api/profile');
  // Ranked again whenever the CV or the preferences change, so step 3 always reflects them.
  const [changes, setChanges] = useState(0);
  const noCv = cv.error instanceof ApiError && cv.error.status === 404;
  const cvSummary = noCv ? null : cv.data?.cv;

  return (
    <section className="get-started">
      <h1>Get started</h1>
      <p className="muted">Three steps to the jobs that fit you. Nothing is sent anywhere on your behalf.</p>
      <ErrorNotice error={noCv ? undefined : cv.error} />
      <ErrorNotice error={profile.error} />
      <UploadCvStep
        cv={cvSummary}
        onUploaded={() => {
          cv.reload();
          setChanges((count) => count + 1);
        }}
      />
      <PreferencesStep
        profile={profile.data?.profile}
        onSaved={(saved) => {
          profile.setData({ profile: saved });
          setChanges((count) => count + 1);
        }}
      />
      <JobsForYou catalogueVersion={changes} heading="3. See the jobs for you">
        <p className="fine-print">
          Few jobs, or none? <Link to="/jobs">On the Jobs page</Link>, find jobs on the open job boards for your roles, follow a company's board or
          import a job link. Then <Link to="/chat">ask Atlas in chat</Link> to compare jobs, explain a match or draft outreach.
        </p>
      </JobsForYou>
    </section>
  );
}
