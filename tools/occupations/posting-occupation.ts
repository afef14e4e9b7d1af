import { occupationOfTitle, type OccupationMatch } from './find-occupation.ts';

/**
 * The occupation a posting hires for: what its title names, or failing that what its opening lines
 * say it is looking for ("We are hiring a nurse"), counted half as strong.
 */
export function occupationOfPosting(posting: { title: string; description: string }): OccupationMatch | null {
  return occupationOfTitle(posting.title) ?? occupationOfOpening(posting.description);
}

function occupationOfOpening(description: string): OccupationMatch | null {
  const opening = description.split(/(?<=[.!?])\s+|\n+/).filter((line) => /\b(looking for|hiring|seeking|join us as|recrute|recherchons|suchen|busca|buscamos)\b/i.test(line));
  for (const line of opening.slice(0, 3)) {
    const match = occupationOfTitle(line.slice(0, 200));
    if (match) return { occupation: match.occupation, strength: match.strength / 2 };
  }
  return null;
}

/** The value stored in `jobs.occupation`: the occupation's id, or '' when the posting names none. */
export function storedOccupation(posting: { title: string; description: string }): string {
  return occupationOfPosting(posting)?.occupation ?? '';
}
