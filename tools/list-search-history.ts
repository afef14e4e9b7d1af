import { desc } from 'drizzle-orm';
import { z } from 'zod';
import { searchHistory } from '../db/schema.ts';
import { defineTool } from './define-tool.ts';
import { searchHistoryEntrySchema, toSearchHistoryEntry } from './search/search-history-schema.ts';

export const listSearchHistory = defineTool({
  name: 'listSearchHistory',
  title: 'List past searches',
  description: "List the job searches run for the user (from the web app, chat or MCP), newest first, with each search's filters and result count.",
  effect: 'read',
  input: z.object({
    limit: z.number().int().min(1).max(200).default(50).describe('At most this many searches'),
  }),
  output: z.object({ searches: z.array(searchHistoryEntrySchema) }),
  async run({ limit }, { db }) {
    const rows = await db.select().from(searchHistory).orderBy(desc(searchHistory.createdAt), desc(searchHistory.id)).limit(limit);
    return { searches: rows.map(toSearchHistoryEntry) };
  },
});
