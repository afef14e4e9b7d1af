import type { KeywordEntry } from './resume-types.ts';

const statusWords: Record<KeywordEntry['status'], string> = {
  covered: 'Shown',
  'in-cv-not-shown': 'In your CV, not shown',
  gap: 'Not in your CV',
};

/** What the posting asks for and where the résumé shows it; a gap is never something to claim. */
export function KeywordReportTable({ keywords, requiredCovered, requiredTotal }: { keywords: KeywordEntry[]; requiredCovered: number; requiredTotal: number }) {
  if (keywords.length === 0) return <p className="muted">The posting names no skills or key phrases Atlas could read.</p>;
  return (
    <section aria-labelledby="keyword-report-heading">
      <h2 id="keyword-report-heading">
        Keywords: {requiredCovered} of {requiredTotal} required shown
      </h2>
      <p className="muted">Applicant tracking systems look for the posting's words. Show what your CV backs; never add what it does not.</p>
      <table className="keyword-report">
        <thead>
          <tr>
            <th scope="col">The posting asks for</th>
            <th scope="col">Weight</th>
            <th scope="col">In this résumé</th>
            <th scope="col">What you can do</th>
          </tr>
        </thead>
        <tbody>
          {keywords.map((entry) => (
            <tr key={`${entry.kind}:${entry.keyword}`} className={`keyword-${entry.status}`}>
              <th scope="row">{entry.keyword}</th>
              <td>{entry.weight}</td>
              <td>
                {statusWords[entry.status]}
                {entry.status === 'covered' && ` (${entry.occurrences}×)`}
              </td>
              <td>{entry.suggestion ?? (entry.status === 'gap' ? 'Your CV does not say this: leave it out, or speak to it in an interview.' : '')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
