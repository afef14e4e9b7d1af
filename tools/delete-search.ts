import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { searchHistory } from '../db/schema.ts';
import { defineTool } from './define-tool.ts';
import { NotFoundError } from './errors.ts';

export const deleteSearch = defineTool({
  name: 'deleteSearch',
  title: 'Delete a past search',
  description: "Delete one search from the user's search history, immediately and for good.",
  effect: 'write',
  idempotent: true,
  destructive: true,
  input: z.object({
    searchId: z.uuid().describe('The id of the search, as listSearchHistory or searchJobs returns it'),
  }),
  output: z.object({ deleted: z.literal(true) }),
  async run({ searchId }, { db }) {
    // Row-level security hides other users' searches, so someone else's id is simply not found.
    const deleted = await db.delete(searchHistory).where(eq(searchHistory.id, searchId)).returning({ id: searchHistory.id });
    if (deleted.length === 0) throw new NotFoundError('Search', searchId);
    return { deleted: true as const };
  },
});
