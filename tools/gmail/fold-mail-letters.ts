import { foldLetters } from '../text/fold-text.ts';

/** Hangul conjoining jamo, which decomposing a Korean syllable into its parts leaves. */
const jamo = /[\u1100-\u11ff]/;

/**
 * Letters as mail is read: foldLetters, and two letters it leaves apart. Greek's final sigma is a
 * sigma ("θέσης" reads as "θεσησ", as its inflections do), and Korean syllables, which decomposing
 * splits into jamo, are put back together, so Korean reads as written and is matched syllable by
 * syllable, like Chinese characters and kana.
 */
export function foldMailLetters(text: string): string {
  const folded = foldLetters(text).replace(/ς/g, 'σ');
  return jamo.test(folded) ? folded.normalize('NFC') : folded;
}

/** Scripts written without spaces between words, read character by character: a character class's contents. */
export const unspacedLetters = '\\p{sc=Hangul}\\p{sc=Han}\\p{sc=Hiragana}\\p{sc=Katakana}';
export const unspacedScript = new RegExp(`[${unspacedLetters}]`, 'u');
