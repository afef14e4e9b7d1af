import { Router, type Response } from 'express';
import { z } from 'zod';
import type { Database } from '../../db/database.ts';
import { withUser } from '../../db/with-user.ts';
import { readApplicationPosting } from '../../tools/application-posting.ts';
import { parseInput } from '../../tools/errors.ts';
import type { InterviewScorer } from '../../tools/interview/interview-scorer.ts';
import { deletePractice, listPractices, readPractice } from '../../tools/interview/practice-store.ts';
import { practiceMarkdown } from '../../tools/interview/report-markdown.ts';
import { runTool } from '../../tools/run-tool.ts';
import { startInterviewPractice } from '../../tools/start-interview-practice.ts';
import { submitInterviewAnswers } from '../../tools/submit-interview-answers.ts';
import { requireUser } from '../session-middleware.ts';

export const listQuerySchema = z.object({ applicationId: z.uuid().optional() });
export const answersSchema = submitInterviewAnswers.input.omit({ practiceId: true });

/**
 * The signed-in user's mock interviews (the Practice page): start one for an application, answer and
 * score it (the same tools chat and MCP call), read, download as Markdown, and delete.
 */
export function interviewRoutes(options: { database: Database; interviewScorer: InterviewScorer | undefined; now: () => Date }) {
  const { database, interviewScorer, now } = options;
  const router = Router();
  const caller = (response: Response) => ({ database, userId: requireUser(response).id, actor: 'web' as const, now, interviewScorer });

  router.get('/', async (request, response) => {
    const user = requireUser(response);
    const { applicationId } = parseInput(listQuerySchema, request.query, 'Invalid practice query');
    response.json({
      practices: await withUser(database, user.id, (db) => listPractices(db, { applicationId })),
      scoringAvailable: interviewScorer !== undefined,
    });
  });

  router.post('/', async (request, response) => {
    const result = await runTool(startInterviewPractice, request.body ?? {}, caller(response));
    response.status(201).json(result);
  });

  router.get('/:id', async (request, response) => {
    const user = requireUser(response);
    response.json({ practice: await withUser(database, user.id, (db) => readPractice(db, request.params.id)), scoringAvailable: interviewScorer !== undefined });
  });

  router.post('/:id/answers', async (request, response) => {
    const acting = caller(response);
    const body = parseInput(answersSchema, request.body ?? {}, 'Invalid answers');
    response.json(await runTool(submitInterviewAnswers, { ...body, practiceId: request.params.id }, acting));
  });

  router.get('/:id/report.md', async (request, response) => {
    const user = requireUser(response);
    const markdown = await withUser(database, user.id, async (db) => {
      const practice = await readPractice(db, request.params.id);
      const { posting } = await readApplicationPosting(db, practice.applicationId);
      return practiceMarkdown(practice, posting);
    });
    response
      .type('text/markdown; charset=utf-8')
      .attachment(`mock-interview-${request.params.id.slice(0, 8)}.md`)
      .send(markdown);
  });

  router.delete('/:id', async (request, response) => {
    const user = requireUser(response);
    await withUser(database, user.id, (db) => deletePractice(db, request.params.id));
    response.status(204).end();
  });

  return router;
}
