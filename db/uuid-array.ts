import { sql, type SQL } from 'drizzle-orm';

/** Row ids as one uuid[] parameter: one bound value however many ids, for `= any(…)` and `unnest(…)`. */
export function uuidArray(ids: string[]): SQL {
  return sql`${`{${ids.join(',')}}`}::uuid[]`;
}
