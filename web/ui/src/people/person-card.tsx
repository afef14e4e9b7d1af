import { useState, type FormEvent } from 'react';
import { signalKindLabels } from '../integrations/gmail-types.ts';
import { callApi } from '../shared/api.ts';
import { ErrorNotice } from '../shared/error-notice.tsx';
import { formatDate } from '../shared/format.ts';
import type { Person } from './person-types.ts';

const displayName = (person: Person) => person.name ?? person.email;

/** One person: who they are, their applications, last contact and next step, their mail; edit, merge into, delete. */
export function PersonCard({ person, others, onChanged }: { person: Person; others: Person[]; onChanged: () => void }) {
  const [editing, setEditing] = useState(false);
  const [failure, setFailure] = useState<unknown>();
  const headingId = `person-${person.id}`;

  async function act(work: () => Promise<unknown>) {
    try {
      await work();
      setFailure(undefined);
      onChanged();
      return true;
    } catch (error) {
      setFailure(error);
      return false;
    }
  }

  async function save(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const value = (name: string) => String(form.get(name) ?? '').trim() || null;
    const changes = { name: value('name'), company: value('company'), role: value('role') };
    if (await act(() => callApi(`/api/contacts/${person.id}`, { method: 'PATCH', body: changes }))) setEditing(false);
  }

  async function merge(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const mergeId = String(new FormData(event.currentTarget).get('mergeId') ?? '');
    const other = others.find((candidate) => candidate.id === mergeId);
    if (!other || !window.confirm(`Merge ${displayName(other)} into ${displayName(person)}? Their applications and mail move here and ${other.email} is removed.`)) return;
    await act(() => callApi('/api/contacts/merge', { body: { keepId: person.id, mergeId } }));
  }

  async function remove() {
    if (!window.confirm(`Delete ${displayName(person)} from your people? Their mail stays in your pipeline.`)) return;
    await act(() => callApi(`/api/contacts/${person.id}`, { method: 'DELETE' }));
  }

  return (
    <li className="panel person-card" aria-labelledby={headingId}>
      <h2 id={headingId}>{displayName(person)}</h2>
      <p className="meta">
        {[person.role, person.company].filter(Boolean).join(' at ') || 'No role or company yet'} · <a href={`mailto:${person.email}`}>{person.email}</a>
      </p>
      <dl className="person-facts">
        <dt>Applications</dt>
        <dd>{person.applications.length ? person.applications.map((application) => `${application.title} at ${application.company} (${application.status})`).join('; ') : 'None linked'}</dd>
        <dt>Last contact</dt>
        <dd>{person.lastContact ? `${formatDate(person.lastContact.at)}, ${person.lastContact.direction}: “${person.lastContact.subject}”` : 'No mail yet'}</dd>
        <dt>Next step</dt>
        <dd>{person.nextStep ? `${person.nextStep.title}${person.nextStep.dueOn ? `, due ${formatDate(person.nextStep.dueOn)}` : ''}` : 'None planned'}</dd>
      </dl>
      {person.messages.length > 0 && (
        <details>
          <summary>Mail from {displayName(person)} ({person.messages.length})</summary>
          <ul>
            {person.messages.map((message) => (
              <li key={`${message.receivedAt}-${message.subject}`}>
                {formatDate(message.receivedAt)} · {signalKindLabels[message.kind]} · {message.subject}
              </li>
            ))}
          </ul>
        </details>
      )}
      <ErrorNotice error={failure} />
      {editing ? (
        <form onSubmit={save} className="stacked-form" aria-label={`Edit ${displayName(person)}`}>
          <label>
            Name
            <input name="name" defaultValue={person.name ?? ''} maxLength={200} />
          </label>
          <label>
            Company
            <input name="company" defaultValue={person.company ?? ''} maxLength={200} />
          </label>
          <label>
            Role
            <input name="role" defaultValue={person.role ?? ''} maxLength={200} placeholder="Technical recruiter" />
          </label>
          <div className="actions">
            <button type="submit">Save</button>
            <button type="button" className="secondary" onClick={() => setEditing(false)}>
              Cancel
            </button>
          </div>
        </form>
      ) : (
        <div className="actions">
          <button type="button" className="secondary" onClick={() => setEditing(true)} aria-label={`Edit ${displayName(person)}`}>
            Edit
          </button>
          <button type="button" className="danger" onClick={() => void remove()} aria-label={`Delete ${displayName(person)}`}>
            Delete
          </button>
        </div>
      )}
      {others.length > 0 && (
        // Keyed by who is listed, so a merged-away person never stays chosen in the list.
        <form key={others.map((other) => other.id).join()} onSubmit={merge} className="inline-form" aria-label={`Merge someone into ${displayName(person)}`}>
          <label>
            Same person as
            <select name="mergeId" defaultValue="">
              <option value="" disabled>
                choose…
              </option>
              {others.map((other) => (
                <option key={other.id} value={other.id}>
                  {displayName(other)} ({other.email})
                </option>
              ))}
            </select>
          </label>
          <button type="submit" className="secondary">
            Merge here
          </button>
        </form>
      )}
    </li>
  );
}
