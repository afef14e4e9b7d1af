import { percentile } from './percentiles.ts';

export interface ThroughputSummary {
  /** Completed calls per second over the timed window. */
  perSecond: number;
  calls: number;
  p50: number;
  p95: number;
}

/**
 * Keeps `concurrency` calls in flight for `durationMs` (after `warmupMs` whose calls are not counted:
 * JIT, first connections, plan caches) and summarises the calls that finished in the timed window.
 */
export async function driveConcurrently(options: {
  concurrency: number;
  durationMs: number;
  warmupMs: number;
  call: () => Promise<unknown>;
}): Promise<ThroughputSummary> {
  const { concurrency, durationMs, warmupMs, call } = options;
  const started = performance.now();
  const timedFrom = started + warmupMs;
  const timedUntil = timedFrom + durationMs;
  const latencies: number[] = [];
  async function client() {
    while (performance.now() < timedUntil) {
      const callStarted = performance.now();
      await call();
      const ended = performance.now();
      if (callStarted >= timedFrom && ended <= timedUntil) latencies.push(ended - callStarted);
    }
  }
  await Promise.all(Array.from({ length: concurrency }, client));
  return summarise(latencies, durationMs);
}

export function summarise(latencies: number[], durationMs: number): ThroughputSummary {
  return {
    perSecond: latencies.length / (durationMs / 1000),
    calls: latencies.length,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
  };
}
