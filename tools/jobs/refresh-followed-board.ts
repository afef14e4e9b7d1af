import { eq } from 'drizzle-orm';
import type { Transaction } from '../../db/database.ts';
import { followedBoards } from '../../db/schema.ts';
import type { BoardListing } from './board-client.ts';
import { refreshBoardPostings, type RefreshCounts } from './catalogue.ts';
import type { JobSources } from './job-sources.ts';

type FollowedBoard = typeof followedBoards.$inferSelect;

/** What a refresh did, and how many of the board's entries could not be read (said only when some could not). */
export type BoardRefreshCounts = RefreshCounts & { unreadable?: number };

/**
 * Fetches a followed board and brings the catalogue in line with it. The whole board is fetched
 * before anything is written, and the writes share one savepoint, so a failure changes nothing.
 * An entry that could not be read never closes its posting: one whose id is known stays open, and
 * one without even an id means nothing is closed this time, as any posting might be that one.
 */
export async function refreshFollowedBoard(
  db: Transaction,
  options: { sources: JobSources; board: FollowedBoard; now: Date; listing?: BoardListing },
): Promise<BoardRefreshCounts> {
  const { sources, board, now } = options;
  // The user's label for the board stays on their follow: the shared catalogue keeps the name the source gives.
  // A caller that has just read the board (finding a company's board) passes what it read.
  const listing = options.listing ?? (await sources.boards[board.source].listPostings(board.board));
  return db.transaction(async (savepoint) => {
    const counts = await refreshBoardPostings(savepoint, {
      source: board.source,
      board: board.board,
      postings: listing.postings,
      now,
      stillListed: listing.unreadableIds,
      closeVanished: listing.unreadable === listing.unreadableIds.length,
    });
    await savepoint.update(followedBoards).set({ lastRefreshedAt: now }).where(eq(followedBoards.id, board.id));
    return listing.unreadable > 0 ? { ...counts, unreadable: listing.unreadable } : counts;
  });
}
