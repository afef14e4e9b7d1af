import { foldedWords } from './fold-text.ts';

export const detectableLanguages = ['en', 'de', 'fr', 'es', 'nl', 'it', 'pt'] as const;
export type Language = (typeof detectableLanguages)[number];

// The commonest function words of each language, folded: frequent in any text, rare in the others.
const functionWords: Record<Language, string[]> = {
  en: ['the', 'and', 'of', 'to', 'in', 'you', 'with', 'for', 'our', 'we', 'will', 'is', 'are', 'your', 'on', 'as', 'be', 'an', 'this', 'have', 'at', 'or', 'from', 'who', 'about', 'experience'],
  de: ['und', 'der', 'die', 'das', 'mit', 'fur', 'von', 'zu', 'ist', 'wir', 'sie', 'ein', 'eine', 'auf', 'im', 'den', 'dem', 'des', 'bei', 'ihre', 'unser', 'unsere', 'sich', 'als', 'oder', 'nicht', 'auch'],
  fr: ['et', 'le', 'la', 'les', 'des', 'du', 'un', 'une', 'pour', 'avec', 'vous', 'nous', 'est', 'dans', 'sur', 'au', 'aux', 'votre', 'notre', 'nos', 'vos', 'qui', 'que', 'en', 'une', 'par', 'sont'],
  es: ['y', 'el', 'la', 'los', 'las', 'de', 'del', 'en', 'con', 'para', 'por', 'un', 'una', 'que', 'es', 'se', 'al', 'tu', 'su', 'nuestro', 'nuestra', 'como', 'o', 'mas', 'sus'],
  nl: ['en', 'de', 'het', 'van', 'een', 'met', 'voor', 'je', 'jij', 'wij', 'we', 'ons', 'onze', 'is', 'op', 'zijn', 'aan', 'bij', 'naar', 'ook', 'dat', 'die'],
  it: ['e', 'il', 'la', 'di', 'che', 'per', 'con', 'un', 'una', 'del', 'della', 'delle', 'dei', 'nel', 'sono', 'la', 'le', 'gli', 'si', 'al', 'alla'],
  pt: ['e', 'o', 'a', 'os', 'as', 'de', 'do', 'da', 'dos', 'das', 'em', 'no', 'na', 'com', 'para', 'por', 'um', 'uma', 'que', 'voce', 'nos', 'sua', 'seu'],
};

const weights = new Map<string, Map<Language, number>>();
for (const language of detectableLanguages) {
  for (const word of functionWords[language]) {
    const entry = weights.get(word) ?? new Map<Language, number>();
    entry.set(language, 1);
    weights.set(word, entry);
  }
}

/**
 * The language most of a text is written in, from how often each language's function words occur;
 * null when the text is too short or too mixed to tell. Good enough to pick a stemmer and to know a
 * posting written in German asks for German, not to translate.
 */
export function detectLanguage(text: string, options: { minimumHits?: number } = {}): Language | null {
  const counts = new Map<Language, number>();
  for (const word of foldedWords(text.slice(0, 20_000))) {
    const languages = weights.get(word);
    if (!languages) continue;
    // A word shared by several languages ("en", "de", "la") counts for each a little.
    for (const language of languages.keys()) counts.set(language, (counts.get(language) ?? 0) + 1 / languages.size);
  }
  const ranked = [...counts.entries()].sort((left, right) => right[1] - left[1]);
  const [first, second] = ranked;
  if (!first || first[1] < (options.minimumHits ?? 4)) return null;
  if (second && second[1] > first[1] * 0.8) return null;
  return first[0];
}
