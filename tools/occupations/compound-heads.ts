import { foldText } from '../text/fold-text.ts';
import type { Occupation } from './occupation-taxonomy.ts';

/**
 * Dutch, German and the Scandinavian languages write a job as one word, its last part naming the
 * job and what comes before it the field or rank: "Bloementeler" is a flower grower, "Sjukhusfysiker" a
 * hospital physicist, "Gewächshausgärtner" a greenhouse gardener. A word no title names is read by
 * the longest known one-word title it ends with, so the taxonomy need not list every compound.
 *
 * Only heads of those languages' compounds count: a head shorter than five letters, or one ending
 * like an English or Romance agent noun, ends ordinary words by chance ("Parts" ends in Dutch "arts",
 * "Contractor" in "actor", "Administrator" in Portuguese "ator", French verbs in "-teler"). The part
 * before the head must be a word of its own, four letters or more, so a name or a place ending in a
 * head's letters ("Leiden", "Bauer") and English words built on a prefix ("misjudge", "gynecologist",
 * "protester") are no compounds of it.
 */
const minimumHead = 5;
/**
 * Four-letter heads that Germanic languages compound with most and that no English or Romance word
 * ends in: German "Arzt" (doctor) and "Koch" (cook), Swedish "kock", Norwegian and Danish "kokk",
 * Dutch "boer" (farmer). Dutch "arts" is not among them: it ends "parts", "charts" and "starts".
 */
const shortHeads = new Set(['arzt', 'koch', 'kock', 'kokk', 'boer']);
const minimumModifier = 4;
/** Endings of English and Romance agent nouns and of words that are no compound heads there. */
const notGermanicHead = /(?:ist|yst|ess|iz|ore|ogue|able|al|ar|on|or|ora|eur|euse|rice|trice|ista|iste|ero|era|eiro|eira|ario|aria|ante|ente|ier|iere|ien|ienne|ant|ent|o|a|ic|ique)$/;
/** German and Dutch adjectives whose endings spell a head by chance ("arbeitsintensiv", "biografischer", "abstraktester"). */
const adjective = /(?:isch|iv|al|il|ell|est)(?:e|er|en|es|em)?$/;
/** Endings a German or Scandinavian title takes after its head: feminine, plural, definite. */
const inflections = ['', 'in', 'innen', 'en', 'e', 'n', 'r', 's', 'er', 'ne', 'na'];

let heads: Map<string, string> | undefined;

/** One-word titles that may end a compound, each with the title it stands for, built once per process. */
function compoundHeads(taxonomy: Map<string, Occupation>): Map<string, string> {
  if (heads) return heads;
  heads = new Map();
  for (const occupation of taxonomy.values()) {
    for (const title of occupation.titles) {
      if (title.startsWith('+') || title.startsWith('*')) continue;
      const open = title.endsWith('*');
      const word = foldText(title.replace(/\*$/, ''));
      if (!/^[a-z]+$/.test(word) || (word.length < minimumHead && !shortHeads.has(word)) || notGermanicHead.test(word)) continue;
      for (const ending of open ? inflections : ['']) if (!heads.has(word + ending)) heads.set(word + ending, word);
    }
  }
  return heads;
}

/**
 * A text no title names with each word read as the title its longest known head is ("bloementeler"
 * → "teler"), or null when no word has one. Checking each split of a word is a handful of map
 * lookups, microseconds a title.
 */
export function withCompoundHeads(folded: string, taxonomy: Map<string, Occupation>): string | null {
  const known = compoundHeads(taxonomy);
  let changed = false;
  const words = folded.split(' ').map((word) => {
    if (word.length < 7 || adjective.test(word)) return word;
    for (let split = 3; split <= word.length - 4; split++) {
      const head = known.get(word.slice(split));
      // A three-letter first part is a word only before a head no other language ends a word with ("Notarzt").
      if (head && (split >= minimumModifier || shortHeads.has(head))) {
        changed = true;
        return head;
      }
    }
    return word;
  });
  return changed ? words.join(' ') : null;
}
