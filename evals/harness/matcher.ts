import { isDeepStrictEqual } from 'node:util';
import { z } from 'zod';

/**
 * How a scenario says what a value should look like without pinning exact strings: a model may
 * word a query "TypeScript backend" or "backend typescript roles", and both are right.
 *
 * - a string, number, boolean or null: equal to it
 * - an array: the same length, each element matching in order
 * - an object without `$` keys: each named field matches (other fields may be there too)
 * - `{ "$contains": "text" }`: a string containing the text, any case
 * - `{ "$matches": "regex" }`: a string matching the regular expression, any case
 * - `{ "$oneOf": [a, b] }`: matches one of the matchers
 * - `{ "$present": true }` / `{ "$absent": true }`: the field is there / is not
 * - `{ "$between": [min, max] }`: a number in the range, ends included
 * - `{ "$includes": matcher }`: an array with at least one element matching
 * - `{ "$length": n }`: an array or string of that length
 * - `{ "$not": matcher }`: anything the matcher does not match
 */
export type Matcher =
  | string
  | number
  | boolean
  | null
  | Matcher[]
  | { $contains: string }
  | { $matches: string }
  | { $oneOf: Matcher[] }
  | { $present: true }
  | { $absent: true }
  | { $between: [number, number] }
  | { $includes: Matcher }
  | { $length: number }
  | { $not: Matcher }
  | { [field: string]: Matcher };

export const matcherSchema: z.ZodType<Matcher> = z.lazy(() =>
  z.union([
    z.string(),
    z.number(),
    z.boolean(),
    z.null(),
    z.array(matcherSchema),
    z.strictObject({ $contains: z.string() }),
    z.strictObject({ $matches: z.string() }),
    z.strictObject({ $oneOf: z.array(matcherSchema).min(1) }),
    z.strictObject({ $present: z.literal(true) }),
    z.strictObject({ $absent: z.literal(true) }),
    z.strictObject({ $between: z.tuple([z.number(), z.number()]) }),
    z.strictObject({ $includes: matcherSchema }),
    z.strictObject({ $length: z.number().int().min(0) }),
    z.strictObject({ $not: matcherSchema }),
    z.record(z.string().regex(/^[^$]/, 'fields starting with $ are operators'), matcherSchema),
  ]),
);

const describe = (value: unknown) => (value === undefined ? 'nothing' : JSON.stringify(value).slice(0, 120));

/** Why `value` does not match, naming the path to the first difference; undefined when it matches. */
export function mismatch(matcher: Matcher, value: unknown, path = '$'): string | undefined {
  if (matcher === null || typeof matcher !== 'object') {
    return isDeepStrictEqual(matcher, value) ? undefined : `${path}: expected ${describe(matcher)}, got ${describe(value)}`;
  }
  if (Array.isArray(matcher)) {
    if (!Array.isArray(value) || value.length !== matcher.length) return `${path}: expected ${matcher.length} items, got ${describe(value)}`;
    for (const [index, item] of matcher.entries()) {
      const problem = mismatch(item, value[index], `${path}[${index}]`);
      if (problem) return problem;
    }
    return undefined;
  }
  if ('$contains' in matcher) {
    const wanted = matcher.$contains as string;
    return typeof value === 'string' && value.toLowerCase().includes(wanted.toLowerCase())
      ? undefined
      : `${path}: expected text containing ${describe(wanted)}, got ${describe(value)}`;
  }
  if ('$matches' in matcher) {
    const pattern = new RegExp(matcher.$matches as string, 'i');
    return typeof value === 'string' && pattern.test(value) ? undefined : `${path}: expected text matching /${pattern.source}/, got ${describe(value)}`;
  }
  if ('$oneOf' in matcher) {
    const options = matcher.$oneOf as Matcher[];
    return options.some((option) => mismatch(option, value, path) === undefined)
      ? undefined
      : `${path}: expected one of ${describe(options)}, got ${describe(value)}`;
  }
  if ('$present' in matcher) return value === undefined ? `${path}: expected a value, got nothing` : undefined;
  if ('$absent' in matcher) return value === undefined ? undefined : `${path}: expected nothing, got ${describe(value)}`;
  if ('$between' in matcher) {
    const [minimum, maximum] = matcher.$between as [number, number];
    return typeof value === 'number' && value >= minimum && value <= maximum
      ? undefined
      : `${path}: expected a number from ${minimum} to ${maximum}, got ${describe(value)}`;
  }
  if ('$includes' in matcher) {
    const item = matcher.$includes as Matcher;
    return Array.isArray(value) && value.some((element) => mismatch(item, element) === undefined)
      ? undefined
      : `${path}: expected a list with an item matching ${describe(item)}, got ${describe(value)}`;
  }
  if ('$length' in matcher) {
    const length = Array.isArray(value) || typeof value === 'string' ? value.length : undefined;
    return length === matcher.$length ? undefined : `${path}: expected length ${String(matcher.$length)}, got ${describe(value)}`;
  }
  if ('$not' in matcher) {
    return mismatch(matcher.$not as Matcher, value, path) === undefined ? `${path}: expected anything but ${describe(matcher.$not)}` : undefined;
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return `${path}: expected an object, got ${describe(value)}`;
  for (const [field, fieldMatcher] of Object.entries(matcher)) {
    const problem = mismatch(fieldMatcher as Matcher, (value as Record<string, unknown>)[field], `${path}.${field}`);
    if (problem) return problem;
  }
  return undefined;
}

export function matches(matcher: Matcher, value: unknown): boolean {
  return mismatch(matcher, value) === undefined;
}
