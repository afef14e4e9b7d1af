import type { PGlite } from '@electric-sql/pglite';

/**
 * Embedded PGlite runs no autovacuum, so the planner's statistics stay as they were when the tables
 * were empty. After a catalogue import that made one join of CV passages and posting chunks take
 * seconds instead of milliseconds on 10k postings. This does what autovacuum's analyze does on a
 * server: a table whose rows changed since its last analyze by more than autovacuum's default
 * threshold (50 rows plus 10% of the table) is analysed, and so is any table never analysed that
 * holds rows at all: a CV's thirty passages, never analysed, were what made that join slow. ANALYZE
 * samples a bounded number of rows, so a pass stays short however big the catalogue grows.
 */
export async function analyzeChangedTables(client: PGlite): Promise<string[]> {
  // Table counters reach the statistics views when the session flushes them; ask for that first.
  await client.query('select pg_stat_force_next_flush()');
  const { rows } = await client.query<{ schemaname: string; relname: string }>(`
    select schemaname, relname from pg_stat_user_tables
    where schemaname = 'public'
      and (n_mod_since_analyze > 50 + 0.1 * greatest(n_live_tup - n_mod_since_analyze, 0)
        or (last_analyze is null and last_autoanalyze is null and n_live_tup > 0))
    order by relname
  `);
  const analysed: string[] = [];
  for (const { schemaname, relname } of rows) {
    await client.exec(`analyze "${schemaname}"."${relname.replaceAll('"', '""')}"`);
    analysed.push(relname);
  }
  return analysed;
}

/**
 * Checks every `intervalMilliseconds`: a look at the table counters costs about a millisecond, and
 * a search right after a CV upload should not wait for autovacuum's minute. The timer never keeps
 * the process alive.
 */
export function startEmbeddedAutoAnalyze(client: PGlite, options: { intervalMilliseconds?: number; onError?: (error: unknown) => void } = {}) {
  let running: Promise<unknown> | null = null;
  const timer = setInterval(() => {
    if (running || client.closed) return;
    running = analyzeChangedTables(client)
      .catch((error: unknown) => options.onError?.(error))
      .finally(() => {
        running = null;
      });
  }, options.intervalMilliseconds ?? 5_000);
  timer.unref();
  return {
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}
