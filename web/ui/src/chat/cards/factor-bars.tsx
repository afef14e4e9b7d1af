import type { MatchReport } from '../../tool-types.ts';

const factorLabels: Record<MatchReport['factors'][number]['factor'], string> = {
  role: 'Kind of work',
  experience: 'Level',
  location: 'Location',
  language: 'Languages',
  requirements: 'Requirements the CV covers',
  similarity: 'Similarity to your CV',
  salary: 'Salary',
};

/** One bar per factor the score is made of; a native meter, so its value is read out as well as drawn. */
export function FactorBars({ factors }: { factors: MatchReport['factors'] }) {
  return (
    <ul className="factor-bars" aria-label="Score factors">
      {factors.map(({ factor, fit, weight }) => {
        const percent = Math.round(fit * 100);
        return (
          <li key={factor} className="factor-bar">
            <span id={`factor-${factor}`}>{factorLabels[factor]}</span>
            <meter min={0} max={1} low={0.4} high={0.7} optimum={1} value={fit} aria-labelledby={`factor-${factor}`} title={`weight ${weight}`}>
              {percent}%
            </meter>
            <span className="number">{percent}%</span>
          </li>
        );
      })}
    </ul>
  );
}
