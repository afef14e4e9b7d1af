import { eq } from 'drizzle-orm';
import type { Transaction } from '../../db/database.ts';
import { followedBoards } from '../../db/schema.ts';
import { refreshBoardPostings, type RefreshCounts } from './catalogue.ts';
import type { JobSources } from './job-sources.ts';
import type { Posting } from './posting.ts';

type FollowedBoard = typeof followedBoards.$inferSelect;

/**
 * Fetches a followed board and brings the catalogue in line with it. The whole board is fetched
 * before anything is written, and the writes share one savepoint, so a failure changes nothing.
 */
export async function refreshFollowedBoard(
  db: Transaction,
  options: { sources: JobSources; board: FollowedBoard; now: Date; postings?: Posting[] },
): Promise<RefreshCounts> {
  const { sources, board, now } = options;
  // The user's label for the board stays on their follow: the shared catalogue keeps the name the source gives.
  // A caller that has just read the board (finding a company's board) passes what it read.
  const postings = options.postings ?? (await sources.boards[board.source].listPostings(board.board));
  return db.transaction(async (savepoint) => {
    const counts = await refreshBoardPostings(savepoint, { source: board.source, board: board.board, postings, now });
    await savepoint.update(followedBoards).set({ lastRefreshedAt: now }).where(eq(followedBoards.id, board.id));
    return counts;
  });
}
