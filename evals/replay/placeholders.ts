const uuidPattern = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;
const isoTimestampPattern = /\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})/g;
const newIdPlaceholder = /\{\{new:(\d+)\}\}/g;

export const wallClockPlaceholder = '{{wall-clock}}';

/**
 * Translates between what one scenario run really sees and what its recording stores. A run differs
 * from the last one in three ways that say nothing about Atlas: ids the database generates (a saved
 * application, a search history entry), the port of the local web stub, and timestamps the database
 * takes from its own clock. Recordings store them as `{{new:N}}` (N in order of first appearance),
 * `{{name}}` for a stub origin, and `{{wall-clock}}`; replayed responses get the live values back.
 * Ids the scenario seeds are fixed and stay as they are.
 */
export interface Placeholders {
  /** Live → recorded: for requests and for responses being recorded. */
  toRecorded<Value>(value: Value): Value;
  /** Recorded → live: for a recorded response about to be replayed. */
  toLive<Value>(value: Value): Value;
}

export function createPlaceholders(options: {
  /** Ids the scenario seeds: recorded as they are. */
  seededIds: Iterable<string>;
  /** Live origins (e.g. `http://127.0.0.1:40123`) and the names they are recorded under. */
  origins: Record<string, string>;
  /** Timestamps at or after this moment came from the database's own clock during the run. */
  runStartedAt: Date;
}): Placeholders {
  const seeded = new Set([...options.seededIds].map((id) => id.toLowerCase()));
  const liveToRecorded = new Map<string, string>();
  const recordedToLive = new Map<string, string>();
  // A minute of slack: the database's clock and this process's may disagree slightly.
  const wallClockFrom = options.runStartedAt.getTime() - 60_000;

  const recordedIdFor = (liveId: string) => {
    const id = liveId.toLowerCase();
    if (seeded.has(id)) return liveId;
    let recorded = liveToRecorded.get(id);
    if (!recorded) {
      recorded = `{{new:${liveToRecorded.size + 1}}}`;
      liveToRecorded.set(id, recorded);
      recordedToLive.set(recorded, id);
    }
    return recorded;
  };
  const liveIdFor = (recorded: string) => {
    let live = recordedToLive.get(recorded);
    if (!live) {
      // A recorded response named an id no request showed yet (a model inventing one): give it a
      // fresh live id, so the request that echoes it back records as the same placeholder.
      live = crypto.randomUUID();
      recordedToLive.set(recorded, live);
      liveToRecorded.set(live, recorded);
    }
    return live;
  };

  const recordString = (text: string) => {
    let result = text;
    for (const [origin, name] of Object.entries(options.origins)) result = result.replaceAll(origin, `{{${name}}}`);
    result = result.replace(uuidPattern, recordedIdFor);
    return result.replace(isoTimestampPattern, (timestamp) => (Date.parse(timestamp) >= wallClockFrom ? wallClockPlaceholder : timestamp));
  };
  const liveString = (text: string) => {
    let result = text.replace(newIdPlaceholder, liveIdFor);
    for (const [origin, name] of Object.entries(options.origins)) result = result.replaceAll(`{{${name}}}`, origin);
    return result;
  };

  return {
    toRecorded: (value) => mapStrings(value, recordString),
    toLive: (value) => mapStrings(value, liveString),
  };
}

/** A deep copy of `value` with every string (keys included) passed through `transform`. */
function mapStrings<Value>(value: Value, transform: (text: string) => string): Value {
  if (typeof value === 'string') return transform(value) as Value;
  if (Array.isArray(value)) return value.map((item: unknown) => mapStrings(item, transform)) as Value;
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [transform(key), mapStrings(item, transform)])) as Value;
  }
  return value;
}

/** Every id written in a scenario's seed, so the run can tell seeded ids from generated ones. */
export function idsIn(value: unknown): string[] {
  return JSON.stringify(value ?? null).match(uuidPattern) ?? [];
}
