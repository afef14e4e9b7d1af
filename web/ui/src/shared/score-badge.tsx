/** A 0–100 match score, coloured by band, with the words for it (colour is never the only signal). */
export function ScoreBadge({ score }: { score: number }) {
  const band = score >= 70 ? 'high' : score >= 40 ? 'medium' : 'low';
  return (
    <span className={`badge score-${band}`} title={`Match score ${score} out of 100`}>
      <span className="visually-hidden">Match score </span>
      {score}
      <span aria-hidden="true">/100</span>
      <span className="visually-hidden"> out of 100</span>
    </span>
  );
}
