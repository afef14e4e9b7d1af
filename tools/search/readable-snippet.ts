/** List markers and Markdown emphasis as descriptions carry them ("* Python", "- SQL", "**Remote**", "## About"). */
const listMarker = /(^|\s)(?:[*•▪◦‣·+-]|\d{1,2}[.)])\s+(?=\S)/gu;
const markdownEmphasis = /(\*\*|__|##+\s*)/g;

/**
 * A search snippet fit to show: Postgres's ts_headline cuts at a fixed word count, so a fragment can
 * begin inside a word of the description or carry its list markers. The snippet starts at a whole
 * word, bullets become " · ", and "…" marks text left out before or after.
 */
export function readableSnippet(snippet: string, description: string): string {
  // Compared with whitespace collapsed: the headline may not keep the description's line breaks.
  const flatDescription = description.replace(/\s+/g, ' ').trim();
  let text = snippet.replace(/\s+/g, ' ').trim();
  if (text === '') return '';
  const length = text.length;
  const start = flatDescription.indexOf(text);
  const before = start > 0 ? flatDescription[start - 1]! : '';
  if (/[\p{L}\p{N}]/u.test(before)) text = text.replace(/^[\p{L}\p{N}'’-]+\s*/u, '');
  const cleaned = text
    .replace(markdownEmphasis, '')
    .replace(listMarker, (_match, space: string) => (space ? ' · ' : ''))
    .replace(/\s+/g, ' ')
    .replace(/^(?:· )+/, '')
    .trim();
  const leftOutBefore = start !== 0;
  const leftOutAfter = start < 0 || start + length < flatDescription.length;
  return `${leftOutBefore ? '…' : ''}${cleaned}${leftOutAfter ? '…' : ''}`;
}
