import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { followedBoards } from '../db/schema.ts';
import { defineTool } from './define-tool.ts';
import { NotFoundError } from './errors.ts';

export const unfollowBoard = defineTool({
  name: 'unfollowBoard',
  title: 'Stop following a job board',
  description:
    'Stop following one company job board. Its postings stay in the job catalogue (other people may follow the board) but it is no longer refreshed for this user.',
  effect: 'write',
  idempotent: true,
  destructive: true,
  input: z.object({ boardId: z.uuid().describe('The id of the followed board, as listFollowedBoards returns it') }),
  output: z.object({ unfollowed: z.literal(true) }),
  async run({ boardId }, { db }) {
    const removed = await db.delete(followedBoards).where(eq(followedBoards.id, boardId)).returning({ id: followedBoards.id });
    if (removed.length === 0) throw new NotFoundError('Followed board', boardId);
    return { unfollowed: true as const };
  },
});
