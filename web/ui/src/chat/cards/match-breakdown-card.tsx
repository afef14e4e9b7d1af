import { ScoreBadge } from '../../shared/score-badge.tsx';
import type { MatchReport, ScoreMatchOutput } from '../../tool-types.ts';
import { FactorBars } from './factor-bars.tsx';
import { SkillEvidence } from './skill-evidence.tsx';

function MatchBreakdown({ match }: { match: MatchReport }) {
  return (
    <article className="card match-breakdown" aria-label={`Match for ${match.title} at ${match.company}`}>
      <div className="card-heading">
        <div>
          <h4>{match.title}</h4>
          <p className="meta">{match.company}</p>
        </div>
        <ScoreBadge score={match.score} />
      </div>
      <p className="match-summary">{match.summary}</p>
      <FactorBars factors={match.factors} />
      <SkillEvidence heading="Required skills" group={match.requiredSkills} />
      <SkillEvidence heading="Preferred skills" group={match.preferredSkills} />
      <dl className="fit-notes">
        {match.experience.fit !== null && (
          <>
            <dt>Experience</dt>
            <dd>{match.experience.note}</dd>
          </>
        )}
        {match.location.fit !== null && (
          <>
            <dt>Location</dt>
            <dd>
              {match.location.note}
              {match.location.evidence && <blockquote>{match.location.evidence.quote}</blockquote>}
            </dd>
          </>
        )}
        {match.salary && (
          <>
            <dt>Salary</dt>
            <dd>{match.salary.note}</dd>
          </>
        )}
        {match.semanticSimilarity && (
          <>
            <dt>Closest passage of your CV</dt>
            <dd>
              <blockquote>{match.semanticSimilarity.closestPassage.quote}</blockquote>
            </dd>
          </>
        )}
      </dl>
    </article>
  );
}

/** How well jobs fit the CV, factor by factor, with the CV's own words as evidence. */
export function MatchBreakdownCard({ output }: { output: ScoreMatchOutput }) {
  return (
    <section className="tool-card" aria-label="Match breakdown">
      <div className="card-list">
        {output.matches.map((match) => (
          <MatchBreakdown key={match.jobId} match={match} />
        ))}
      </div>
      <p className="fine-print">Scored from your CV and the posting, without a model. Skills count only when a CV passage names them.</p>
    </section>
  );
}
