/**
 * Splits a line at a separator, but never inside brackets, so "Spark (PySpark, Structured Streaming),
 * Kafka" gives two pieces, not three. Pieces are trimmed; empty ones are dropped.
 */
export function splitOutsideBrackets(line: string, separator: RegExp): string[] {
  const global = new RegExp(separator.source, separator.flags.includes('g') ? separator.flags : `${separator.flags}g`);
  const pieces: string[] = [];
  let start = 0;
  for (const match of line.matchAll(global)) {
    const before = line.slice(0, match.index);
    const depth = (before.match(/[([{]/g)?.length ?? 0) - (before.match(/[)\]}]/g)?.length ?? 0);
    if (depth > 0 || match[0].length === 0) continue;
    pieces.push(line.slice(start, match.index));
    start = match.index + match[0].length;
  }
  pieces.push(line.slice(start));
  return pieces.map((piece) => piece.trim()).filter((piece) => /[\p{L}\p{N}]/u.test(piece));
}

/** The text before and after the first separator outside brackets; the whole text and "" when there is none. */
export function splitOnce(line: string, separator: RegExp): [string, string] {
  const global = new RegExp(separator.source, separator.flags.includes('g') ? separator.flags : `${separator.flags}g`);
  for (const match of line.matchAll(global)) {
    const before = line.slice(0, match.index);
    const depth = (before.match(/[([{]/g)?.length ?? 0) - (before.match(/[)\]}]/g)?.length ?? 0);
    if (depth === 0 && match[0].length > 0) return [before.trim(), line.slice(match.index + match[0].length).trim()];
  }
  return [line.trim(), ''];
}

/** The pieces of `splitOutsideBrackets` with where each starts and ends, so neighbours can be joined as written. */
export function splitWithOffsets(line: string, separator: RegExp): { text: string; start: number; end: number }[] {
  const global = new RegExp(separator.source, separator.flags.includes('g') ? separator.flags : `${separator.flags}g`);
  const pieces: { start: number; end: number }[] = [];
  let start = 0;
  for (const match of line.matchAll(global)) {
    const before = line.slice(0, match.index);
    const depth = (before.match(/[([{]/g)?.length ?? 0) - (before.match(/[)\]}]/g)?.length ?? 0);
    if (depth > 0 || match[0].length === 0) continue;
    pieces.push({ start, end: match.index });
    start = match.index + match[0].length;
  }
  pieces.push({ start, end: line.length });
  return pieces
    .map(({ start: from, end: to }) => {
      const raw = line.slice(from, to);
      const lead = raw.length - raw.trimStart().length;
      return { text: raw.trim(), start: from + lead, end: from + lead + raw.trim().length };
    })
    .filter((piece) => /[\p{L}\p{N}]/u.test(piece.text));
}
