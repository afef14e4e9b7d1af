import { foldText } from '../text/fold-text.ts';
import { withCompoundHeads } from './compound-heads.ts';
import { codedOccupation } from './job-codes.ts';
import { firstJobWithSharedWords } from './slash-shared-words.ts';
import { occupationTaxonomy, type Occupation } from './occupation-taxonomy.ts';
import { withoutWhomServed } from './whom-served.ts';

export interface OccupationMatch {
  occupation: string;
  /** How many characters of the text the title matched: longer titles are more specific. */
  strength: number;
}

function longestMatch(patterns: RegExp[], folded: string, notPatterns: RegExp[] = []): number {
  return longestMatchAt(patterns, folded, notPatterns).length;
}

/** The longest title match and where the first match of that length starts. */
function longestMatchAt(patterns: RegExp[], folded: string, notPatterns: RegExp[] = []): { length: number; start: number } {
  const otherJobs = notPatterns.flatMap((pattern) => [...folded.matchAll(pattern)].map((match) => ({ start: match.index, end: match.index + match[0].length })));
  let longest = { length: 0, start: Infinity };
  for (const pattern of patterns) {
    for (const match of folded.matchAll(pattern)) {
      const start = match.index;
      const end = start + match[0].length;
      // Inside a longer title of another job ("chef" in "chef de cabine"), the words name that job.
      if (otherJobs.some((other) => other.start <= start && end <= other.end && other.end - other.start > end - start)) continue;
      if (match[0].length > longest.length || (match[0].length === longest.length && start < longest.start)) longest = { length: match[0].length, start };
    }
  }
  return longest;
}

const cache = new Map<string, OccupationMatch | null>();
const cacheLimit = 50_000;

/**
 * The occupation a job title names: the taxonomy title that matches the most of it ("Veterinary
 * Nurse" is a veterinary nurse, not a nurse), refined to a specialty when the title qualifies its
 * parent ("Registered Nurse – ICU", "Software Engineer, Backend"). Null when no known title matches.
 */
export function occupationOfTitle(title: string): OccupationMatch | null {
  const cached = cache.get(title);
  if (cached !== undefined) return cached;
  // German gendered forms name one occupation: "Grundschullehrer*in", "Fachangestellte:r"; so do
  // French ones written with brackets, a slash or a middle dot: "Assistant(e) social(e)",
  // "Vendeur/euse", "éducateur·rice"; and Spanish, Portuguese and Italian ones: "Tramitador/a de
  // siniestros", "Enfermeiro(a)", "Impiegato/a".
  const gendered = title
    .replace(/(\p{L})[:*_/](?:innen|in|r|e|n)\b/gu, '$1')
    .replace(/(\p{L})\/(?:a|as|ra|ras|ora|oras|es|se|euse|ère|ere|rice|trice|ne|le|essa)(?![\p{L}\p{N}])/gu, '$1')
    .replace(/(\p{L})\((?:e|es|ne|le|se|ère|ere|euse|rice|trice|a|as|o|os|ra|ora)\)/gu, '$1')
    .replace(/(\p{L})·(?:e|es|ne|le|se|ère|ere|euse|rice|trice)\b/gu, '$1');
  // Brackets of three words or more hold what the job involves or asks for, not what it is:
  // "Remote Pharmacist (Order Entry & Clinical Verification)" is a pharmacist, not a clinical one,
  // while "Registered Nurse (ICU)" keeps its specialty. A title named only inside them keeps them.
  const withoutDetails = gendered.replace(/\s*\(([^()]*)\)/g, (whole, inside: string) => (inside.trim().split(/\s+/).length >= 3 ? ' ' : whole)).trim();
  const plain = withoutDetails && bestTitleMatch(` ${foldText(withoutDetails)} `, occupationTaxonomy()) ? withoutDetails : gendered;
  const folded = ` ${foldText(plain)} `;
  const taxonomy = occupationTaxonomy();
  // What follows a dash with "also", "or" or "with" is a further requirement, not the job: "Lehrkraft
  // für sonderpädagogische Förderung – auch mit Lehramt Grundschule" is a special-needs teacher.
  const segments = plain.split(/\s+[–—|]\s+|\s+-\s+/);
  const job = [segments[0]!, ...segments.slice(1).filter((segment) => !asideStart.test(foldText(segment)))].join(' – ');
  const jobText = job === plain ? folded : ` ${foldText(job)} `;
  // "PA to the Chief Executive", "Assistant to the Director": the job is named before "to", whom it
  // serves after it. A job named only by its code in capitals ("PA – Mayfair") is read by the code.
  const beforeServed = withoutWhomServed(jobText);
  const served = beforeServed !== jobText ? (bestTitleMatch(`${beforeServed} `, taxonomy) ?? byCode(withoutWhomServed(job), taxonomy)) : null;
  const best = served ?? strongest(bestTitleMatch(jobText, taxonomy), sharedWordsMatch(job, taxonomy)) ?? byCode(job, taxonomy) ?? byCompoundHeads(jobText, taxonomy);
  let result: OccupationMatch | null = best ? { occupation: best.occupation.id, strength: best.strength } : null;
  if (best) {
    const specialty = qualifiedSpecialty(best.occupation, folded, taxonomy);
    if (specialty) result = { occupation: specialty.id, strength: best.strength };
  }
  if (cache.size >= cacheLimit) cache.clear();
  cache.set(title, result);
  return result;
}

