import { describe, expect, it } from 'vitest';
import { tasks, usageEvents } from '../db/schema.ts';
import { createTestUser } from '../db/test-users.ts';
import { withUser } from '../db/with-user.ts';
import { writeBriefing } from '../tools/briefings/write-briefing.ts';
import { createBriefingWriter } from './briefing-writer.ts';
import { errorReply, textReply } from './test-gemini-stub.ts';
import { useGeminiModel } from './use-gemini-model.ts';

const gemini = useGeminiModel({ database: true });

// Monday 14 December 2026, 09:00 in Berlin.
const now = new Date('2026-12-14T08:00:00Z');
const writer = () => createBriefingWriter({ model: gemini.model() });

/** A user whose week holds two tasks due on Wednesday and nothing else. */
async function userWithTwoTasks() {
  const user = await createTestUser(gemini.handle.db);
  await withUser(gemini.handle.db, user.id, (tx) =>
    tx.insert(tasks).values([
      { userId: user.id, title: 'Prepare the portfolio review', dueOn: '2026-12-16' },
      { userId: user.id, title: 'Send references to Kestrel', dueOn: '2026-12-16' },
    ]),
  );
  return user;
}

const write = (userId: string) =>
  writeBriefing(gemini.handle.db, { context: { userId, actor: 'web', now: () => now }, weekOf: '2026-12-14', timeZone: 'Europe/Berlin', followUpAfterDays: 7, writer: writer() });

const usageOf = (userId: string) => withUser(gemini.handle.db, userId, (tx) => tx.select().from(usageEvents));

describe('a briefing written by the model', () => {
  const kept = 'A quiet week in your pipeline: nothing moved in the past 7 days. 2 tasks are due on 2026-12-16: prepare the portfolio review and send references to Kestrel. Start with the references.';

  it('refuses prose whose numbers disagree with the facts, asks again saying what was wrong, and keeps the prose that agrees', async () => {
    const user = await userWithTwoTasks();
    gemini.stub.script(textReply('Three tasks are due this week, and 3 interviews are ahead. Prepare well!'), textReply(kept));

    const { briefing, written } = await write(user.id);
    const retry = JSON.stringify(gemini.stub.requests[1]!.body);

    expect(written).toBe(true);
    expect(briefing.text).toBe(kept);
    expect(gemini.stub.requests).toHaveLength(2);
    expect(retry).toContain('refused because its numbers disagreed');
    expect(retry).toContain('\\"Three tasks\\" but the facts hold 2');
    expect(retry).toContain('3 is not a number in the facts');
    // The model reads the facts without record ids.
    expect(retry).toContain('Send references to Kestrel');
    expect(retry).not.toContain('taskId');
    expect(await usageOf(user.id)).toEqual([expect.objectContaining({ purpose: 'briefing' }), expect.objectContaining({ purpose: 'briefing' })]);
  });

  it('falls back to the plain sentences when the model gets the numbers wrong twice, or fails', async () => {
    const wrongTwice = await userWithTwoTasks();
    gemini.stub.script(textReply('You have 5 tasks due.'), textReply('You have 4 tasks due.'));
    const afterWrong = (await write(wrongTwice.id)).briefing;

    const failing = await userWithTwoTasks();
    gemini.stub.script(errorReply(400, 'INVALID_ARGUMENT', 'Request contains an invalid argument.'));
    const afterFailure = (await write(failing.id)).briefing;

    for (const briefing of [afterWrong, afterFailure]) {
      expect(briefing.text).toMatch(/^Your briefing for the week of 2026-12-14\./);
      expect(briefing.text).toContain('2 tasks are due this week: Prepare the portfolio review, due 2026-12-16; Send references to Kestrel, due 2026-12-16.');
    }
    expect(await usageOf(wrongTwice.id)).toHaveLength(2);
  });
});
