import { foldedWords } from './fold-text.ts';

export const detectableLanguages = ['en', 'de', 'fr', 'es', 'nl', 'it', 'pt'] as const;
export type Language = (typeof detectableLanguages)[number];

// Languages a text is recognised as written in, though matching's terms are not stemmed in them:
// knowing a posting is in Polish keeps it from being read as Portuguese, and says it asks for Polish.
const otherWrittenLanguages = ['pl', 'sv', 'da', 'no'] as const;
export type WrittenLanguage = Language | (typeof otherWrittenLanguages)[number];

// The commonest function words of each language, folded: frequent in any text, rare in the others.
const functionWords: Record<WrittenLanguage, string[]> = {
  en: ['the', 'and', 'of', 'to', 'in', 'you', 'with', 'for', 'our', 'we', 'will', 'is', 'are', 'your', 'on', 'as', 'be', 'an', 'this', 'have', 'at', 'or', 'from', 'who', 'about', 'experience'],
  de: ['und', 'der', 'die', 'das', 'mit', 'fur', 'von', 'zu', 'ist', 'wir', 'sie', 'ein', 'eine', 'auf', 'im', 'den', 'dem', 'des', 'bei', 'ihre', 'unser', 'unsere', 'sich', 'als', 'oder', 'nicht', 'auch'],
  fr: ['et', 'le', 'la', 'les', 'des', 'du', 'un', 'une', 'pour', 'avec', 'vous', 'nous', 'est', 'dans', 'sur', 'au', 'aux', 'votre', 'notre', 'nos', 'vos', 'qui', 'que', 'en', 'une', 'par', 'sont'],
  es: ['y', 'el', 'la', 'los', 'las', 'de', 'del', 'en', 'con', 'para', 'por', 'un', 'una', 'que', 'es', 'se', 'al', 'tu', 'su', 'nuestro', 'nuestra', 'como', 'o', 'mas', 'sus'],
  nl: ['en', 'de', 'het', 'van', 'een', 'met', 'voor', 'je', 'jij', 'wij', 'we', 'ons', 'onze', 'is', 'op', 'zijn', 'aan', 'bij', 'naar', 'ook', 'dat', 'die'],
  it: ['e', 'il', 'la', 'di', 'che', 'per', 'con', 'un', 'una', 'del', 'della', 'delle', 'dei', 'nel', 'sono', 'la', 'le', 'gli', 'si', 'al', 'alla'],
  pt: ['e', 'o', 'a', 'os', 'as', 'de', 'do', 'da', 'dos', 'das', 'em', 'no', 'na', 'com', 'para', 'por', 'um', 'uma', 'que', 'voce', 'nos', 'sua', 'seu'],
  pl: ['i', 'w', 'z', 'na', 'do', 'nie', 'sie', 'jest', 'oraz', 'dla', 'od', 'przez', 'po', 'ze', 'lub', 'za', 'jak', 'oferujemy', 'wymagania', 'pracy', 'prace', 'twoje', 'naszej', 'nasz', 'przy', 'jako'],
  sv: ['och', 'att', 'det', 'som', 'en', 'pa', 'ar', 'for', 'med', 'av', 'till', 'den', 'har', 'vi', 'du', 'om', 'kan', 'var', 'ett', 'eller', 'inte', 'ocksa', 'dig', 'vara', 'hos'],
  da: ['og', 'at', 'det', 'som', 'en', 'pa', 'er', 'for', 'med', 'af', 'til', 'den', 'har', 'vi', 'du', 'om', 'kan', 'vores', 'et', 'eller', 'ikke', 'ogsa', 'dig', 'jeres', 'hvis'],
  no: ['og', 'a', 'det', 'som', 'en', 'pa', 'er', 'for', 'med', 'av', 'til', 'den', 'har', 'vi', 'du', 'om', 'kan', 'var', 'et', 'eller', 'ikke', 'ogsa', 'deg', 'dere', 'hos'],
};

const weights = new Map<string, Map<WrittenLanguage, number>>();
for (const language of [...detectableLanguages, ...otherWrittenLanguages]) {
  for (const word of functionWords[language]) {
    const entry = weights.get(word) ?? new Map<WrittenLanguage, number>();
    entry.set(language, 1);
    weights.set(word, entry);
  }
}

/**
 * The language most of a text is written in, from how often each language's function words occur;
 * null when the text is too short or too mixed to tell. Good enough to know a posting written in
 * German or Polish asks for that language, not to translate.
 */
export function detectWrittenLanguage(text: string, options: { minimumHits?: number } = {}): WrittenLanguage | null {
  const counts = new Map<WrittenLanguage, number>();
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

/** The language a text is written in when matching stems its terms in it (text-terms.ts); null otherwise. */
export function detectLanguage(text: string, options: { minimumHits?: number } = {}): Language | null {
  const written = detectWrittenLanguage(text, options);
  return (detectableLanguages as readonly string[]).includes(written ?? '') ? (written as Language) : null;
}
