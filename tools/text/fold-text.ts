const unmarked: Record<string, string> = { ł: 'l', đ: 'd', ø: 'o', ı: 'i', æ: 'ae', œ: 'oe' };

/**
 * Letters as every comparison of words folds them, punctuation left as written: lower case, without
 * diacritics, "ß" as "ss" and the letters that carry no separable mark as their plain letters. Mail's
 * phrase rules match on this, since their patterns read apostrophes, hyphens and sentence ends ("we've",
 * "j'ai", "take-home", a full stop no phrase crosses), which foldText turns into spaces.
 */
export function foldLetters(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/[łđøıæœ]/g, (letter) => unmarked[letter]!);
}

/**
 * Text reduced to what word matching compares: lower case, without diacritics ("Pflegefachkraft für
 * Intensivstation" → "pflegefachkraft fur intensivstation"), "ß" as "ss", the letters that carry no
 * separable mark as the plain letter a reader types for them ("Łódź" → "lodz", "Ølstykke" → "olstykke",
 * "œuvre" → "oeuvre"), and every run of characters other than letters, digits, "&", "+" and "#" as one
 * space, so "UX/UI", "(m/w/d)" and "node.js" split into words while "C#", "C++" and "FP&A" stay whole.
 */
export function foldText(text: string): string {
  return foldLetters(text)
    .replace(/[’']/g, ' ')
    .replace(/[^\p{L}\p{N}&+#]+/gu, ' ')
    .trim();
}

/** The words of folded text. */
export function foldedWords(text: string): string[] {
  const folded = foldText(text);
  return folded ? folded.split(' ') : [];
}
