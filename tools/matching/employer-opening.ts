/**
 * A posting's sentence that turns from the employer to the job: "We're looking for an Executive
 * Assistant", "Acme is hiring", "Wir suchen", "Nous recrutons", "Buscamos", "Poszukujemy". It must
 * say who hires ("we", "is hiring"), so a requirement such as "experience hiring a team" is not one.
 */
export const hiringSentence =
  /\b(we('| a)?re (currently |now )?(looking for|hiring|seeking|recruiting)|we (currently |now )?(seek|need|want)|(is|are) (currently |now )?(looking for|hiring|seeking|recruiting)|join us as|wir suchen|such(t|en) (ab sofort |zum \S+ |zur \S+ )?(eine?n?|dich|sie)\b|nous recrutons|nous recherchons|recrute (un|une|des)|buscamos|estamos buscando|(we|wij) zoeken|zoeken (wij|we)|cerchiamo|stiamo cercando|procuramos|estamos a recrutar|poszukujemy|szukamy|hledame|hledáme)\b/i;

/**
 * How many of a description's lines, from the top, only introduce the employer: those before the
 * sentence that turns to the job, when that comes before any heading. "Ledgerline is the finance
 * platform for … accounts, cards and payroll" asks nothing of an executive assistant. A posting that
 * never says whom it hires, or says it under a heading, has no such opening.
 */
export function employerOpeningLines(lines: string[], isHeading: (line: string) => boolean): { lines: number; keepFrom: string } {
  for (const [index, line] of lines.entries()) {
    if (isHeading(line)) return { lines: 0, keepFrom: '' };
    const match = hiringSentence.exec(line);
    if (!match) continue;
    // The hiring sentence and what follows it on the line are about the job; its verb is not a
    // skill ("We are recruiting a Company Secretary" asks for no recruiter).
    const sentenceStart = Math.max(0, ...[...line.slice(0, match.index).matchAll(/[.!?]\s+/g)].map((stop) => stop.index! + stop[0].length));
    return { lines: index, keepFrom: `${line.slice(sentenceStart, match.index)} ${line.slice(match.index + match[0].length)}` };
  }
  return { lines: 0, keepFrom: '' };
}
