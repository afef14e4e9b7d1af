import { useMemo, useState } from 'react';
import type { Application } from '../tool-types.ts';
import { callApi } from '../shared/api.ts';
import { ErrorNotice } from '../shared/error-notice.tsx';
import { countOf } from '../shared/format.ts';
import { ProgressNote } from '../shared/progress-note.tsx';
import { Link } from '../routing.tsx';
import { useApiData } from '../shared/use-api-data.ts';
import { usePageTitle } from '../shared/use-page-title.ts';
import { BoardColumn } from './board-column.tsx';
import { pipelineStatuses, statusLabels, type ApplicationStatus } from './statuses.ts';

const allGroups = '';

/** The pipeline as a board: one column per stage; move a card by its select or by dragging it. */
export function PipelinePage() {
  usePageTitle('Pipeline');
  const pipeline = useApiData<{ applications: Application[]; total: number }>('/api/applications');
  const [group, setGroup] = useState(allGroups);
  const [failure, setFailure] = useState<unknown>();
  const [announcement, setAnnouncement] = useState('');

  const applications = pipeline.data?.applications ?? [];
  const groups = useMemo(() => [...new Set(applications.map((application) => application.group))].sort(), [applications]);
  const shown = group === allGroups ? applications : applications.filter((application) => application.group === group);

  function replace(updated: Application) {
    pipeline.setData((current) =>
      current && { ...current, applications: current.applications.map((application) => (application.id === updated.id ? updated : application)) },
    );
  }

  async function change(application: Application, fields: { status?: ApplicationStatus; notes?: string; group?: string }) {
    // The card moves at once; if the server refuses, it moves back and the reason is shown.
    replace({ ...application, ...fields });
    try {
      const result = await callApi<{ application: Application }>(`/api/applications/${application.id}`, { method: 'PATCH', body: fields });
      replace(result.application);
      setFailure(undefined);
      if (fields.status) setAnnouncement(`Moved ${application.title} at ${application.company} to ${statusLabels[fields.status]}`);
      else setAnnouncement(`Saved ${application.title} at ${application.company}`);
    } catch (error) {
      replace(application);
      setFailure(error);
    }
  }

  return (
    <section>
      <div className="page-heading">
        <h1>Pipeline</h1>
        {groups.length > 0 && (
          <label className="group-filter">
            Group
            <select value={group} onChange={(event) => setGroup(event.target.value)}>
              <option value={allGroups}>All groups</option>
              {groups.map((name) => (
                <option key={name} value={name}>
                  {name}
                </option>
              ))}
            </select>
          </label>
        )}
      </div>
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
      <ErrorNotice error={failure ?? pipeline.error} />
      {pipeline.loading && !pipeline.data && <ProgressNote>Loading your pipeline…</ProgressNote>}
      {pipeline.data && applications.length === 0 && (
        <div className="empty-state">
          <p>
            <strong>Your pipeline is empty.</strong> It holds the jobs you are considering, applying to and interviewing for.
          </p>
          <ul>
            <li>
              On the <Link to="/jobs">Jobs page</Link>, search or press “Show jobs for me”, then Save the ones you like;
            </li>
            <li>or import a job link there, or ask in <Link to="/chat">Chat</Link>: “save the first one”.</li>
          </ul>
        </div>
      )}
      {applications.length > 0 && (
        <>
          <p className="muted">
            {countOf(shown.length, 'application')}
            {group !== allGroups && ` in ${group}`}. Move a card with its “Stage” menu, or drag it to another column.
          </p>
          <div className="board">
            {pipelineStatuses.map((status) => (
              <BoardColumn
                key={status}
                status={status}
                applications={shown.filter((application) => application.status === status)}
                findApplication={(id) => applications.find((application) => application.id === id)}
                onChange={change}
              />
            ))}
          </div>
        </>
      )}
    </section>
  );
}
