import { levels, type CvTruth, type PostingTruth, type RequestTruth } from './benchmark-set.ts';

// The EU/EEA and Switzerland, where a citizen of one may work in any other.
const europeanArea = [
  'AT', 'BE', 'BG', 'HR', 'CY', 'CZ', 'DK', 'EE', 'FI', 'FR', 'DE', 'GR', 'HU', 'IE', 'IT', 'LV', 'LT', 'LU', 'MT', 'NL',
  'PL', 'PT', 'RO', 'SK', 'SI', 'ES', 'SE', 'IS', 'LI', 'NO', 'CH',
];

function expandCountries(codes: string[]): Set<string> {
  return new Set(codes.flatMap((code) => (code === 'EU' ? europeanArea : [code])));
}

function hiresRemotelyFrom(posting: PostingTruth, country: string) {
  if (posting.workplace !== 'remote') return false;
  return posting.remoteCountries.includes('*') || expandCountries(posting.remoteCountries).has(country);
}

const levelGap = (left: string, right: string) =>
  Math.abs(levels.indexOf(left as (typeof levels)[number]) - levels.indexOf(right as (typeof levels)[number]));

const sameCity = (left: string | null, right: string | null) =>
  left !== null && right !== null && left.trim().toLowerCase() === right.trim().toLowerCase();

/** The grade from a starting grade and the gaps counted, by the rubric's rules. */
function finalGrade(options: { neighbour: boolean; gaps: number }) {
  if (options.neighbour) return options.gaps === 0 ? 1 : 0;
  return Math.max(0, 3 - options.gaps);
}

/** RUBRIC.md's grade of a posting for a person, from the two declarations alone. */
export function gradeForCv(cv: CvTruth, posting: PostingTruth): number {
  const neighbour = posting.occupation !== cv.occupation;
  if (neighbour && !cv.neighbours.includes(posting.occupation)) return 0;
  const gap = levelGap(cv.level, posting.level);
  if (gap >= 2) return 0;
  let gaps = gap;

  if (posting.workplace === 'remote') {
    if (!hiresRemotelyFrom(posting, cv.country)) return 0;
  } else {
    const authorised = expandCountries(cv.authorisedCountries);
    if (posting.country === null || (!authorised.has(posting.country) && !posting.sponsorship)) return 0;
    if (!sameCity(cv.city, posting.city)) gaps += cv.relocate ? 1 : 2;
  }

  const skills = new Set(cv.skills);
  gaps += Math.min(2, posting.skills.filter((skill) => !skills.has(skill)).length);
  if (posting.languages.some((language) => !cv.languages.includes(language))) gaps += 1;
  return finalGrade({ neighbour, gaps });
}

const yearlyFactor = { hour: 2080, month: 12, year: 1 } as const;

function canWorkWhereAsked(request: RequestTruth, posting: PostingTruth) {
  if (request.remote === 'required') {
    return posting.workplace === 'remote' && (request.remoteFrom === null || hiresRemotelyFrom(posting, request.remoteFrom));
  }
  if (request.places.length === 0) return true;
  return request.places.some((place) => {
    if (hiresRemotelyFrom(posting, place.country)) return true;
    if (posting.workplace === 'remote' || posting.country !== place.country) return false;
    return place.city === null || sameCity(place.city, posting.city);
  });
}

/** RUBRIC.md's grade of a posting for a typed request, from the two declarations and the posting's age. */
export function gradeForRequest(request: RequestTruth, posting: PostingTruth, postedDaysAgo: number): number {
  const neighbour = !request.occupations.includes(posting.occupation);
  if (neighbour && !request.neighbours.includes(posting.occupation)) return 0;
  if (!canWorkWhereAsked(request, posting)) return 0;
  if (request.postedWithinDays !== null && postedDaysAgo > request.postedWithinDays) return 0;
  let gaps = 0;
  if (request.level !== null) {
    const gap = levelGap(request.level, posting.level);
    if (gap >= 2) return 0;
    gaps += gap;
  }
  const floor = request.salaryFloor;
  const top = posting.pay ? (posting.pay.max ?? posting.pay.min) : null;
  if (floor && posting.pay && top !== null && posting.pay.currency === floor.currency) {
    if (top * yearlyFactor[posting.pay.period] < floor.amount * yearlyFactor[floor.period]) gaps += 1;
  }
  if (request.contract !== null && request.contract !== posting.contract) gaps += 1;
  gaps += Math.min(2, request.skills.filter((skill) => !posting.skills.includes(skill)).length);
  return finalGrade({ neighbour, gaps });
}
