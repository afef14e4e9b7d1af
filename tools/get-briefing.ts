import { desc, eq } from 'drizzle-orm';
import { z } from 'zod';
import { briefings } from '../db/schema.ts';
import { defineTool } from './define-tool.ts';

export const getBriefing = defineTool({
  name: 'getBriefing',
  title: 'Get weekly briefing',
  description:
    "The user's weekly briefing Atlas wrote from their data (what moved, stuck, replies awaited, interviews, jobs that fit, tasks due): the latest, or a week's. Null when none.",
  effect: 'read',
  input: z.object({ weekOf: z.iso.date().optional().describe('The Monday (YYYY-MM-DD) starting the week; default the latest') }),
  output: z.object({
    briefing: z.object({ id: z.uuid(), weekOf: z.string(), writtenAt: z.iso.datetime(), text: z.string() }).nullable(),
  }),
  async run({ weekOf }, { db }) {
    const [found] = await db
      .select({ id: briefings.id, weekOf: briefings.weekOf, writtenAt: briefings.writtenAt, text: briefings.text })
      .from(briefings)
      .where(weekOf ? eq(briefings.weekOf, weekOf) : undefined)
      .orderBy(desc(briefings.weekOf))
      .limit(1);
    return { briefing: found ? { ...found, writtenAt: found.writtenAt.toISOString() } : null };
  },
});
