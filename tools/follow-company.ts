import { z } from 'zod';
import { followedBoards } from '../db/schema.ts';
import { defineTool } from './define-tool.ts';
import { followedBoardSchema, refreshCountsSchema, toFollowedBoardView } from './jobs/followed-board-schema.ts';
import { findCompanyBoards } from './jobs/find-company-board.ts';
import { requireJobSources } from './jobs/job-sources.ts';
import { refreshFollowedBoard } from './jobs/refresh-followed-board.ts';
import { storableText } from './storable-input.ts';

export const followCompany = defineTool({
  name: 'followCompany',
  title: 'Follow a company by its name',
  description:
    'Follow a company\'s jobs by its name ("follow Stripe"): finds its public job board (a directory, then each board service under the name\'s spellings), follows it and imports its open postings. When none is found, ask for the board address (followBoard) or a job link (importJob).',
  effect: 'write',
  openWorld: true,
  idempotent: true,
  input: z.object({ company: storableText().trim().min(1).max(200).describe('The company name as the user says it') }),
  output: z.object({
    followed: z.object({ board: followedBoardSchema, counts: refreshCountsSchema }).nullable(),
    note: z.string().describe('What was found and done, to tell the user'),
  }),
  async run({ company }, context) {
    const sources = requireJobSources(context);
    const found = await findCompanyBoards({ company, sources, directoryFile: sources.companyBoardsFile });
    const others = found.slice(1).map(({ source, board, postings }) => `${source} "${board}" (${postings.length} open)`);
    const alsoFound = others.length > 0 ? ` Also found: ${others.join(', ')}.` : '';
    const best = found[0];
    if (!best || (!best.namesCompany && best.via !== 'directory')) {
      return {
        followed: null,
        note: best
          ? `Boards named like ${company} list another company's jobs (${best.source} "${best.board}"); nothing was followed. Ask for the company's careers page or board address.`
          : `No public job board was found for ${company}. Ask for its careers page or board address (then use followBoard or importJob).`,
      };
    }
    const now = context.now();
    const [followed] = await context.db
      .insert(followedBoards)
      .values({ userId: context.userId, source: best.source, board: best.board, company })
      .onConflictDoUpdate({ target: [followedBoards.userId, followedBoards.source, followedBoards.board], set: { company } })
      .returning();
    const counts = await refreshFollowedBoard(context.db, { sources, board: followed!, now, listing: best.listing });
    if (counts.added + counts.updated > 0) context.catalogueChanged?.();
    return {
      followed: { board: toFollowedBoardView({ ...followed!, lastRefreshedAt: now }), counts },
      note: `Following ${company} on ${best.source} (board "${best.board}"), ${best.postings.length} open postings.${alsoFound}`,
    };
  },
});
