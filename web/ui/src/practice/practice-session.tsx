import { useEffect, useRef, useState } from 'react';
import { callApi, describeError } from '../shared/api.ts';
import { ErrorNotice } from '../shared/error-notice.tsx';
import { ProgressNote } from '../shared/progress-note.tsx';
import { useApiData } from '../shared/use-api-data.ts';
import { Link } from '../routing.tsx';
import { InterviewReportView } from './interview-report-view.tsx';
import { installOnDeviceVoice, listenOnDevice, onDeviceVoiceSupport, type VoiceSupport } from './on-device-speech.ts';
import type { InterviewPractice, InterviewQuestion } from './practice-types.ts';

const kindWords: Record<InterviewQuestion['kind'], string> = {
  role: 'About the role',
  behavioural: 'Behavioural',
  skill: 'Your experience',
  gap: 'A gap in your CV',
};

/** One mock interview: each question with the user's answer box, then the scored report. */
export function PracticeSession({ practiceId }: { practiceId: string }) {
  const loaded = useApiData<{ practice: InterviewPractice; scoringAvailable: boolean }>(`/api/interviews/${practiceId}`);
  const [answers, setAnswers] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState<'saving' | 'scoring'>();
  const [notice, setNotice] = useState<string>();
  const [error, setError] = useState<string>();
  const [voice, setVoice] = useState<VoiceSupport>('unavailable');
  const lang = document.documentElement.lang || navigator.language || 'en-US';

  useEffect(() => {
    if (loaded.data) setAnswers(Object.fromEntries(loaded.data.practice.answers.map((answer) => [answer.questionId, answer.text])));
  }, [loaded.data]);
  useEffect(() => {
    void onDeviceVoiceSupport(lang).then(setVoice);
  }, [lang]);

  async function submit(score: boolean) {
    setBusy(score ? 'scoring' : 'saving');
    setError(undefined);
    setNotice(undefined);
    try {
      const body = {
        answers: Object.entries(answers)
          .filter(([, text]) => text.trim() !== '')
          .map(([questionId, text]) => ({ questionId, text })),
        score,
      };
      const result = await callApi<{ practice: InterviewPractice; message: string | null }>(`/api/interviews/${practiceId}/answers`, { body });
      loaded.setData((current) => current && { ...current, practice: result.practice });
      setNotice(result.message ?? (score ? 'Scored: the report is below.' : 'Answers saved.'));
    } catch (failure) {
      setError(describeError(failure));
    } finally {
      setBusy(undefined);
    }
  }

  const practice = loaded.data?.practice;
  return (
    <section>
      <p>
        <Link to="/practice">← All mock interviews</Link>
      </p>
      <h1>Mock interview</h1>
      <ErrorNotice error={loaded.error} />
      {loaded.loading && !practice && <ProgressNote>Loading the interview…</ProgressNote>}
      {practice && (
        <>
          <VoiceNote support={voice} lang={lang} onInstalled={() => setVoice('available')} />
          <ol className="practice-questions">
            {practice.questions.map((question) => (
              <li key={question.id} className="card">
                <p className="meta">
                  {kindWords[question.kind]} · <span className="muted">{question.basis}</span>
                </p>
                <label>
                  <span className="practice-question">{question.text}</span>
                  <textarea
                    value={answers[question.id] ?? ''}
                    maxLength={6000}
                    rows={5}
                    onChange={(event) => setAnswers((current) => ({ ...current, [question.id]: event.target.value }))}
                  />
                </label>
                {voice === 'available' && (
                  <SpeakButton lang={lang} onText={(text) => setAnswers((current) => ({ ...current, [question.id]: `${current[question.id] ?? ''} ${text}`.trim() }))} />
                )}
              </li>
            ))}
          </ol>
          <div className="actions">
            <button type="button" className="secondary" disabled={busy !== undefined} onClick={() => void submit(false)}>
              {busy === 'saving' ? 'Saving…' : 'Save answers'}
            </button>
            <button type="button" disabled={busy !== undefined} onClick={() => void submit(true)}>
              {busy === 'scoring' ? 'Scoring… (this can take a minute)' : 'Score my answers'}
            </button>
            <a className="button secondary" href={`/api/interviews/${practice.id}/report.md`} download>
              Download as Markdown
            </a>
          </div>
          {notice && <p role="status">{notice}</p>}
          {error && <p role="alert" className="error">{error}</p>}
          {practice.report && <InterviewReportView report={practice.report} questions={practice.questions} />}
        </>
      )}
    </section>
  );
}

function VoiceNote({ support, lang, onInstalled }: { support: VoiceSupport; lang: string; onInstalled: () => void }) {
  const [installing, setInstalling] = useState(false);
  if (support === 'available') return <p className="muted">You can speak your answers: your browser turns speech into text on this device. Audio never leaves it, and Atlas never receives or stores audio.</p>;
  if (support === 'downloadable')
    return (
      <p className="muted">
        Your browser can recognise speech on this device once it has the language pack.{' '}
        <button
          type="button"
          className="secondary small"
          disabled={installing}
          onClick={() => {
            setInstalling(true);
            void installOnDeviceVoice(lang).then((installed) => (installed ? onInstalled() : setInstalling(false)));
          }}
        >
          {installing ? 'Getting it…' : 'Get on-device speech recognition'}
        </button>
      </p>
    );
  return <p className="muted">Type your answers. Voice answers are offered only where the browser recognises speech on the device, so audio never leaves it.</p>;
}

function SpeakButton({ lang, onText }: { lang: string; onText: (text: string) => void }) {
  const [listening, setListening] = useState(false);
  const [problem, setProblem] = useState<string>();
  const stop = useRef<() => void>(undefined);
  useEffect(() => () => stop.current?.(), []);
  return (
    <p>
      <button
        type="button"
        className="secondary small"
        aria-pressed={listening}
        onClick={() => {
          if (listening) {
            stop.current?.();
            return;
          }
          setProblem(undefined);
          setListening(true);
          stop.current = listenOnDevice({
            lang,
            onText,
            onEnd: (failure) => {
              setListening(false);
              setProblem(failure);
            },
          });
        }}
      >
        {listening ? 'Stop listening' : 'Speak your answer'}
      </button>
      {problem && <span className="error"> {problem}</span>}
    </p>
  );
}
