import type { InterviewQuestion, InterviewReport } from './practice-types.ts';

const criterionWords = { structure: 'Structure', relevance: 'Relevance', evidence: 'Concrete evidence', clarity: 'Clarity' } as const;

const scoreLabel = (score: number | null) => (score === null ? '–' : `${score} / 5`);

/** The scored report: overall and per criterion, then each answer's scores with the sentence each rests on. */
export function InterviewReportView({ report, questions }: { report: InterviewReport; questions: InterviewQuestion[] }) {
  return (
    <section aria-labelledby="interview-report-heading" className="interview-report">
      <h2 id="interview-report-heading">Report: {scoreLabel(report.overall.score)} overall</h2>
      {report.overall.summary && <p>{report.overall.summary}</p>}
      <ul className="criterion-scores">
        {Object.entries(report.overall.byCriterion).map(([criterion, score]) => (
          <li key={criterion}>
            {criterionWords[criterion as keyof typeof criterionWords]}: <strong>{scoreLabel(score)}</strong>
          </li>
        ))}
      </ul>
      {report.overall.strengths.length > 0 && (
        <>
          <h3>Strengths</h3>
          <ul>
            {report.overall.strengths.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </>
      )}
      {report.overall.focus.length > 0 && (
        <>
          <h3>Practise next</h3>
          <ul>
            {report.overall.focus.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </>
      )}
      {report.answers.map((answer) => {
        const question = questions.find((candidate) => candidate.id === answer.questionId);
        return (
          <article key={answer.questionId} className="card">
            <h3>
              {answer.questionId}. {question?.text} <span className="badge">{scoreLabel(answer.average)}</span>
            </h3>
            <ul>
              {answer.scores.map((score) => (
                <li key={score.criterion}>
                  <strong>
                    {criterionWords[score.criterion]} {score.score}/5
                  </strong>{' '}
                  — <q>{score.quote}</q> {score.improvement}
                </li>
              ))}
              {answer.droppedScores.map((dropped) => (
                <li key={dropped.criterion} className="muted">
                  {criterionWords[dropped.criterion]}: not scored. {dropped.reason}
                </li>
              ))}
            </ul>
          </article>
        );
      })}
      {report.unanswered.length > 0 && <p className="muted">Not answered: {report.unanswered.join(', ')}.</p>}
    </section>
  );
}
