import { occupationTaxonomy } from '../occupations/occupation-taxonomy.ts';
import { foldLetters } from '../text/fold-text.ts';
import { languageCodeOfName } from './language-requirements.ts';

/**
 * A language pair a translator, interpreter or subtitler works in: "DE>EN", "German into English",
 * "del inglés al español". `bothWays` for a pair written without a direction ("Englisch–Deutsch"),
 * as interpreters state theirs.
 */
export interface LanguagePair {
  from: string;
  to: string;
  bothWays: boolean;
}

const codes = new Set(languageCodeOfName.values());
// A code as written in a pair, with an optional variety ("PT-PT", "EN-GB", "ES_MX").
const code = String.raw`[A-Z]{2}(?:[-_][A-Z]{2})?`;
const codeList = String.raw`${code}(?:\s*[/,+&]\s*${code})*`;
const arrow = String.raw`\s*(?:>|→|->|=>|»|＞)\s*`;
const bothWaysArrow = String.raw`\s*(?:<>|<->|↔|⇄)\s*`;
const codePairs = new RegExp(String.raw`(?<![\p{L}\p{N}])(${codeList})(${arrow}|${bothWaysArrow})(${codeList})(?![\p{L}\p{N}])`, 'gu');

// Words between two language names that make them a pair, folded: "to", "into", "nach", "ins",
// "vers (le|l')", "al", "naar (het)", "verso (l')", "para (o)", "em". Not "en" or "o": Dutch "Engels
// en Frans" and Spanish "inglés o francés" are two languages, not a pair.
const connector = /^(?:to|into|>|nach|ins|in|vers|vers le|vers la|vers l|a|al|naar|naar het|verso|verso l|in l|all|allo|alla|para|para o|para a|em)$/;
// A language name as it stands inflected in a pair: German "Englischen"/"Deutsche", French "l'anglais".
const nameStem = (word: string) => languageCodeOfName.get(word) ?? languageCodeOfName.get(word.replace(/(en|e|n)$/, '')) ?? null;

function languageOfCode(written: string): string | null {
  const language = written.slice(0, 2).toLowerCase();
  return codes.has(language) ? language : null;
}

function codesIn(list: string): string[] {
  return list.split(/\s*[/,+&]\s*/).flatMap((part) => languageOfCode(part) ?? []);
}

function addPairs(found: LanguagePair[], from: string[], to: string[], bothWays: boolean) {
  for (const source of from) {
    for (const target of to) {
      if (source === target || found.some((pair) => pair.from === source && pair.to === target)) continue;
      found.push({ from: source, to: target, bothWays });
    }
  }
}

/**
 * The language pairs a text states: in codes with an arrow ("EN/FR>ES", "DE→EN", "EN<>PL"), or in
 * words with a direction ("from German into English", "aus dem Englischen ins Deutsche", "de l'anglais
 * vers le français", "del inglés al español", "van Engels naar Nederlands") or a dash between two
 * language names ("Englisch–Deutsch", "English-Spanish"). Codes are read in capitals only: "it", "no"
 * and "pt" in lower case are words.
 */
export function languagePairsIn(text: string): LanguagePair[] {
  const found: LanguagePair[] = [];
  for (const match of text.matchAll(codePairs)) {
    addPairs(found, codesIn(match[1]!), codesIn(match[3]!), /<|↔|⇄/.test(match[2]!));
  }
  // Words keep their dashes and ">" as tokens of their own; everything else is folded away.
  const words = foldLetters(text.toLowerCase())
    .replace(/[’']/g, ' ')
    .replace(/([–—>-])/g, ' $1 ')
    .replace(/[^\p{L}\p{N}–—>\- ]+/gu, ' ')
    .split(/\s+/)
    .filter(Boolean);
  for (let index = 0; index < words.length; index += 1) {
    const from = nameStem(words[index]!);
    if (!from) continue;
    // Up to three connecting words ("vers le", "naar het", "ins"), then the second language.
    for (let gap = 1; gap <= 3 && index + gap < words.length; gap += 1) {
      const between = words.slice(index + 1, index + gap).join(' ');
      const to = nameStem(words[index + gap]!);
      if (!to) continue;
      if (between === '–' || between === '—' || between === '-') addPairs(found, [from], [to], true);
      else if (connector.test(between)) addPairs(found, [from], [to], false);
      break;
    }
  }
  return found;
}

const meets = (wanted: LanguagePair, offered: LanguagePair) =>
  (wanted.from === offered.from && wanted.to === offered.to) ||
  ((wanted.bothWays || offered.bothWays) && wanted.from === offered.to && wanted.to === offered.from);

/**
 * Whether a posting's pairs answer the pairs someone works in or asks for: null when either side
 * states none, so nothing is judged on a missing statement.
 */
export function languagePairsMeet(wanted: LanguagePair[], offered: LanguagePair[]): boolean | null {
  if (wanted.length === 0 || offered.length === 0) return null;
  return wanted.some((pair) => offered.some((other) => meets(pair, other)));
}

/** A pair as a person reads it: "DE>EN", "EN<>DE". */
export function describeLanguagePair(pair: LanguagePair): string {
  return `${pair.from.toUpperCase()}${pair.bothWays ? '<>' : '>'}${pair.to.toUpperCase()}`;
}

// Translators, interpreters, subtitlers and other linguists (ISCO-08 2643): their pair is the job.
const linguistGroup = '2643';
// As much as a language the posting needs and the person lacks (languageFit's 0.5), and a little more:
// a pair is the whole of a translator's work.
const mismatchedPairFit = 0.45;

/**
 * The language fit of a linguist's posting by its pairs: a person who works in none of the pairs it
 * states cannot do the job, whatever languages they speak. Null for other jobs, or when either side
 * states no pair.
 */
export function languagePairFit(
  person: LanguagePair[],
  posting: { languagePairs: LanguagePair[]; occupation: { occupation: string } | null },
): { fit: number; note: string } | null {
  const occupation = posting.occupation ? occupationTaxonomy().get(posting.occupation.occupation) : undefined;
  if (occupation?.isco !== linguistGroup) return null;
  const meets = languagePairsMeet(person, posting.languagePairs);
  if (meets === null) return null;
  const stated = posting.languagePairs.map(describeLanguagePair).join(', ');
  if (meets) return { fit: 1, note: `Works in ${stated}, a pair the CV shows` };
  return { fit: mismatchedPairFit, note: `Works in ${stated}; the CV shows ${person.map(describeLanguagePair).join(', ')}` };
}

/** A request's pairs against a posting's, as a factor on its relevance: a translator asked for DE>EN is not one for EN>PT. */
export function requestPairFactor(requested: LanguagePair[], posting: { languagePairs: LanguagePair[] }): number {
  return languagePairsMeet(requested, posting.languagePairs) === false ? mismatchedPairFit : 1;
}
