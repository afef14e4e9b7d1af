import { detectLanguage } from '../text/detect-language.ts';
import { foldText } from '../text/fold-text.ts';

// Language names as CVs and postings write them, folded, in English, German, French and Spanish.
const languageNames: Record<string, string[]> = {
  en: ['english', 'englisch', 'anglais', 'ingles', 'engels'],
  de: ['german', 'deutsch', 'deutschkenntnisse', 'allemand', 'aleman', 'duits'],
  fr: ['french', 'franzosisch', 'francais', 'frances', 'frans'],
  es: ['spanish', 'spanisch', 'espagnol', 'espanol', 'castellano', 'spaans'],
  nl: ['dutch', 'niederlandisch', 'neerlandais', 'neerlandes', 'nederlands', 'flemish'],
  it: ['italian', 'italienisch', 'italien', 'italiano'],
  pt: ['portuguese', 'portugiesisch', 'portugais', 'portugues'],
  pl: ['polish', 'polnisch', 'polonais', 'polaco'],
  ar: ['arabic', 'arabisch', 'arabe'],
  zh: ['mandarin', 'chinese', 'chinesisch', 'chinois', 'chino', 'cantonese'],
  hi: ['hindi'],
  ja: ['japanese', 'japanisch', 'japonais', 'japones'],
  tr: ['turkish', 'turkisch', 'turc', 'turco'],
  ru: ['russian', 'russisch', 'russe', 'ruso'],
};
const byName = new Map(Object.entries(languageNames).flatMap(([code, names]) => names.map((name) => [name, code] as const)));

// A sentence that asks for a language ("fluent German", "Deutsch C1", "français courant") rather than
// prefers it ("Spanish is a plus").
const asks =
  /\b(fluent|fluency|native|business|proficien\w*|excellent|strong|required|requirement|must|essential|written and spoken|spoken and written|c1|c2|b2|bilingual|fliessend|verhandlungssicher\w*|sehr gute\w*|gute\w* .*kenntnisse|kenntnisse|muttersprach\w*|erforderlich|courant|maitrise|bilingue|exige\w*|requis|indispensable|obligatoire|nivel|imprescindible|dominio|nativo|fluido|requerido)\b/;
const prefers = /\b(plus|bonus|nice to have|advantage|advantageous|desirable|preferred|ideally|von vorteil|wunschenswert|un plus|un atout|apprecie|valorable|se valorara|deseable)\b/;

function namedLanguages(folded: string): string[] {
  const found = new Set<string>();
  for (const word of folded.split(' ')) {
    const code = byName.get(word) ?? (word.startsWith('deutschkenntnis') ? 'de' : undefined);
    if (code) found.add(code);
  }
  return [...found];
}

/**
 * The languages a posting needs: the one it is written in (a posting in German is for German
 * speakers) and any it asks for in so many words, not those it only calls a plus.
 */
export function requiredLanguages(posting: { title: string; description: string }): Set<string> {
  const required = new Set<string>();
  const written = detectLanguage(posting.description);
  if (written) required.add(written);
  for (const sentence of posting.description.split(/(?<=[.!?;])\s+|\n+/)) {
    if (!asks.test(foldText(sentence))) continue;
    // "Fluent German required; Dutch is a plus": each clause asks or prefers on its own.
    for (const clause of sentence.split(/[,;:()–—]|\b(?:and|while|whereas|but|und|et|y|pero)\b/)) {
      const folded = foldText(clause ?? '');
      if (!folded || prefers.test(folded)) continue;
      for (const code of namedLanguages(folded)) required.add(code);
    }
  }
  return required;
}

/** The languages a CV shows: the one it is written in and every language it names. */
export function spokenLanguages(cvText: string): Set<string> {
  const spoken = new Set<string>(namedLanguages(foldText(cvText)));
  // A CV of a few headlines has few function words; one is enough to tell the language it is in.
  const written = detectLanguage(cvText) ?? detectLanguage(cvText, { minimumHits: 1 });
  if (written) spoken.add(written);
  return spoken;
}
