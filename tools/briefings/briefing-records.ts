import { desc, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Transaction } from '../../db/database.ts';
import { briefings } from '../../db/schema.ts';
import { NotFoundError } from '../errors.ts';
import { briefingFactsSchema } from './briefing-facts.ts';
import type { Briefing } from './write-briefing.ts';

export const briefingViewSchema = z.object({
  id: z.uuid(),
  weekOf: z.iso.date(),
  writtenAt: z.iso.datetime(),
  text: z.string(),
  facts: briefingFactsSchema,
});
export type BriefingView = z.infer<typeof briefingViewSchema>;

export function toBriefingView(briefing: Briefing): BriefingView {
  return { id: briefing.id, weekOf: briefing.weekOf, writtenAt: briefing.writtenAt.toISOString(), text: briefing.text, facts: briefingFactsSchema.parse(briefing.facts) };
}

/** The user's briefings, the latest week first. */
export async function listBriefings(db: Transaction, options: { limit: number }): Promise<BriefingView[]> {
  return (await db.select().from(briefings).orderBy(desc(briefings.weekOf)).limit(options.limit)).map(toBriefingView);
}

export async function getBriefing(db: Transaction, id: string): Promise<BriefingView> {
  const [found] = await db.select().from(briefings).where(eq(briefings.id, id));
  if (!found) throw new NotFoundError('Briefing', id);
  return toBriefingView(found);
}

export async function deleteBriefing(db: Transaction, id: string) {
  const deleted = await db.delete(briefings).where(eq(briefings.id, id)).returning({ id: briefings.id });
  if (deleted.length === 0) throw new NotFoundError('Briefing', id);
}
