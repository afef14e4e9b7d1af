import { stemmer as dutch } from '@orama/stemmers/dutch';
import { stemmer as english } from '@orama/stemmers/english';
import { stemmer as french } from '@orama/stemmers/french';
import { stemmer as german } from '@orama/stemmers/german';
import { stemmer as italian } from '@orama/stemmers/italian';
import { stemmer as portuguese } from '@orama/stemmers/portuguese';
import { stemmer as spanish } from '@orama/stemmers/spanish';
import { detectLanguage, type Language } from './detect-language.ts';
import { foldedWords } from './fold-text.ts';

const stemmers: Record<Language, (word: string) => string> = { en: english, de: german, fr: french, es: spanish, nl: dutch, it: italian, pt: portuguese };

// Words that say nothing about a job in any of the languages Atlas reads, folded. Kept short on
// purpose: ranking weighs words by rarity, so only the very commonest need to go.
const stopWords = new Set(
  (
    'a an and are as at be by for from has have i in is it its of on or our that the their this to us was we were will with you your ' +
    'der die das und mit fur von zu ist wir sie ein eine einer auf im den dem des bei ihre unser unsere sich als oder auch nicht m w d ' +
    'et le la les des du un une pour avec vous nous est dans sur au aux votre notre nos vos qui que en par sont h f ' +
    'y el los las de del con para por que es se al su sus como o mas ' +
    'het van een voor je jij wij ons onze op zijn aan bij naar ook dat die'
  ).split(' '),
);

/**
 * The words of a text as ranking compares them: folded, without stop words, stemmed in the text's
 * own language (English when it cannot tell), so "nurses" meets "nurse" and "Pflegekräfte" meets
 * "Pflegekraft".
 */
export function textTerms(text: string, language: Language | null = detectLanguage(text)): string[] {
  const stem = stemmers[language ?? 'en'];
  const terms: string[] = [];
  for (const word of foldedWords(text)) {
    if (word.length < 2 && !/[+#]/.test(word)) continue;
    if (stopWords.has(word)) continue;
    terms.push(/^\p{L}+$/u.test(word) && word.length > 3 ? stem(word) : word);
  }
  return terms;
}
