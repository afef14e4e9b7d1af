import { useState, type FormEvent } from 'react';
import { ApiError, callApi } from '../shared/api.ts';
import { ErrorNotice } from '../shared/error-notice.tsx';
import { formatDateTime } from '../shared/format.ts';
import { ProgressNote } from '../shared/progress-note.tsx';
import { useApiData } from '../shared/use-api-data.ts';
import { usePageTitle } from '../shared/use-page-title.ts';
import { CvPassages } from './cv-passages.tsx';

interface Cv {
  fileName: string;
  mediaType: string;
  uploadedAt: string;
  text: string;
  passages: { id: string; position: number; section: string | null; text: string }[];
}

/** Upload a CV (replacing the previous one whole), see what Atlas read from it, or delete it. */
export function CvPage() {
  usePageTitle('CV');
  const cv = useApiData<{ cv: Cv }>('/api/cv');
  const [uploading, setUploading] = useState(false);
  const [failure, setFailure] = useState<unknown>();
  // "No CV yet" is an answer, not a failure.
  const noCv = cv.error instanceof ApiError && cv.error.status === 404;
  const current = noCv ? undefined : cv.data?.cv;

  async function upload(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formElement = event.currentTarget;
    const file = (formElement.elements.namedItem('file') as HTMLInputElement).files?.[0];
    if (!file) return setFailure('Choose a file first');
    const body = new FormData();
    body.set('file', file);
    setUploading(true);
    setFailure(undefined);
    try {
      const result = await callApi<{ cv: Cv }>('/api/cv', { method: 'PUT', body });
      cv.setData(result);
      cv.reload();
      formElement.reset();
    } catch (error) {
      setFailure(error);
    } finally {
      setUploading(false);
    }
  }

  async function remove() {
    if (!window.confirm('Delete your CV and everything Atlas derived from it?')) return;
    try {
      await callApi('/api/cv', { method: 'DELETE' });
      cv.reload();
    } catch (error) {
      setFailure(error);
    }
  }

  return (
    <section>
      <h1>CV</h1>
      <p className="muted">
        Atlas matches jobs against your CV and quotes it as evidence. A CV is optional: search works without one. A new upload replaces the
        previous CV and everything derived from it.
      </p>
      <form className="panel inline-form" onSubmit={upload}>
        <label>
          {current ? 'Replace your CV' : 'Upload your CV'} (PDF, DOCX, Markdown or plain text, up to 5 MB)
          <input name="file" type="file" accept=".pdf,.docx,.md,.markdown,.txt,application/pdf,text/plain,text/markdown" required />
        </label>
        <button type="submit" disabled={uploading}>
          {current ? 'Replace CV' : 'Upload CV'}
        </button>
      </form>
      {uploading && <ProgressNote>Reading your CV and indexing its passages…</ProgressNote>}
      <ErrorNotice error={failure ?? (noCv ? undefined : cv.error)} />
      {cv.loading && !cv.data && !cv.error && <ProgressNote>Loading your CV…</ProgressNote>}
      {noCv && !uploading && (
        <p className="empty-state">
          <strong>No CV uploaded yet.</strong> Choose your CV file above and press Upload CV: Atlas then ranks jobs by how well you fit them
          and quotes your CV as evidence. You can delete it here at any time.
        </p>
      )}
      {current && (
        <article className="panel" aria-labelledby="cv-heading">
          <div className="card-heading">
            <div>
              <h2 id="cv-heading">{current.fileName}</h2>
              <p className="meta">Uploaded {formatDateTime(current.uploadedAt)}</p>
            </div>
            <button type="button" className="danger small" onClick={() => void remove()}>
              Delete CV
            </button>
          </div>
          <CvPassages passages={current.passages} />
          <details>
            <summary>The full text Atlas read</summary>
            <pre className="cv-text">{current.text}</pre>
          </details>
        </article>
      )}
    </section>
  );
}
