import { useState } from 'react';
import type { Application } from '../tool-types.ts';
import { PostingTitle } from '../shared/posting-title.tsx';
import { formatDate } from '../shared/format.ts';
import { ApplicationDetails } from './application-details.tsx';
import { draggedApplicationType } from './board-column.tsx';
import { pipelineStatuses, statusLabels, type ApplicationStatus } from './statuses.ts';

/** An application on the board: drag it, or move it with the Stage menu (the keyboard way). */
export function ApplicationCard(props: {
  application: Application;
  onChange: (application: Application, fields: { status?: ApplicationStatus; notes?: string; group?: string }) => Promise<void>;
}) {
  const { application, onChange } = props;
  const [open, setOpen] = useState(false);
  const stageId = `stage-${application.id}`;

  return (
    <li
      className="card application-card"
      draggable
      data-application-id={application.id}
      onDragStart={(event) => {
        event.dataTransfer.setData(draggedApplicationType, application.id);
        event.dataTransfer.effectAllowed = 'move';
      }}
    >
      <h3>
        <PostingTitle title={application.title} url={application.url} />
      </h3>
      <p className="meta">
        {application.company} · {application.group}
      </p>
      <p className="fine-print">Updated {formatDate(application.updatedAt)}</p>
      <label className="stage-select" htmlFor={stageId}>
        Stage<span className="visually-hidden"> of {application.title} at {application.company}</span>
      </label>
      <select
        id={stageId}
        value={application.status}
        onChange={(event) => void onChange(application, { status: event.target.value as ApplicationStatus })}
      >
        {pipelineStatuses.map((status) => (
          <option key={status} value={status}>
            {statusLabels[status]}
          </option>
        ))}
      </select>
      <button type="button" className="link-button small" aria-expanded={open} onClick={() => setOpen(!open)}>
        {open ? 'Hide details' : 'Notes and history'}
        <span className="visually-hidden"> for {application.title}</span>
      </button>
      {open && <ApplicationDetails application={application} onChange={onChange} />}
    </li>
  );
}
