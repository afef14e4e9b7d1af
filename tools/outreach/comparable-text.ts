const numberWords = new Map(Object.entries({
  one: '1', two: '2', three: '3', four: '4', five: '5', six: '6', seven: '7', eight: '8', nine: '9', ten: '10',
  eleven: '11', twelve: '12', thirteen: '13', fourteen: '14', fifteen: '15', sixteen: '16', seventeen: '17',
  eighteen: '18', nineteen: '19', twenty: '20', thirty: '30', forty: '40', fifty: '50',
}));

const units = new Map(Object.entries({ years: 'year', year: 'year', yrs: 'year', yr: 'year', months: 'month', month: 'month', percent: 'percent' }));

/**
 * Text reduced to what a claim check compares: lower case, words and numbers separated by single
 * spaces, so punctuation, line breaks and possessives do not matter. Tech names keep their marks
 * (C++, C#, Node.js). Numbers are spelled one way: "four" reads "4"; "ten years", "10+ yrs" and
 * "10 years" all read "10 year"; "40%" reads "40 percent". Numbers otherwise stay exact.
 */
export function comparableText(text: string) {
  const tokens =
    text
      .normalize('NFKC')
      .toLowerCase()
      .replace(/(\d),(\d{3})\b/g, '$1$2')
      .replace(/%/g, ' percent ')
      // "$2.5M" and "2.5 M" alike: a number and the letters after it are two words.
      .replace(/(\d)(\p{L})/gu, '$1 $2')
      .replace(/['’]s\b/g, '')
      .match(/[\p{L}\p{N}][\p{L}\p{N}+#.]*/gu) ?? [];
  const words = tokens.map((token) => token.replace(/\.+$/, '').replace(/^(\d+(?:\.\d+)?)\+$/, '$1'));
  const numbered = words.map((word) => numberWords.get(word) ?? word);
  const spelled = numbered.map((word, index) => (/^\d/.test(numbered[index - 1] ?? '') ? (units.get(word) ?? word) : word));
  // Spaces at both ends, so a phrase is looked up as whole words: ` ${phrase} `.
  return ` ${spelled.join(' ')} `;
}

/** True when `phrase` appears in `text` as whole words, after both are made comparable. */
export function mentions(text: string, phrase: string) {
  const wanted = comparableText(phrase);
  return wanted.trim() !== '' && comparableText(text).includes(wanted);
}
