/** A free-text search as the lexical side needs it. */
export interface SearchQuery {
  /** The whole query, for `websearch_to_tsquery`: quotes keep phrases, a leading "-" excludes. */
  text: string;
  /** The words the user wants, without the excluded ones, for the any-word match and the snippet. */
  wanted: string;
  /** Only the exclusions, in web-search syntax ("-java -\"project manager\""); empty when there are none. */
  excluded: string;
  /** Distinct wanted words in lower case, to report which of them each posting contains. */
  terms: string[];
  /** The query as typed without its exclusions, "or" and punctuation kept, for reading constraints. */
  request: string;
}

// A quoted phrase or a bare word, either one possibly preceded by "-" to exclude it.
const token = /(-?)"([^"]*)"|(-?)(\S+)/g;

export function parseSearchQuery(text: string): SearchQuery {
  const wanted: string[] = [];
  const excluded: string[] = [];
  let request = text;
  for (const match of text.matchAll(token)) {
    const [, phraseSign, phrase, wordSign, word] = match;
    const words = phrase ?? word ?? '';
    if (!words.trim()) continue;
    if ((phraseSign ?? wordSign) === '-') {
      excluded.push(phrase === undefined ? `-${words}` : `-"${words}"`);
      request = request.replace(match[0], ' ');
    }
    else if (!/^or$/i.test(words)) wanted.push(words);
  }
  const terms = [...new Set(wanted.flatMap((words) => words.toLowerCase().match(/[\p{L}\p{N}][\p{L}\p{N}+#.]*/gu) ?? []))];
  return { text: text.trim(), wanted: wanted.join(' '), excluded: excluded.join(' '), terms, request: request.replace(/\s+/g, ' ').trim() };
}
