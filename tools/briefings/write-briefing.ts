import { and, eq } from 'drizzle-orm';
import type { Transaction } from '../../db/database.ts';
import { briefings } from '../../db/schema.ts';
import type { ToolContext } from '../define-tool.ts';
import { gatherBriefingFacts } from './briefing-facts.ts';
import { briefingText } from './briefing-text.ts';

export type Briefing = typeof briefings.$inferSelect;

/**
 * Writes the user's briefing for the week starting `weekOf` (a Monday in their time zone), without a
 * model: facts from their own data, then sentences from the facts. A week already written is kept as
 * it is and returned, so the schedule and "Write it now" never make two; `written` says which it was.
 */
export async function writeBriefing(
  db: Transaction,
  options: { context: Omit<ToolContext, 'db'>; weekOf: string; timeZone: string; followUpAfterDays: number },
): Promise<{ briefing: Briefing; written: boolean }> {
  const thisWeeks = async () =>
    (await db.select().from(briefings).where(and(eq(briefings.userId, options.context.userId), eq(briefings.weekOf, options.weekOf))))[0];
  const existing = await thisWeeks();
  if (existing) return { briefing: existing, written: false };
  const facts = await gatherBriefingFacts(db, options);
  const [inserted] = await db
    .insert(briefings)
    .values({ userId: options.context.userId, weekOf: options.weekOf, writtenAt: options.context.now(), facts, text: briefingText(facts) })
    .onConflictDoNothing()
    .returning();
  if (inserted) return { briefing: inserted, written: true };
  // Another worker wrote this week between the look and the insert.
  return { briefing: (await thisWeeks())!, written: false };
}
