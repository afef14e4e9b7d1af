import { createHash } from 'node:crypto';
import { occupationOfTitle, type OccupationMatch } from './find-occupation.ts';
import { occupationTaxonomySource } from './occupation-taxonomy.ts';

/**
 * The occupation a posting hires for: what its title names, or failing that what its opening lines
 * say it is looking for ("We are hiring a nurse"), counted half as strong.
 */
export function occupationOfPosting(posting: { title: string; description: string }): OccupationMatch | null {
  return occupationOfTitle(posting.title) ?? occupationOfOpening(posting.description);
}

const hiringVerb = /\b(looking for|hiring|seeking|join us as|recrute|recrutons|recherchons|recherche|suchen|sucht|busca|buscamos|zoeken|zoekt|cerchiamo|procuramos)\b/i;

function occupationOfOpening(description: string): OccupationMatch | null {
  const opening = description.split(/(?<=[.!?])\s+|\n+/).filter((line) => hiringVerb.test(line));
  for (const line of opening.slice(0, 3)) {
    // Who is sought comes after the verb; the words before it name the employer, and the verb itself
    // ("recrute") would otherwise read as a recruiter's title.
    const sought = line.slice(line.search(hiringVerb)).replace(hiringVerb, ' ');
    const match = occupationOfTitle(sought.slice(0, 200));
    if (match) return { occupation: match.occupation, strength: match.strength / 2 };
  }
  return null;
}

/** The value stored in `jobs.occupation`: the occupation's id, or '' when the posting names none. */
export function storedOccupation(posting: { title: string; description: string }): string {
  return occupationOfPosting(posting)?.occupation ?? '';
}

/**
 * The version of the rules that read occupations: the taxonomy's content and the reading code's own
 * number, bumped whenever the way titles are read changes. Postings stored under another version are
 * read again in the background, so a better reading reaches the whole catalogue without a rebuild.
 */
export const occupationRulesVersion = createHash('sha256')
  .update(occupationTaxonomySource())
  .update('title-reading-6')
  .digest('hex')
  .slice(0, 16);
