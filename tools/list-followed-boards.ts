import { asc } from 'drizzle-orm';
import { z } from 'zod';
import { followedBoards } from '../db/schema.ts';
import { defineTool } from './define-tool.ts';
import { followedBoardSchema, toFollowedBoardView } from './jobs/followed-board-schema.ts';

export const listFollowedBoards = defineTool({
  name: 'listFollowedBoards',
  title: 'List followed job boards',
  description: 'List the company job boards the user follows, oldest first, with when each was last refreshed.',
  effect: 'read',
  input: z.object({}),
  output: z.object({ boards: z.array(followedBoardSchema) }),
  async run(_input, { db }) {
    const rows = await db.select().from(followedBoards).orderBy(asc(followedBoards.createdAt), asc(followedBoards.id));
    return { boards: rows.map(toFollowedBoardView) };
  },
});
