import { commuteFit, levelFit } from '../matching/job-fit.ts';
import { distanceBetween } from '../places/towns.ts';
import type { PostingFacts } from '../matching/posting-facts.ts';
import type { PostingPlace } from '../places/posting-place.ts';
import { foldText } from '../text/fold-text.ts';
import { localDollarOf } from './dollar-countries.ts';
import type { ParsedRequest } from './parse-request.ts';

/** What a search asks of a posting beyond its words: the request's constraints, then the profile's defaults. */
export interface SearchConstraints {
  request: Pick<ParsedRequest, 'places' | 'remoteOnly' | 'remoteFrom' | 'salaryFloor' | 'level' | 'contract'> | null;
  profile: { places: string[]; remoteOnly: boolean; salaryFloor: { amount: number; currency: string | null } | null; dealBreakers: string[] } | null;
}

export interface ConstrainedPosting {
  facts: PostingFacts;
  description: string;
  employmentType: string | null;
  salaryMax: number | null;
  salaryMin: number | null;
  salaryCurrency: string | null;
}

const yearly = { year: 1, month: 12, hour: 2080 } as const;
// A posting that breaks a stated constraint sinks below every one that keeps it, but stays findable.
const breaks = 0.05;

function remoteOpenTo(place: PostingPlace, countries: Set<string> | null): number {
  if (place.workplace !== 'remote') return 0;
  if (!countries || place.remoteFrom === 'anywhere') return 1;
  if (place.remoteFrom === null) return 0.6;
  return [...countries].some((country) => (place.remoteFrom as Set<string>).has(country)) ? 1 : 0;
}

/** A town next to the one a request names: as good as it, but not what was named. */
const nextDoor = 0.97;

function placeConstraint(request: NonNullable<SearchConstraints['request']>, place: PostingPlace): number {
  if (request.remoteOnly) return Math.max(breaks, remoteOpenTo(place, request.remoteFrom));
  if (request.places.length === 0) return request.remoteFrom && place.workplace === 'remote' ? Math.max(breaks, remoteOpenTo(place, request.remoteFrom)) : 1;
  const countries = new Set(request.places.flatMap((wanted) => (wanted.country ? [wanted.country] : [])));
  for (const code of request.remoteFrom ?? []) countries.add(code);
  if (place.workplace === 'remote') return Math.max(breaks, remoteOpenTo(place, countries));
  const inPlace = place.sites.some((site) =>
    request.places.some((wanted) => (wanted.city ? site.city === wanted.city : site.country !== null && site.country === wanted.country)),
  );
  if (inPlace) return 1;
  // A town within commuting distance of the place asked for keeps the constraint, less the further it
  // is; even next door it comes a little after the place that was named, which is what was asked for.
  let near = breaks;
  for (const site of place.sites) {
    for (const wanted of request.places) {
      const km = wanted.city && site.country === wanted.country ? distanceBetween(site, wanted) : null;
      if (km !== null) near = Math.max(near, Math.min(nextDoor, commuteFit(km, breaks)));
    }
  }
  // A posting that names only the country (or a town Atlas does not know) may be near the city asked for.
  const unknownTown = place.sites.some((site) => site.city === null && request.places.some((wanted) => wanted.country === site.country));
  return Math.max(near, unknownTown ? 0.5 : breaks);
}

function normalisedContract(employmentType: string | null) {
  const letters = (employmentType ?? '').toLowerCase().replace(/[^a-z]/g, '');
  if (!letters) return null;
  if (/^(fulltime|permanent|vollzeit|tempsplein|cdi|jornadacompleta|tiempocompleto)/.test(letters)) return 'full-time';
  if (/^(parttime|teilzeit|tempspartiel|mediajornada)/.test(letters)) return 'part-time';
  if (/^(contract|freelance|contractor)/.test(letters)) return 'contract';
  if (/^(temporary|temp|seasonal|befristet|cdd)/.test(letters)) return 'temporary';
  if (/^(intern|apprentice|trainee|praktikum|stage)/.test(letters)) return 'internship';
  return null;
}

function postingCurrency(posting: ConstrainedPosting): string | null {
  const stated = posting.salaryCurrency?.toUpperCase() ?? null;
  if (stated !== 'USD') return stated;
  // A bare "$" is stored as US dollars; a job only in countries with one dollar of their own pays that one.
  const local = new Set(posting.facts.place.sites.flatMap((site) => localDollarOf(site.country) ?? []));
  const inUs = posting.facts.place.sites.some((site) => site.country === 'US');
  return local.size === 1 && !inUs ? [...local][0]! : stated;
}

function payBelow(posting: ConstrainedPosting, floor: { amount: number; currency: string | null }) {
  const top = posting.salaryMax ?? posting.salaryMin;
  if (top === null) return false;
  const currency = postingCurrency(posting);
  if (floor.currency && currency && floor.currency !== currency) return false;
  return top < floor.amount;
}

/**
 * How well a posting keeps a search's constraints, as a factor 0–1 on its rank: a place or remote
 * region it is not open to sinks it; a level a step off, pay below the floor asked or another
 * contract type weigh it down as real gaps; the profile's defaults weigh less than what was typed.
 */
export function constraintFit(posting: ConstrainedPosting, constraints: SearchConstraints): number {
  let fit = 1;
  const { request, profile } = constraints;
  if (request) {
    fit *= placeConstraint(request, posting.facts.place);
    if (request.level) fit *= posting.facts.level ? levelFit(request.level, posting.facts.level).fit : 0.9;
    if (request.salaryFloor && payBelow(posting, { amount: request.salaryFloor.amount * yearly[request.salaryFloor.period], currency: request.salaryFloor.currency })) fit *= 0.55;
    const contract = normalisedContract(posting.employmentType);
    if (request.contract && contract && contract !== request.contract) fit *= 0.55;
  }
  if (profile) {
    const placeStated = request && (request.places.length > 0 || request.remoteOnly);
    if (!placeStated && profile.remoteOnly && posting.facts.place.workplace !== 'remote') fit *= 0.4;
    else if (!placeStated && profile.places.length > 0 && posting.facts.place.workplace !== 'remote') {
      const wanted = profile.places.map(foldText);
      const inPlace = posting.facts.place.sites.some((site) => wanted.some((place) => site.city === place || (site.city && place.includes(site.city))));
      if (!inPlace) fit *= 0.5;
    }
    if (profile.salaryFloor && !request?.salaryFloor && payBelow(posting, profile.salaryFloor)) fit *= 0.7;
    const text = foldText(posting.description);
    if (profile.dealBreakers.some((dealBreaker) => text.includes(foldText(dealBreaker)))) fit *= 0.3;
  }
  return fit;
}
