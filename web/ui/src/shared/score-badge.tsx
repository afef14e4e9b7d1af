/**
 * A 0–100 score, coloured by band, with the words for it (colour is never the only signal). `label`
 * names which score it is: the CV match (the default) or the fit results are ordered by.
 */
export function ScoreBadge({ score, label = 'Match score', explanation }: { score: number; label?: string; explanation?: string }) {
  const band = score >= 70 ? 'high' : score >= 40 ? 'medium' : 'low';
  return (
    <span className={`badge score-${band}`} title={explanation ?? `${label} ${score} out of 100`}>
      <span className="visually-hidden">{label} </span>
      {score}
      <span aria-hidden="true">/100</span>
      <span className="visually-hidden"> out of 100</span>
    </span>
  );
}
