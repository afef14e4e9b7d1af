import { z } from 'zod';

/**
 * What Postgres can store, checked on the way in so that a value it would refuse is a 400 naming the
 * field instead of a 500 from the database. Every schema that reads text, numbers or instants from a
 * caller (tool inputs, route bodies and queries) builds on these.
 */

// Postgres text and jsonb cannot hold U+0000, and a lone UTF-16 surrogate has no UTF-8 encoding (the
// driver would silently store U+FFFD instead of what was sent).
const unstorableCharacter = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** True when Postgres can store the text exactly as given. */
export function isStorableText(value: string): boolean {
  return !unstorableCharacter.test(value);
}

export const unstorableTextMessage = 'Text must not contain the NUL character (U+0000) or an unpaired surrogate';

/** Any text a caller sends that may reach the database. Chain `.trim()`, `.min()`, `.max()` as usual. */
export function storableText() {
  return z.string().refine(isStorableText, { message: unstorableTextMessage, abort: true });
}

/** True when every %-escape in the text is a complete escape of valid UTF-8. */
function hasValidEscapes(value: string): boolean {
  try {
    decodeURIComponent(value);
    return true;
  } catch {
    return false;
  }
}

/** An http(s) address whose %-escapes decode, so readers of its path never meet a broken escape. */
export function webAddress() {
  return z
    .url({ protocol: /^https?$/ })
    .refine(isStorableText, { message: unstorableTextMessage, abort: true })
    .refine((value) => !URL.canParse(value) || hasValidEscapes(new URL(value).pathname), {
      message: 'The address has a broken %-escape (each % must start a valid UTF-8 escape such as %20)',
    });
}

/** The range of a Postgres `integer` column. */
const integerColumnRange = { min: -2_147_483_648, max: 2_147_483_647 } as const;

/**
 * A whole number a Postgres `integer` column holds; narrow it further with `.min()`/`.max()`. A
 * refinement rather than `.max()`, so the JSON Schema models read (and recorded eval requests hold)
 * stays as the field's own bounds say.
 */
export function storableInteger() {
  return z
    .number()
    .int()
    .refine((value) => value >= integerColumnRange.min && value <= integerColumnRange.max, {
      message: `Must be between ${integerColumnRange.min} and ${integerColumnRange.max}`,
    });
}

// Postgres timestamps reach 294276 AD, but JavaScript writes years outside 1–9999 in a form
// ("+010000-…", "0000-…") that Postgres does not parse; an instant in that span also round-trips as ISO 8601.
const earliestInstant = new Date('0001-01-01T00:00:00Z').getTime();
const latestInstant = new Date('9999-12-31T23:59:59.999Z').getTime();

/** True when the ISO 8601 instant falls in the years 1 to 9999 in UTC. */
export function isStorableInstant(value: string): boolean {
  const time = new Date(value).getTime();
  return Number.isFinite(time) && time >= earliestInstant && time <= latestInstant;
}

/** An ISO 8601 instant with an offset, in the years 1 to 9999 (UTC). */
export function storableInstant() {
  return z.iso
    .datetime({ offset: true })
    // A malformed value is left to the format check, which names the problem better.
    .refine((value) => Number.isNaN(Date.parse(value)) || isStorableInstant(value), {
      message: 'The date must fall between the years 0001 and 9999 (UTC)',
    });
}

/**
 * Where, in a JSON value whose shape Atlas does not own (OAuth client metadata), the first text
 * Postgres cannot store sits: a dotted path, "" for the value itself, or null when all of it is storable.
 */
export function unstorableTextPath(value: unknown, path: string[] = []): string | null {
  if (typeof value === 'string') return isStorableText(value) ? null : path.join('.');
  if (value === null || typeof value !== 'object') return null;
  for (const [key, item] of Object.entries(value)) {
    if (!isStorableText(key)) return [...path, key].join('.');
    const found = unstorableTextPath(item, [...path, key]);
    if (found !== null) return found;
  }
  return null;
}
