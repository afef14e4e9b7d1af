import { z } from 'zod';
import { followedBoards } from '../db/schema.ts';
import { defineTool } from './define-tool.ts';
import { boardNameSchema, followedBoardSchema, refreshCountsSchema, toFollowedBoardView } from './jobs/followed-board-schema.ts';
import { requireJobSources } from './jobs/job-sources.ts';
import { boardSourceSchema } from './jobs/posting.ts';
import { refreshFollowedBoard } from './jobs/refresh-followed-board.ts';
import { storableText } from './storable-input.ts';

export const followBoard = defineTool({
  name: 'followBoard',
  title: 'Follow a company job board',
  description:
    "Follow a company's public job board on Greenhouse, Lever, Ashby, SmartRecruiters, Workable, Recruitee, Personio or Teamtailor (\"watch Stripe on Greenhouse\") and import its open postings now. Refreshing later adds new postings, updates changed ones and closes ones the board no longer lists. Following a board again just refreshes it.",
  effect: 'write',
  openWorld: true,
  idempotent: true,
  input: z.object({
    source: boardSourceSchema.describe('The job board service'),
    board: boardNameSchema,
    company: storableText().trim().min(1).max(200).optional().describe('The company name to file its postings under, when the board does not say'),
  }),
  output: z.object({ board: followedBoardSchema, counts: refreshCountsSchema }),
  async run({ source, board, company }, context) {
    const sources = requireJobSources(context);
    const now = context.now();
    const [followed] = await context.db
      .insert(followedBoards)
      .values({ userId: context.userId, source, board, company })
      .onConflictDoUpdate({
        target: [followedBoards.userId, followedBoards.source, followedBoards.board],
        // A repeated follow keeps the earlier label unless a new one is given.
        set: company ? { company } : { board },
      })
      .returning();
    // A board that does not exist or cannot be read fails the call, and the follow above is undone with it.
    const counts = await refreshFollowedBoard(context.db, { sources, board: followed!, now });
    if (counts.added + counts.updated > 0) context.catalogueChanged?.();
    return { board: toFollowedBoardView({ ...followed!, lastRefreshedAt: now }), counts };
  },
});
