import { Router, type Response } from 'express';
import type { Database } from '../../db/database.ts';
import type { JobEmbeddingQueue } from '../../tools/embeddings/job-embedding-queue.ts';
import { parseInput, UnavailableError } from '../../tools/errors.ts';
import { followBoard } from '../../tools/follow-board.ts';
import { followCompany } from '../../tools/follow-company.ts';
import { importJob } from '../../tools/import-job.ts';
import type { JobSources } from '../../tools/jobs/job-sources.ts';
import { listFollowedBoards } from '../../tools/list-followed-boards.ts';
import { refreshBoards } from '../../tools/refresh-boards.ts';
import { runTool } from '../../tools/run-tool.ts';
import { unfollowBoard } from '../../tools/unfollow-board.ts';
import { requireUser } from '../session-middleware.ts';

/** Job import and followed boards for the signed-in user, through the same tools chat and MCP use. */
export function jobRoutes(options: { database: Database; jobSources: JobSources; jobEmbedding?: JobEmbeddingQueue; now: () => Date }) {
  const { database, jobSources, jobEmbedding, now } = options;
  const router = Router();
  // Who is asking is settled before the body is read: without a session the answer is 401, never 400.
  const caller = (response: Response) => ({ database, userId: requireUser(response).id, actor: 'web' as const, now, jobSources, jobEmbedding });

  // How far the background embedding has come: catalogue counts, the same for every user.
  router.get('/jobs/embedding-status', async (_request, response) => {
    requireUser(response);
    if (!jobEmbedding) throw new UnavailableError('Postings are not being embedded on this server', 'embeddings_unavailable');
    response.json(await jobEmbedding.status());
  });

  router.post('/jobs/import', async (request, response) => {
    const acting = caller(response);
    const input = parseInput(importJob.input, request.body, 'Invalid job import');
    const result = await runTool(importJob, input, acting);
    response.status(result.outcome === 'added' ? 201 : 200).json(result);
  });

  router.get('/boards', async (_request, response) => {
    response.json(await runTool(listFollowedBoards, {}, caller(response)));
  });

  router.post('/boards', async (request, response) => {
    const acting = caller(response);
    const input = parseInput(followBoard.input, request.body, 'Invalid board');
    response.status(201).json(await runTool(followBoard, input, acting));
  });

  router.post('/boards/by-company', async (request, response) => {
    const acting = caller(response);
    const input = parseInput(followCompany.input, request.body, 'Invalid company');
    response.json(await runTool(followCompany, input, acting));
  });

  // Before /boards/:id, so "refresh" is never read as an id.
  router.post('/boards/refresh', async (_request, response) => {
    response.json(await runTool(refreshBoards, {}, caller(response)));
  });

  router.delete('/boards/:id', async (request, response) => {
    const acting = caller(response);
    await runTool(unfollowBoard, parseInput(unfollowBoard.input, { boardId: request.params.id }, 'Invalid board id'), acting);
    response.status(204).end();
  });

  return router;
}
