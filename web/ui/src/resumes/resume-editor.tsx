import { useEffect, useState } from 'react';
import { callApi, describeError } from '../shared/api.ts';
import { ErrorNotice } from '../shared/error-notice.tsx';
import { ProgressNote } from '../shared/progress-note.tsx';
import { useApiData } from '../shared/use-api-data.ts';
import { Link, navigate } from '../routing.tsx';
import { KeywordReportTable } from './keyword-report-table.tsx';
import type { CitedPassage, JsonResume, ResumeVersion } from './resume-types.ts';

/** One résumé version: where each line comes from, the keyword report, edits saved as a new version, and exports. */
export function ResumeEditor({ resumeId }: { resumeId: string }) {
  const loaded = useApiData<{ resume: ResumeVersion; passages: CitedPassage[] }>(`/api/resumes/${resumeId}`);
  const [draft, setDraft] = useState<JsonResume>();
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string>();

  useEffect(() => {
    if (loaded.data) setDraft(structuredClone(loaded.data.resume.tailored.resume));
  }, [loaded.data]);

  const version = loaded.data?.resume;
  const sources = new Map(version?.tailored.citations.map((citation) => [citation.pointer, citation.passageIds]) ?? []);
  const passages = new Map(loaded.data?.passages.map((passage) => [passage.id, passage]) ?? []);
  const changed = version && draft && JSON.stringify(draft) !== JSON.stringify(version.tailored.resume);

  async function save() {
    if (!version || !draft) return;
    setSaving(true);
    setError(undefined);
    try {
      const { resume } = await callApi<{ resume: ResumeVersion }>(`/api/resumes/${version.id}`, {
        method: 'PUT',
        body: { resume: draft, sectionOrder: version.tailored.sectionOrder },
      });
      navigate(`/resumes/${resume.id}`);
    } catch (failure) {
      setError(describeError(failure));
    } finally {
      setSaving(false);
    }
  }

  function Source({ pointer }: { pointer: string }) {
    const ids = sources.get(pointer);
    if (!ids) return <span className="muted small"> Your words</span>;
    return (
      <details className="line-source">
        <summary>From your CV</summary>
        {ids.map((id) => (
          <blockquote key={id}>{passages.get(id)?.text ?? 'a CV passage since replaced'}</blockquote>
        ))}
      </details>
    );
  }

  return (
    <section>
      <p>
        <Link to="/resumes">← All résumés</Link>
      </p>
      <h1>Résumé{version && `, version ${version.version}`}</h1>
      <ErrorNotice error={loaded.error} />
      {loaded.loading && !version && <ProgressNote>Loading the résumé…</ProgressNote>}
      {version && draft && (
        <>
          <p className="meta">
            {version.origin === 'edited' ? 'Edited by you.' : version.modelWritten ? 'Reworded by the model; every line checked against your CV.' : 'Your CV’s own lines, chosen and ordered for this posting.'}
          </p>
          <div className="actions">
            <a className="button" href={`/api/resumes/${version.id}/resume.pdf?pageSize=A4`} download>
              Download PDF (A4)
            </a>
            <a className="button secondary" href={`/api/resumes/${version.id}/resume.pdf?pageSize=LETTER`} download>
              PDF (Letter)
            </a>
            <a className="button secondary" href={`/api/resumes/${version.id}/resume.docx`} download>
              Word (DOCX)
            </a>
            <a className="button secondary" href={`/api/resumes/${version.id}/resume.json`} download>
              JSON Resume
            </a>
          </div>
          {version.tailored.removedClaims.length > 0 && (
            <div role="note" className="notice">
              <strong>Left out because your CV does not say it:</strong>
              <ul>
                {version.tailored.removedClaims.map((claim) => (
                  <li key={claim.text}>
                    “{claim.text}” — {claim.reason}
                  </li>
                ))}
              </ul>
            </div>
          )}
          <KeywordReportTable {...version.keywordReport} />
          <h2>Content</h2>
          <p className="muted">Edit any line; saving keeps this version and adds a new one. Lines you change are marked as your words.</p>
          {draft.basics && (
            <fieldset>
              <legend>{draft.basics.name ?? 'Header'}</legend>
              <label>
                Summary
                <textarea
                  value={draft.basics.summary ?? ''}
                  rows={4}
                  onChange={(event) => setDraft({ ...draft, basics: { ...draft.basics, summary: event.target.value } })}
                />
              </label>
              {draft.basics.summary !== undefined && <Source pointer="/basics/summary" />}
            </fieldset>
          )}
          {draft.work?.map((entry, entryIndex) => (
            <fieldset key={entryIndex}>
              <legend>
                {[entry.position, entry.name].filter(Boolean).join(', ')} {[entry.startDate, entry.endDate].filter(Boolean).join(' – ')}
              </legend>
              {entry.highlights?.map((highlight, lineIndex) => (
                <div key={lineIndex} className="resume-line">
                  <label>
                    <span className="visually-hidden">
                      Bullet {lineIndex + 1} of {entry.position ?? 'this role'}
                    </span>
                    <textarea
                      value={highlight}
                      rows={2}
                      onChange={(event) => {
                        const work = structuredClone(draft.work!);
                        work[entryIndex]!.highlights![lineIndex] = event.target.value;
                        setDraft({ ...draft, work });
                      }}
                    />
                  </label>
                  <button
                    type="button"
                    className="secondary small"
                    onClick={() => {
                      const work = structuredClone(draft.work!);
                      work[entryIndex]!.highlights!.splice(lineIndex, 1);
                      setDraft({ ...draft, work });
                    }}
                  >
                    Remove<span className="visually-hidden"> bullet {lineIndex + 1}</span>
                  </button>
                  <Source pointer={`/work/${entryIndex}/highlights/${lineIndex}`} />
                </div>
              ))}
            </fieldset>
          ))}
          {draft.skills && draft.skills.length > 0 && (
            <fieldset>
              <legend>Skills</legend>
              {draft.skills.map((skill, index) => (
                <label key={index}>
                  {skill.name ?? 'Skills'}
                  <input
                    value={(skill.keywords ?? []).join(', ')}
                    onChange={(event) => {
                      const skills = structuredClone(draft.skills!);
                      skills[index]!.keywords = event.target.value.split(',').map((word) => word.trim()).filter(Boolean);
                      setDraft({ ...draft, skills });
                    }}
                  />
                </label>
              ))}
            </fieldset>
          )}
          <div className="actions">
            <button type="button" disabled={!changed || saving} onClick={() => void save()}>
              {saving ? 'Saving…' : 'Save as a new version'}
            </button>
            {changed && (
              <button type="button" className="secondary" onClick={() => setDraft(structuredClone(version.tailored.resume))}>
                Undo changes
              </button>
            )}
          </div>
          {error && (
            <p role="alert" className="error">
              {error}
            </p>
          )}
        </>
      )}
    </section>
  );
}
