import { and, eq } from 'drizzle-orm';
import type { Database, Transaction } from '../../db/database.ts';
import { briefings } from '../../db/schema.ts';
import { withUser } from '../../db/with-user.ts';
import type { ToolContext } from '../define-tool.ts';
import { recordModelUsage } from '../usage/model-call-usage.ts';
import { gatherBriefingFacts } from './briefing-facts.ts';
import { briefingProse, type BriefingWriter } from './briefing-prose.ts';

export type Briefing = typeof briefings.$inferSelect;

/**
 * Writes the user's briefing for the week starting `weekOf` (a Monday in their time zone): facts from
 * their own data, then prose — the model's where a `writer` is given and its prose keeps to the facts,
 * plain sentences otherwise. A week already written is kept as it is and returned, so the schedule and
 * "Write it now" never make two; `written` says which it was. The model writes between two
 * transactions, so no transaction (and on embedded PGlite, no other user) waits for it. `onWritten`
 * runs in the transaction that stores a new briefing (the schedule's audit entry).
 */
export async function writeBriefing(
  database: Database,
  options: {
    context: Omit<ToolContext, 'db'>;
    weekOf: string;
    timeZone: string;
    followUpAfterDays: number;
    writer?: BriefingWriter;
    onWritten?: (db: Transaction, briefing: Briefing) => Promise<void>;
  },
): Promise<{ briefing: Briefing; written: boolean }> {
  const { userId } = options.context;
  const thisWeeks = async (db: Transaction) =>
    (await db.select().from(briefings).where(and(eq(briefings.userId, userId), eq(briefings.weekOf, options.weekOf))))[0];
  const prepared = await withUser(database, userId, async (db) => {
    const existing = await thisWeeks(db);
    return existing ? { existing } : { facts: await gatherBriefingFacts(db, options) };
  });
  if ('existing' in prepared) return { briefing: prepared.existing!, written: false };
  const { facts } = prepared;
  const prose = await briefingProse(facts, options.writer);
  return withUser(database, userId, async (db) => {
    // Model calls are paid for whether or not their prose was kept.
    await recordModelUsage(db, prose.usage);
    const [inserted] = await db
      .insert(briefings)
      .values({ userId, weekOf: options.weekOf, writtenAt: options.context.now(), facts, text: prose.text })
      .onConflictDoNothing()
      .returning();
    if (!inserted) return { briefing: (await thisWeeks(db))!, written: false };
    await options.onWritten?.(db, inserted);
    return { briefing: inserted, written: true };
  });
}
