import { Link } from '../../routing.tsx';
import { statusLabels } from '../../pipeline/statuses.ts';
import type { Application } from '../../tool-types.ts';

/** One application the agent saved or changed, where it stands now. */
export function ApplicationChangeCard({ application, summary }: { application: Application; summary: string }) {
  return (
    <section className="tool-card card" aria-label="Application">
      <p>
        <strong>{summary}:</strong> {application.title} at {application.company}{' '}
        <span className="badge">{statusLabels[application.status]}</span> <span className="meta">in {application.group}</span>
      </p>
      {application.notes && <p className="meta">Notes: {application.notes}</p>}
      <Link to="/pipeline">Open the board</Link>
    </section>
  );
}
