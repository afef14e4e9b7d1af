import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../db/database.ts';
import { usageEvents } from '../db/schema.ts';
import { openTestDatabase } from '../db/test-database.ts';
import { createTestUser } from '../db/test-users.ts';
import { withUser } from '../db/with-user.ts';
import { NotFoundError, ValidationError } from './errors.ts';
import type { InterviewScorer, ScoringRequest } from './interview/interview-scorer.ts';
import { runTool } from './run-tool.ts';
import { startInterviewPractice } from './start-interview-practice.ts';
import { submitInterviewAnswers } from './submit-interview-answers.ts';
import { seedCv, seedJobs } from './test-catalogue.ts';
import { seedApplications } from './test-pipeline.ts';

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await openTestDatabase();
});
afterAll(() => handle.close());

const posting = {
  title: 'Customer Support Team Lead',
  company: 'Parcelwise',
  description: [
    'What you will do',
    'Lead a team of eight support agents answering customer emails and chats about deliveries.',
    'Work closely with the logistics team to fix the causes of repeated complaints.',
    'What you bring',
    'Experience with Zendesk and with coaching agents.',
  ].join('\n'),
};

async function userWithApplication() {
  const user = await createTestUser(handle.db);
  await seedCv(handle.db, user.id, [
    { section: 'Experience', text: 'Senior Support Agent, Boxly, 2021–2024' },
    { section: 'Experience', text: 'Answered 60 customer tickets a day in Zendesk and trained four new agents' },
  ]);
  const [job] = await seedJobs(handle.db, [posting]);
  const [application] = await seedApplications(handle.db, user.id, [{ company: posting.company, title: posting.title, jobId: job!.id }]);
  return { user, application: application! };
}

/** A scorer that quotes each answer's first sentence, as a model would, and records what it was shown. */
function quotingScorer(seen: ScoringRequest[]): InterviewScorer {
  return {
    async score(request) {
      seen.push(request);
      return {
        scored: {
          answers: request.answers.map((answer) => ({
            questionId: answer.questionId,
            scores: (['structure', 'relevance', 'evidence', 'clarity'] as const).map((criterion) => ({
              criterion,
              score: 4,
              quote: answer.text.split('.')[0]!,
              improvement: 'Say what changed afterwards.',
            })),
          })),
          summary: 'Clear answers with real examples.',
          strengths: ['Concrete numbers'],
          focus: ['State results'],
        },
        usage: [{ purpose: 'interview', provider: 'test', model: 'scorer', inputTokens: 900, outputTokens: 300, cachedInputTokens: 0, reasoningTokens: 0, costUsd: 0.001, latencyMs: 5 }],
      };
    },
  };
}

describe('mock interview practice', () => {
  it("draws questions from the user's posting and CV, and scores the answers with the answer's own sentences", async () => {
    const { user, application } = await userWithApplication();
    const caller = { database: handle.db, userId: user.id, actor: 'agent' as const };

    const { practice } = await runTool(startInterviewPractice, { applicationId: application.id }, caller);
    expect(practice.state).toBe('answering');
    expect(practice.questions.some((question) => question.text.includes('Lead a team of eight support agents'))).toBe(true);

    const seen: ScoringRequest[] = [];
    const answer = 'At Boxly I trained four new agents in their first month. Their ticket times matched the team within six weeks.';
    const result = await runTool(
      submitInterviewAnswers,
      { practiceId: practice.id, answers: [{ questionId: 'q1', text: answer }] },
      { ...caller, interviewScorer: quotingScorer(seen) },
    );

    expect(seen[0]!.posting.description).toContain('Zendesk');
    expect(result.practice.state).toBe('scored');
    expect(result.practice.report!.answers[0]!.scores[0]!.quote).toBe('At Boxly I trained four new agents in their first month.');
    expect(result.practice.report!.unanswered).toContain('q2');
    const usage = await withUser(handle.db, user.id, (tx) => tx.select().from(usageEvents));
    expect(usage.map((event) => event.purpose)).toEqual(['interview']);
  });

  it('keeps the answers and says scoring needs a model when there is none', async () => {
    const { user, application } = await userWithApplication();
    const caller = { database: handle.db, userId: user.id, actor: 'web' as const };
    const { practice } = await runTool(startInterviewPractice, { applicationId: application.id }, caller);

    const result = await runTool(submitInterviewAnswers, { practiceId: practice.id, answers: [{ questionId: 'q2', text: 'I would read every complaint.' }] }, caller);

    expect(result.practice.state).toBe('needs_model');
    expect(result.practice.report).toBeNull();
    expect(result.practice.answers).toEqual([{ questionId: 'q2', text: 'I would read every complaint.' }]);
    expect(result.message).toContain('needs a model');
  });

  it('refuses an answer to a question the interview does not have, changing nothing', async () => {
    const { user, application } = await userWithApplication();
    const caller = { database: handle.db, userId: user.id, actor: 'web' as const };
    const { practice } = await runTool(startInterviewPractice, { applicationId: application.id }, caller);

    await expect(
      runTool(submitInterviewAnswers, { practiceId: practice.id, answers: [{ questionId: 'q1', text: 'Fine.' }, { questionId: 'q99', text: 'Extra' }], score: false }, caller),
    ).rejects.toThrow(ValidationError);
  });

  it("cannot start or answer another user's practice", async () => {
    const { user, application } = await userWithApplication();
    const stranger = await createTestUser(handle.db);
    const { practice } = await runTool(startInterviewPractice, { applicationId: application.id }, { database: handle.db, userId: user.id, actor: 'web' });
    const asStranger = { database: handle.db, userId: stranger.id, actor: 'agent' as const };

    await expect(runTool(startInterviewPractice, { applicationId: application.id }, asStranger)).rejects.toThrow(NotFoundError);
    await expect(runTool(submitInterviewAnswers, { practiceId: practice.id, answers: [{ questionId: 'q1', text: 'Mine now' }] }, asStranger)).rejects.toThrow(NotFoundError);
  });
});
