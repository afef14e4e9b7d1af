import { useState, type DragEvent } from 'react';
import type { Application } from '../tool-types.ts';
import { ApplicationCard } from './application-card.tsx';
import { statusLabels, type ApplicationStatus } from './statuses.ts';

export const draggedApplicationType = 'application/x-atlas-application';

/** One stage of the pipeline; a card dropped here moves to this stage. */
export function BoardColumn(props: {
  status: ApplicationStatus;
  applications: Application[];
  findApplication: (id: string) => Application | undefined;
  onChange: (application: Application, fields: { status?: ApplicationStatus; notes?: string; group?: string }) => Promise<void>;
}) {
  const { status, applications, findApplication, onChange } = props;
  const [dropTarget, setDropTarget] = useState(false);

  function accept(event: DragEvent) {
    if (!event.dataTransfer.types.includes(draggedApplicationType)) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'move';
    setDropTarget(true);
  }

  function drop(event: DragEvent) {
    event.preventDefault();
    setDropTarget(false);
    const application = findApplication(event.dataTransfer.getData(draggedApplicationType));
    if (application && application.status !== status) void onChange(application, { status });
  }

  const headingId = `column-${status}`;
  return (
    <section
      className={`board-column${dropTarget ? ' drop-target' : ''}`}
      aria-labelledby={headingId}
      data-status={status}
      onDragOver={accept}
      onDragEnter={accept}
      onDragLeave={() => setDropTarget(false)}
      onDrop={drop}
    >
      <h2 id={headingId}>
        {statusLabels[status]} <span className="badge">{applications.length}</span>
      </h2>
      <ul>
        {applications.map((application) => (
          <ApplicationCard key={application.id} application={application} onChange={onChange} />
        ))}
      </ul>
    </section>
  );
}
