import { Router, type Request, type Response } from 'express';
import type { Database } from '../../db/database.ts';
import type { ReadReplica } from '../../db/read-replica.ts';
import { deleteSearch } from '../../tools/delete-search.ts';
import type { Embedder } from '../../tools/embeddings/embedder.ts';
import { listSearchHistory } from '../../tools/list-search-history.ts';
import { runTool } from '../../tools/run-tool.ts';
import { searchJobs } from '../../tools/search-jobs.ts';
import { requireUser } from '../session-middleware.ts';

/** A query-string value as the tool's input wants it: numbers and booleans parsed, absent or empty left out. */
function fromQueryString(value: unknown, kind: 'text' | 'number' | 'boolean') {
  if (typeof value !== 'string' || value.trim() === '') return undefined;
  if (kind === 'number') return Number(value);
  if (kind === 'boolean') return value === 'true' ? true : value === 'false' ? false : value;
  return value;
}

/** `GET /api/jobs/search?q=…&remoteOnly=true&…` as searchJobs input; the tool validates it. */
function searchInput(request: Request) {
  const query = request.query;
  return {
    query: fromQueryString(query.q, 'text'),
    location: fromQueryString(query.location, 'text'),
    remoteOnly: fromQueryString(query.remoteOnly, 'boolean'),
    minimumSalary: fromQueryString(query.minimumSalary, 'number'),
    salaryCurrency: fromQueryString(query.salaryCurrency, 'text'),
    postedWithinDays: fromQueryString(query.postedWithinDays, 'number'),
    company: fromQueryString(query.company, 'text'),
    employmentType: fromQueryString(query.employmentType, 'text'),
    limit: fromQueryString(query.limit, 'number'),
  };
}

/** Job search and the user's search history, through the same tools chat and MCP use. */
export function searchRoutes(options: { database: Database; replica?: ReadReplica; embedder?: Embedder | null; now: () => Date }) {
  const { database, replica, now } = options;
  const embedder = options.embedder ?? undefined;
  const router = Router();
  const caller = (response: Response) => ({ database, replica, userId: requireUser(response).id, actor: 'web' as const, now, embedder });

  router.get('/jobs/search', async (request, response) => {
    response.json(await runTool(searchJobs, searchInput(request), caller(response)));
  });

  router.get('/searches', async (request, response) => {
    response.json(await runTool(listSearchHistory, { limit: fromQueryString(request.query.limit, 'number') }, caller(response)));
  });

  router.delete('/searches/:id', async (request, response) => {
    await runTool(deleteSearch, { searchId: request.params.id }, caller(response));
    response.status(204).end();
  });

  return router;
}
