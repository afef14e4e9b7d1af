import { gte, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Transaction } from '../../db/database.ts';
import { usageEvents } from '../../db/schema.ts';

const totalsSchema = z.object({
  calls: z.number().int(),
  inputTokens: z.number().int(),
  outputTokens: z.number().int(),
  cachedInputTokens: z.number().int(),
  reasoningTokens: z.number().int(),
  costUsd: z.number(),
});

/** The user's model usage over a window: totals, one entry per UTC day with calls, and one per model. */
export const usageSummarySchema = z.object({
  days: z.number().int(),
  since: z.iso.datetime(),
  totals: totalsSchema,
  byDay: z.array(totalsSchema.extend({ date: z.iso.date() })),
  byModel: z.array(totalsSchema.extend({ provider: z.string(), model: z.string() })),
});

export type UsageSummary = z.infer<typeof usageSummarySchema>;

const sums = {
  calls: sql<number>`count(*)::int`,
  inputTokens: sql<number>`coalesce(sum(${usageEvents.inputTokens}), 0)::int`,
  outputTokens: sql<number>`coalesce(sum(${usageEvents.outputTokens}), 0)::int`,
  cachedInputTokens: sql<number>`coalesce(sum(${usageEvents.cachedInputTokens}), 0)::int`,
  reasoningTokens: sql<number>`coalesce(sum(${usageEvents.reasoningTokens}), 0)::int`,
  // numeric arrives as a string from both drivers; six decimals as stored.
  costUsd: sql<string>`coalesce(sum(${usageEvents.costUsd}), 0)::text`,
};

function withCost<Row extends { costUsd: string }>(row: Row) {
  return { ...row, costUsd: Number(row.costUsd) };
}

/**
 * Sums the acting user's usage since the start of the UTC day `days - 1` days before `now`, so
 * `days: 1` is today. Row-level security limits it to the user's own records.
 */
export async function summarizeUsage(db: Transaction, options: { days: number; now: Date }): Promise<UsageSummary> {
  const since = new Date(Date.UTC(options.now.getUTCFullYear(), options.now.getUTCMonth(), options.now.getUTCDate() - (options.days - 1)));
  const inWindow = gte(usageEvents.createdAt, since);
  const day = sql<string>`to_char(${usageEvents.createdAt} at time zone 'UTC', 'YYYY-MM-DD')`;

  const [totals] = await db.select(sums).from(usageEvents).where(inWindow);
  const byDay = await db.select({ date: day, ...sums }).from(usageEvents).where(inWindow).groupBy(day).orderBy(day);
  const byModel = await db
    .select({ provider: usageEvents.provider, model: usageEvents.model, ...sums })
    .from(usageEvents)
    .where(inWindow)
    .groupBy(usageEvents.provider, usageEvents.model)
    .orderBy(sql`sum(${usageEvents.costUsd}) desc`, usageEvents.model);

  return {
    days: options.days,
    since: since.toISOString(),
    totals: withCost(totals!),
    byDay: byDay.map(withCost),
    byModel: byModel.map(withCost),
  };
}
