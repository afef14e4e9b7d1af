import { occupationTaxonomy } from './occupation-taxonomy.ts';

/** A short name written in capitals ("SA", "PA"): the shape a job's code in the taxonomy takes. */
const capitalCode = /\b[A-Z][A-Z0-9]{1,4}\b/g;

let codes: Map<string, { occupation: string; words: string }> | undefined;

/** Every job code the taxonomy knows, with its occupation and the words it stands for. */
function jobCodes() {
  codes ??= new Map(
    [...occupationTaxonomy().values()].flatMap((occupation) => Object.entries(occupation.codes ?? {}).map(([code, words]) => [code, { occupation: occupation.id, words }] as const)),
  );
  return codes;
}

const listItemBefore = /[:,;]\s*$/;

/** The occupation of the first job code a title writes in capitals ("PA – Mayfair"), with the code. */
export function codedOccupation(title: string): { occupation: string; code: string } | null {
  for (const match of title.matchAll(capitalCode)) {
    const code = match[0];
    // An item of a list names something the job involves, not the job: "Head of maths (2020 – 2024):
    // PTA, toetsbeleid" is a Dutch exam programme, not a pharmacy technician.
    if (listItemBefore.test(title.slice(0, match.index)) && /^\s*[,;]/.test(title.slice(match.index + code.length))) continue;
    const known = jobCodes().get(code);
    if (known) return { occupation: known.occupation, code };
  }
  return null;
}

// Where a capitalised code is a place, not a job: after a comma or a word that leads to a place
// ("Cape Town, SA", "jobs in SA"), or closing the request. "Remote PA" is a job done remotely.
const placeBefore = /(?:,|\b(?:in|near|around|from|within|across))\s*$/i;

/**
 * A typed request with each job code written out ("part time SA jobs" → "part time sales associate
 * jobs"), so that the occupation and the wanted words read the job, not a place code that shares its
 * letters (South Australia's "SA").
 */
export function expandJobCodes(request: string): string {
  return request.replace(capitalCode, (code, offset: number) => {
    const words = jobCodes().get(code)?.words;
    if (!words || placeBefore.test(request.slice(0, offset)) || request.slice(offset + code.length).trim() === '') return code;
    return words;
  });
}
