import { useState, type FormEvent, type ReactNode } from 'react';
import { navigate } from '../routing.tsx';
import type { Application } from '../tool-types.ts';
import { describeError } from './api.ts';

/**
 * Pick an application from the pipeline and start something for it (a résumé, a mock interview);
 * `start` returns the path of what it made, which the page then opens. A refusal shows its reason.
 */
export function ApplicationStartForm(props: {
  applications: Application[];
  action: string;
  working: string;
  start: (applicationId: string, form: FormData) => Promise<string>;
  children?: ReactNode;
}) {
  const [working, setWorking] = useState(false);
  // Opened from an application ("Tailor a résumé" on the board), that application comes chosen.
  const asked = new URLSearchParams(window.location.search).get('applicationId');
  const chosen = props.applications.some((application) => application.id === asked) ? asked! : props.applications[0]?.id;
  const [error, setError] = useState<string>();

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setWorking(true);
    setError(undefined);
    try {
      navigate(await props.start(String(form.get('applicationId') ?? ''), form));
    } catch (failure) {
      setError(describeError(failure));
      setWorking(false);
    }
  }

  return (
    <form className="inline-form" onSubmit={submit}>
      <label>
        Application
        <select name="applicationId" required defaultValue={chosen}>
          {props.applications.map((application) => (
            <option key={application.id} value={application.id}>
              {application.title} at {application.company}
            </option>
          ))}
        </select>
      </label>
      {props.children}
      <button type="submit" disabled={working}>
        {working ? props.working : props.action}
      </button>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
    </form>
  );
}