type TitleMatch = { occupation: Occupation; strength: number };

/** The match of a slash's first job with the words both jobs share, when there is one. */
function sharedWordsMatch(job: string, taxonomy: Map<string, Occupation>): TitleMatch | null {
  const first = firstJobWithSharedWords(job);
  return first ? bestTitleMatch(` ${foldText(first)} `, taxonomy) : null;
}

/** The longer of two matches, the first on a tie: the title as written wins unless reading the slash names more. */
function strongest(written: TitleMatch | null, other: TitleMatch | null): TitleMatch | null {
  if (!written) return other;
  return other && other.strength > written.strength ? other : written;
}

/** The occupation whose code a title writes in capitals ("PA", "SA"), with the code's length as its strength. */
function byCode(title: string, taxonomy: Map<string, Occupation>): { occupation: Occupation; strength: number } | null {
  const coded = codedOccupation(title);
  const occupation = coded && taxonomy.get(coded.occupation);
  return occupation ? { occupation, strength: coded.code.length } : null;
}

/** A title written as one compound word no title names, read by its head ("hoofdteler" → "teler"). */
function byCompoundHeads(folded: string, taxonomy: Map<string, Occupation>): { occupation: Occupation; strength: number } | null {
  const read = withCompoundHeads(folded, taxonomy);
  return read ? bestTitleMatch(read, taxonomy) : null;
}

const asideStart = /^(auch|oder|mit|sowie|also|or|with|incl|including|plus|ou|avec|aussi|o|con|tambien|ook|of|met)\b/;

/** The occupation whose title matches the most of the text, a specialty winning a tie with its parent. */
function bestTitleMatch(folded: string, taxonomy: Map<string, Occupation>): { occupation: Occupation; strength: number } | null {
  let best: { occupation: Occupation; strength: number; start: number } | null = null;
  for (const occupation of taxonomy.values()) {
    const { length: strength, start } = longestMatchAt(occupation.titlePatterns, folded, occupation.notTitlePatterns);
    if (strength === 0) continue;
    const moreSpecific = best !== null && strength === best.strength && occupation.parent === best.occupation.id;
    // Two jobs named as fully ("Grünpfleger / Hausmeister Außenanlagen"): the one named first is the job.
    const namedFirst = best !== null && strength === best.strength && start < best.start && best.occupation.parent !== occupation.id;
    if (!best || strength > best.strength || moreSpecific || namedFirst) best = { occupation, strength, start };
  }
  return best && { occupation: best.occupation, strength: best.strength };
}

/** A child of the matched occupation whose qualifier the title also names, preferring the longest qualifier. */
function qualifiedSpecialty(occupation: Occupation, folded: string, taxonomy: Map<string, Occupation>): Occupation | null {
  let best: { child: Occupation; length: number } | null = null;
  for (const child of taxonomy.values()) {
    if (child.parent !== occupation.id || child.qualifierPatterns.length === 0) continue;
    const length = longestMatch(child.qualifierPatterns, folded);
    if (length > 0 && (!best || length > best.length)) best = { child, length };
  }
  return best?.child ?? null;
}
