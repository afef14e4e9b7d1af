import { asc } from 'drizzle-orm';
import { z } from 'zod';
import { followedBoards } from '../db/schema.ts';
import { defineTool } from './define-tool.ts';
import { toolErrorMessage } from './tool-error-message.ts';
import { followedBoardSchema, refreshCountsSchema, toFollowedBoardView } from './jobs/followed-board-schema.ts';
import { requireJobSources } from './jobs/job-sources.ts';
import { refreshFollowedBoard } from './jobs/refresh-followed-board.ts';

const boardResultSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('refreshed'), board: followedBoardSchema, counts: refreshCountsSchema }),
  z.object({ status: z.literal('failed'), board: followedBoardSchema, error: z.string().describe('Why this board could not be refreshed') }),
]);

export const refreshBoards = defineTool({
  name: 'refreshBoards',
  title: 'Refresh followed job boards',
  description:
    "Refresh every followed job board: add new postings, update changed ones, close ones no longer listed. Returns the changes per board (unreadable entries are left out and close nothing); a failing board is reported and keeps its postings, and the others still refresh.",
  effect: 'write',
  openWorld: true,
  idempotent: true,
  input: z.object({}),
  output: z.object({ boards: z.array(boardResultSchema) }),
  async run(_input, context) {
    const sources = requireJobSources(context);
    const boards = await context.db.select().from(followedBoards).orderBy(asc(followedBoards.createdAt), asc(followedBoards.id));
    const results: z.input<typeof boardResultSchema>[] = [];
    for (const board of boards) {
      const now = context.now();
      try {
        const counts = await refreshFollowedBoard(context.db, { sources, board, now });
        if (counts.added + counts.updated > 0) context.catalogueChanged?.();
        results.push({ status: 'refreshed', board: toFollowedBoardView({ ...board, lastRefreshedAt: now }), counts });
      } catch (error) {
        // Only expected failures (a board gone, an API down) are reported per board; anything else is a bug.
        const message = toolErrorMessage(error);
        if (message === undefined) throw error;
        results.push({ status: 'failed', board: toFollowedBoardView(board), error: message });
      }
    }
    return { boards: results };
  },
});
