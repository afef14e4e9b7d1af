import type { MatchReport } from '../../tool-types.ts';

/** Skills the CV shows, each with the passage that shows it quoted, then the skills it lacks. */
export function SkillEvidence({ heading, group }: { heading: string; group: MatchReport['requiredSkills'] }) {
  if (group.found.length === 0 && group.missing.length === 0) return null;
  return (
    <div className="skill-evidence">
      <h5>{heading}</h5>
      {group.found.length > 0 && (
        <ul className="evidence-list">
          {group.found.map((found) => (
            <li key={found.skill}>
              <strong>{found.skill}</strong>
              {found.asWritten.toLowerCase() !== found.skill.toLowerCase() && <span className="muted"> (your CV says “{found.asWritten}”)</span>}
              <blockquote>
                {found.evidence.section && <span className="visually-hidden">From {found.evidence.section}: </span>}
                {found.evidence.quote}
              </blockquote>
            </li>
          ))}
        </ul>
      )}
      {group.missing.length > 0 && (
        <>
          <p className="meta">Not found in your CV:</p>
          <ul className="tags">
            {group.missing.map((skill) => (
              <li key={skill} className="tag missing">
                {skill}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
