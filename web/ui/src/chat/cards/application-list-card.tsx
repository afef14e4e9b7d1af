import { Link } from '../../routing.tsx';
import { countOf } from '../../shared/format.ts';
import { statusLabels } from '../../pipeline/statuses.ts';
import type { ListApplicationsOutput } from '../../tool-types.ts';

/** Applications the agent looked at, each with its stage and group. */
export function ApplicationListCard({ output }: { output: ListApplicationsOutput }) {
  return (
    <section className="tool-card card" aria-label="Applications">
      <h3>
        {countOf(output.total, 'application')} in your pipeline · <Link to="/pipeline">Open the board</Link>
      </h3>
      <ul className="card-list">
        {output.applications.map((application) => (
          <li key={application.id} className="application-line">
            <span>
              <strong>{application.title}</strong> at {application.company}
            </span>
            <span className="badge">{statusLabels[application.status]}</span>
            <span className="meta">{application.group}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
