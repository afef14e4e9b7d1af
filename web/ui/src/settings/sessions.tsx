import { useState } from 'react';
import { callApi } from '../shared/api.ts';
import { ErrorNotice } from '../shared/error-notice.tsx';
import { countOf, formatDateTime } from '../shared/format.ts';
import { useApiData } from '../shared/use-api-data.ts';

interface Session {
  device: string | null;
  createdAt: string;
  lastSeenAt: string;
  expiresAt: string;
  current: boolean;
}

/** Where the account is signed in, and a way to sign out everywhere else (a lost laptop, a shared computer). */
export function Sessions() {
  const sessions = useApiData<{ sessions: Session[] }>('/api/sessions');
  const [failure, setFailure] = useState<unknown>();
  const [done, setDone] = useState(false);
  const others = sessions.data?.sessions.filter((session) => !session.current).length ?? 0;

  async function signOutOthers() {
    try {
      await callApi('/api/sessions/sign-out-others', { method: 'POST' });
      setFailure(undefined);
      setDone(true);
      sessions.reload();
    } catch (error) {
      setFailure(error);
    }
  }

  return (
    <section className="panel" aria-labelledby="sessions-heading">
      <h2 id="sessions-heading">Sessions</h2>
      <ErrorNotice error={failure ?? sessions.error} />
      {sessions.data && (
        <ul aria-label="Signed-in sessions">
          {sessions.data.sessions.map((session) => (
            <li key={session.createdAt + String(session.current)}>
              <strong>{session.device ?? 'A browser or device Atlas could not name'}</strong>
              {session.current && <span className="tag current-session">This browser</span>}
              <br />
              <span className="fine-print">
                Signed in {formatDateTime(session.createdAt)} · last seen {session.current ? 'now' : formatDateTime(session.lastSeenAt)}
              </span>
            </li>
          ))}
        </ul>
      )}
      {done && (
        <p className="success" role="status">
          Every other browser and device was signed out.
        </p>
      )}
      <button type="button" className="secondary" disabled={others === 0} onClick={() => void signOutOthers()}>
        {others === 0 ? 'No other sessions' : `Sign out other sessions (${countOf(others, 'session')})`}
      </button>
    </section>
  );
}
