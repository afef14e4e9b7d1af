/**
 * Keeps one user's Gmail calls under Google's per-user limits: 250 quota units in any one second
 * (50 messages.get) and 15,000 a minute. A token bucket refilled continuously at the configured rate,
 * whose burst is a tenth of a second's worth: in any one second a sync spends at most the burst
 * plus one second of refill, 220 units (44 messages.get) at the default 200 units a second. Google
 * counts calls as they arrive, and a busy machine or network can bunch calls sent over a little more
 * than a second into one; the 30 units under Google's 250 are that margin. In-process: one sync per user runs at a time (the queue's singleton key), so the bucket
 * lives with that sync.
 */
export interface QuotaPacer {
  /** Waits until `units` of quota are free, then spends them. */
  take(units: number): Promise<void>;
}

export const gmailQuotaUnits = {
  'messages.list': 5,
  'messages.get': 5,
  'history.list': 2,
  'labels.list': 1,
  'labels.create': 5,
  'threads.modify': 10,
  'getProfile': 1,
} as const;

export type GmailMethod = keyof typeof gmailQuotaUnits;

/** What the pacer reads time from and waits on; tests bring one that skips the waits. */
export interface PacingClock {
  now(): number;
  sleep(milliseconds: number): Promise<void>;
}

export function createQuotaPacer(options: { unitsPerMinute: number } & Partial<PacingClock>): QuotaPacer {
  const now = options.now ?? (() => performance.now());
  const sleep = options.sleep ?? ((milliseconds: number) => new Promise<void>((resolve) => setTimeout(resolve, milliseconds)));
  const perMillisecond = options.unitsPerMinute / 60_000;
  // A tenth of a second's worth, and at least the dearest single call (threads.modify, 10 units).
  const capacity = Math.max(options.unitsPerMinute / 600, 10);
  let available = capacity;
  let updatedAt = now();
  let queue = Promise.resolve();

  const refill = () => {
    const current = now();
    available = Math.min(capacity, available + (current - updatedAt) * perMillisecond);
    updatedAt = current;
  };

  return {
    take(units) {
      // Callers wait in arrival order, so concurrent requests cannot starve one another.
      const turn = queue.then(async () => {
        refill();
        if (available < units) {
          await sleep((units - available) / perMillisecond);
          refill();
        }
        available -= units;
      });
      queue = turn;
      return turn;
    },
  };
}

/** Runs `work` over `items` with at most `concurrency` in flight, keeping the results in order. */
export async function mapConcurrently<Item, Result>(options: {
  items: readonly Item[];
  concurrency: number;
  work: (item: Item) => Promise<Result>;
}): Promise<Result[]> {
  const { items, concurrency, work } = options;
  const results = new Array<Result>(items.length);
  let next = 0;
  const lanes = Array.from({ length: Math.min(concurrency, items.length) }, async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index]!);
    }
  });
  await Promise.all(lanes);
  return results;
}
