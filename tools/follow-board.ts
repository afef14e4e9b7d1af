import { z } from 'zod';
import { followedBoards } from '../db/schema.ts';
import { defineTool } from './define-tool.ts';
import { ValidationError } from './errors.ts';
import { boardNameSchema, followedBoardSchema, refreshCountsSchema, toFollowedBoardView } from './jobs/followed-board-schema.ts';
import { requireJobSources } from './jobs/job-sources.ts';
import { boardSourceSchema, type BoardSource } from './jobs/posting.ts';
import { refreshFollowedBoard } from './jobs/refresh-followed-board.ts';
import { parseWorkdayBoard, workdayAddress, workdayBoardKey } from './jobs/workday-site.ts';
import { storableText } from './storable-input.ts';

/**
 * The board key to store: a Workday career site may be given by its address, and is always stored as
 * `tenant.wdN.site`. Any other service takes its board token only.
 */
function boardKey(source: BoardSource, board: string): string {
  const invalid = (message: string) => new ValidationError(message, [{ path: 'board', message }]);
  if (source === 'workday') {
    const site = URL.canParse(board) ? workdayAddress(new URL(board))?.site : parseWorkdayBoard(board);
    if (!site) throw invalid('A Workday career site: its address (https://acme.wd5.myworkdayjobs.com/External) or tenant.wdN.site (acme.wd5.External)');
    return workdayBoardKey(site);
  }
  if (URL.canParse(board)) throw invalid('A board token, not an address: "stripe" in boards.greenhouse.io/stripe');
  return board;
}

export const followBoard = defineTool({
  name: 'followBoard',
  title: 'Follow a company job board',
  description:
    "Follow a company's public job board on Greenhouse, Lever, Ashby, SmartRecruiters, Workable, Recruitee, Personio, Teamtailor or Workday (\"watch Stripe on Greenhouse\"; a Workday career site by its address) and import its open postings now. Refreshing later adds new postings, updates changed ones and closes ones the board no longer lists. Following a board again just refreshes it.",
  effect: 'write',
  openWorld: true,
  idempotent: true,
  input: z.object({
    source: boardSourceSchema.describe('The job board service'),
    board: z.union([
      boardNameSchema,
      z.url({ protocol: /^https?$/ }).max(500).describe('For Workday, the career site address instead: https://nvidia.wd5.myworkdayjobs.com/en-US/NVIDIAExternalCareerSite'),
    ]),
    company: storableText().trim().min(1).max(200).optional().describe('The company name to file its postings under, when the board does not say'),
  }),
  output: z.object({ board: followedBoardSchema, counts: refreshCountsSchema }),
  async run({ source, board: given, company }, context) {
    const board = boardKey(source, given);
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
