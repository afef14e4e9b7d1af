import { useState, type FormEvent } from 'react';
import { callApi, describeError } from '../shared/api.ts';
import { ErrorNotice } from '../shared/error-notice.tsx';
import { formatDateTime } from '../shared/format.ts';
import { ProgressNote } from '../shared/progress-note.tsx';
import { useApiData } from '../shared/use-api-data.ts';
import type { FollowBoardInput, FollowBoardOutput, FollowCompanyOutput, FollowedBoard } from '../tool-types.ts';

const sources: { value: FollowBoardInput['source']; label: string }[] = [
  { value: 'greenhouse', label: 'Greenhouse' },
  { value: 'lever', label: 'Lever' },
  { value: 'ashby', label: 'Ashby' },
  { value: 'smartrecruiters', label: 'SmartRecruiters' },
  { value: 'workable', label: 'Workable' },
  { value: 'recruitee', label: 'Recruitee' },
  { value: 'personio', label: 'Personio' },
  { value: 'teamtailor', label: 'Teamtailor' },
  { value: 'workday', label: 'Workday' },
];

function describeCounts({ counts }: FollowBoardOutput) {
  const unreadable = counts.unreadable ? `, ${counts.unreadable} could not be read` : '';
  return `${counts.added} new, ${counts.updated} updated, ${counts.closed} closed, ${counts.unchanged} unchanged${unreadable}`;
}

/** Company job boards the user follows; refreshing goes board by board, so the user sees how far it got. */
export function FollowedBoards() {
  const boards = useApiData<{ boards: FollowedBoard[] }>('/api/boards');
  const [working, setWorking] = useState<{ label: string; done: number; total: number }>();
  const [outcomes, setOutcomes] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<unknown>();
  const [found, setFound] = useState<string>();

  async function follow(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    const input = { source: form.get('source'), board: String(form.get('board') ?? '').trim(), company: String(form.get('company') ?? '').trim() || undefined };
    setWorking({ label: `Following ${input.board} and importing its open postings`, done: 0, total: 1 });
    try {
      const result = await callApi<FollowBoardOutput>('/api/boards', { body: input });
      setOutcomes((current) => ({ ...current, [result.board.id]: describeCounts(result) }));
      setFailure(undefined);
      formElement.reset();
      boards.reload();
    } catch (error) {
      setFailure(error);
    } finally {
      setWorking(undefined);
    }
  }

  async function followByName(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formElement = event.currentTarget;
    const company = String(new FormData(formElement).get('companyName') ?? '').trim();
    setWorking({ label: `Looking for ${company}'s job board`, done: 0, total: 1 });
    try {
      const result = await callApi<FollowCompanyOutput>('/api/boards/by-company', { body: { company } });
      setFound(result.note);
      setFailure(undefined);
      if (result.followed) {
        setOutcomes((current) => ({ ...current, [result.followed!.board.id]: describeCounts(result.followed!) }));
        formElement.reset();
        boards.reload();
      }
    } catch (error) {
      setFailure(error);
    } finally {
      setWorking(undefined);
    }
  }

  async function refreshAll(list: FollowedBoard[]) {
    for (const [index, board] of list.entries()) {
      setWorking({ label: `Refreshing ${board.company ?? board.board}`, done: index, total: list.length });
      try {
        // Following a board again refreshes it: one request per board is what lets the page show progress.
        const result = await callApi<FollowBoardOutput>('/api/boards', { body: { source: board.source, board: board.board } });
        setOutcomes((current) => ({ ...current, [board.id]: describeCounts(result) }));
      } catch (error) {
        setOutcomes((current) => ({ ...current, [board.id]: `Could not refresh: ${describeError(error)}` }));
      }
    }
    setWorking(undefined);
    boards.reload();
  }

  async function unfollow(board: FollowedBoard) {
    try {
      await callApi(`/api/boards/${board.id}`, { method: 'DELETE' });
      boards.reload();
    } catch (error) {
      setFailure(error);
    }
  }

  const list = boards.data?.boards ?? [];
  return (
    <section className="panel" aria-labelledby="boards-heading">
      <h2 id="boards-heading">Company boards you follow</h2>
      <form onSubmit={(event) => void followByName(event)} className="inline-form">
        <label>
          Follow a company by its name
          <input name="companyName" required maxLength={200} placeholder="Stripe" />
        </label>
        <button type="submit" disabled={working !== undefined}>
          Find and follow
        </button>
      </form>
      {found && <p role="status">{found}</p>}
      <p className="fine-print">Or name its board yourself:</p>
      <form onSubmit={follow}>
        <div className="filters">
          <label>
            Board service
            <select name="source" defaultValue="greenhouse">
              {sources.map((source) => (
                <option key={source.value} value={source.value}>
                  {source.label}
                </option>
              ))}
            </select>
          </label>
          <label>
            Board name
            {/* No pattern: a Workday career site may be given by its address; the server says what it accepts. */}
            <input name="board" required placeholder="stripe" maxLength={500} aria-describedby="board-hint" />
          </label>
          <label>
            Company (optional)
            <input name="company" maxLength={200} />
          </label>
        </div>
        <p id="board-hint" className="fine-print">
          The name in the board's address: “stripe” in boards.greenhouse.io/stripe, jobs.lever.co/stripe or jobs.ashbyhq.com/stripe; “acme” in
          acme.recruitee.com, acme.jobs.personio.de or acme.teamtailor.com; for Workday, the career site's address
          (https://acme.wd5.myworkdayjobs.com/External).
        </p>
        <button type="submit" disabled={working !== undefined}>
          Follow
        </button>
      </form>
      {working && (
        <div>
          <ProgressNote>{`${working.label}… (${working.done} of ${working.total} done)`}</ProgressNote>
          <progress max={working.total} value={working.done} aria-label="Progress" />
        </div>
      )}
      <ErrorNotice error={failure ?? boards.error} />
      {list.length === 0 && boards.data && <p className="muted">You follow no boards yet. Type a company's name above (e.g. Stripe) to follow its job board and bring in all its open jobs.</p>}
      {list.length > 0 && (
        <>
          <ul className="card-list">
            {list.map((board) => (
              <li key={board.id} className="card">
                <div className="card-heading">
                  <div>
                    <strong>{board.company ?? board.board}</strong> <span className="meta">on {board.source}</span>
                    <p className="fine-print">{board.lastRefreshedAt ? `Refreshed ${formatDateTime(board.lastRefreshedAt)}` : 'Not refreshed yet'}</p>
                    {outcomes[board.id] && <p className="meta">{outcomes[board.id]}</p>}
                  </div>
                  <button type="button" className="link-button small" onClick={() => void unfollow(board)}>
                    Unfollow<span className="visually-hidden"> {board.board}</span>
                  </button>
                </div>
              </li>
            ))}
          </ul>
          <button type="button" className="secondary" disabled={working !== undefined} onClick={() => void refreshAll(list)}>
            Refresh all boards
          </button>
        </>
      )}
    </section>
  );
}
