import { occupationTaxonomy } from './occupation-taxonomy.ts';

let titles: Map<string, string> | undefined;

function codeTitles(): Map<string, string> {
  titles ??= new Map([...occupationTaxonomy().values()].flatMap((occupation) => Object.entries(occupation.codes ?? {})));
  return titles;
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
  return request.replace(/\b[A-Z][A-Z0-9]{1,4}\b/g, (code, offset: number) => {
    const title = codeTitles().get(code);
    if (!title || placeBefore.test(request.slice(0, offset)) || request.slice(offset + code.length).trim() === '') return code;
    return title;
  });
}
