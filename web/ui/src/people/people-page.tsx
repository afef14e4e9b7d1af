import { useState, type FormEvent } from 'react';
import { callApi } from '../shared/api.ts';
import { ErrorNotice } from '../shared/error-notice.tsx';
import { ProgressNote } from '../shared/progress-note.tsx';
import { useApiData } from '../shared/use-api-data.ts';
import { usePageTitle } from '../shared/use-page-title.ts';
import { PersonCard } from './person-card.tsx';
import type { PeopleList } from './person-types.ts';

/** The people in the user's search: from matched mail and added by hand, searchable, each editable. */
export function PeoplePage() {
  usePageTitle('People');
  const [query, setQuery] = useState('');
  const list = useApiData<PeopleList>(`/api/contacts${query ? `?q=${encodeURIComponent(query)}` : ''}`);
  const [failure, setFailure] = useState<unknown>();

  async function add(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    const value = (name: string) => String(form.get(name) ?? '').trim();
    const body = Object.fromEntries(['email', 'name', 'company', 'role'].map((name) => [name, value(name)]).filter(([, text]) => text));
    try {
      await callApi('/api/contacts', { body });
      setFailure(undefined);
      formElement.reset();
      list.reload();
    } catch (error) {
      setFailure(error);
    }
  }

  const people = list.data?.contacts ?? [];
  return (
    <section>
      <h1>People</h1>
      <p className="muted">Recruiters, hiring managers and referrers: from mail about your applications, and anyone you add. Chat and MCP clients see the same people.</p>
      <form onSubmit={add} className="inline-form panel" aria-label="Add a person">
        <label>
          Email
          <input name="email" type="email" required maxLength={320} placeholder="sam@kestrel.example" />
        </label>
        <label>
          Name
          <input name="name" maxLength={200} />
        </label>
        <label>
          Company
          <input name="company" maxLength={200} />
        </label>
        <label>
          Role
          <input name="role" maxLength={200} placeholder="Hiring manager" />
        </label>
        <button type="submit">Add person</button>
      </form>
      <label className="search-field">
        Find
        <input type="search" value={query} onChange={(event) => setQuery(event.target.value)} placeholder="Name, company or role" />
      </label>
      <ErrorNotice error={failure ?? list.error} />
      {list.loading && !list.data && <ProgressNote>Loading your people…</ProgressNote>}
      {list.data && people.length === 0 && (
        <p className="empty-state">
          <strong>{query ? 'Nobody matches.' : 'No people yet.'}</strong> {query ? '' : 'Connect Gmail to find the people who write about your applications, or add someone above.'}
        </p>
      )}
      <ul className="card-list" aria-label="People">
        {people.map((person) => (
          <PersonCard key={person.id} person={person} others={people.filter((other) => other.id !== person.id)} onChanged={list.reload} />
        ))}
      </ul>
    </section>
  );
}
