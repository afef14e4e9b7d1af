import { monthNamePattern } from '../text/month-names.ts';

// A month in any of the languages month-names.ts knows, full or cut short, with or without a point.
const month = String.raw`(?:${monthNamePattern})\.?`;
const point = String.raw`(?:${month}\s+\d{4}|\d{4}[/.-]\d{1,2}(?!\d)|\d{1,2}[/.]\d{4}|\d{4})`;
const open = String.raw`(?:present|today|now|current(?:ly)?|date|heute|jetzt|dato|aujourd['’]hui|pr[ée]sent|actuel(?:lement)?|actualidad|presente|hoy|heden|nu)`;
const between = String.raw`\s*(?:[–—-]|\bto\b|\bbis\b|(?<!\p{L})à(?!\p{L})|\ba\b|\buntil\b|\btot\b)\s*`;

/** A span of time as a CV writes it: "Feb 2024 - present", "2019–2024", "08/2018 – heute", "2021/04 – today". */
export const dateRangePattern = new RegExp(String.raw`(?<![\p{L}\p{N}])(${point})${between}(${point}|${open})(?![\p{L}\p{N}])`, 'iu');

export interface FoundDateRange {
  startDate: string;
  endDate: string;
  /** The words as the CV wrote them, to cut from the line they sit in. */
  text: string;
}

/** The first span of time a line states, with its start and end copied as written. */
export function findDateRange(line: string): FoundDateRange | undefined {
  const match = dateRangePattern.exec(line);
  if (!match) return undefined;
  return { startDate: match[1]!, endDate: match[2]!, text: match[0] };
}

/** A single year at the end of a line ("…, 2024" or "… (2016)"), as certificates and degrees state it. */
export function trailingYear(line: string): { year: string; rest: string } | undefined {
  const match = /^(.*?)(?:\s*[,;–—-]\s*|\s*\()((?:19|20)\d{2})\)?\.?$/u.exec(line.trim());
  if (!match || match[1]!.trim() === '') return undefined;
  return { year: match[2]!, rest: match[1]!.trim() };
}
