import { z } from 'zod';
import type { searchHistory } from '../../db/schema.ts';
import { jobFiltersSchema } from './job-filters.ts';

/** One search the user (or the agent for them) ran, as the history tools return it. */
export const searchHistoryEntrySchema = z.object({
  id: z.uuid(),
  query: z.string(),
  filters: jobFiltersSchema.partial().describe('The filters the search used'),
  resultCount: z.number().int(),
  actor: z.string().describe('Where the search came from: web, agent or mcp'),
  createdAt: z.iso.datetime(),
});

export type SearchHistoryEntry = z.infer<typeof searchHistoryEntrySchema>;

export function toSearchHistoryEntry(row: typeof searchHistory.$inferSelect): SearchHistoryEntry {
  return {
    id: row.id,
    query: row.query,
    // Stored by searchJobs from its own parsed input; a filter a later version dropped is left out.
    filters: jobFiltersSchema.partial().catch({}).parse(row.filters),
    resultCount: row.resultCount,
    actor: row.actor,
    createdAt: row.createdAt.toISOString(),
  };
}
