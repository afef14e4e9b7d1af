import { occupationFit } from '../occupations/occupation-relatedness.ts';
import type { CandidatePlace } from '../places/candidate-place.ts';
import { displayPlace } from '../places/display-place.ts';
import type { PostingPlace } from '../places/posting-place.ts';
import { distanceBetween } from '../places/towns.ts';
import { careerLevels, levelIndex, type CareerLevel, type LevelBasis } from './career-level.ts';
import type { CandidateFacts } from './candidate-facts.ts';
import type { PostingFacts } from './posting-facts.ts';

/** One part of a fit: 0–1, and what it rests on in words. */
export interface FitPart {
  fit: number;
  note: string;
}

const round = (value: number) => Math.round(value * 1000) / 1000;

/**
 * Whether the posting is the person's kind of work, 0–1. With both occupations known, how close they
 * are (the same, a specialty of it, a neighbouring one, unrelated), nudged by text similarity; with
 * either unknown, the similarity of the texts alone, capped below a known match.
 */
export function roleFit(candidate: CandidateFacts, posting: PostingFacts, similarity: number): FitPart & { occupation: string | null; cvOccupation: string | null } {
  const postingOccupation = posting.occupation?.occupation ?? null;
  if (!postingOccupation || candidate.occupations.length === 0) {
    const fit = round(0.1 + 0.6 * similarity);
    const note = postingOccupation ? 'The CV names no job title Atlas knows; judged by how alike the texts are' : 'The posting names no occupation Atlas knows; judged by how alike the texts are';
    return { fit, note, occupation: postingOccupation, cvOccupation: candidate.occupations[0]?.occupation ?? null };
  }
  let best = { closeness: 0, occupation: candidate.occupations[0]!.occupation };
  for (const { occupation, weight } of candidate.occupations) {
    const closeness = Math.sqrt(weight) * occupationFit(occupation, postingOccupation);
    if (closeness > best.closeness) best = { closeness, occupation };
  }
  const fit = round(Math.min(1, 0.9 * best.closeness + 0.1 * similarity));
  const note =
    best.closeness >= 0.95
      ? `The same occupation as the CV (${postingOccupation})`
      : best.closeness >= 0.5
        ? `A close occupation: ${postingOccupation}, the CV's is ${best.occupation}`
        : best.closeness > 0
          ? `A neighbouring occupation: ${postingOccupation}, the CV's is ${best.occupation}`
          : `Another occupation: ${postingOccupation}, the CV's is ${best.occupation}`;
  return { fit, note, occupation: postingOccupation, cvOccupation: best.occupation };
}

// A level one step away is a real gap, two steps a different job (MEASURING.md's rubric).
const levelGapFits = [1, 0.62, 0.25, 0.1, 0.06, 0.04];

// How sure a reading of a level is, as chances over the scale. A title that names the level is
// taken at its word; years of experience say "about" (people stay mid for a decade in many
// trades, and a posting asking "5+ years" is often mid).
function levelBelief(level: CareerLevel, basis: LevelBasis | null): number[] {
  const at = levelIndex(level);
  const spread = basis === 'years' ? 0.2 : 0;
  const belief = careerLevels.map((_, index) => (index === at ? 1 - 2 * spread : Math.abs(index - at) === 1 ? spread : 0));
  const total = belief.reduce((sum, chance) => sum + chance, 0);
  return belief.map((chance) => chance / total);
}

export function levelFit(
  candidate: CareerLevel | null,
  posting: CareerLevel | null,
  basis: { candidate?: LevelBasis | null; posting?: LevelBasis | null } = { candidate: 'title', posting: 'title' },
): FitPart {
  if (!candidate || !posting) return { fit: 0.85, note: posting ? `A ${posting}-level role; the CV's level is unclear` : 'The posting states no level' };
  const person = levelBelief(candidate, basis.candidate ?? 'title');
  const job = levelBelief(posting, basis.posting ?? 'title');
  // The expected fit over both readings, scaled so that the same reading on both sides is a full
  // fit: an uncertain level weakens a gap, it does not weaken a match.
  const expected = (left: number[], right: number[]) => {
    let sum = 0;
    left.forEach((leftChance, leftAt) => right.forEach((rightChance, rightAt) => (sum += leftChance * rightChance * levelGapFits[Math.abs(leftAt - rightAt)]!)));
    return sum;
  };
  const fit = round(Math.min(1, expected(person, job) / expected(levelBelief(candidate, basis.candidate ?? 'title'), levelBelief(candidate, basis.posting ?? 'title'))));
  const gap = levelIndex(posting) - levelIndex(candidate);
  if (gap === 0) return { fit, note: `A ${posting}-level role, the CV's level` };
  return { fit, note: gap > 0 ? `A ${posting}-level role, above the CV's ${candidate} level` : `A ${posting}-level role, below the CV's ${candidate} level` };
}

function coversCountry(remoteFrom: PostingPlace['remoteFrom'], country: string) {
  return remoteFrom === 'anywhere' || (remoteFrom !== null && remoteFrom.has(country));
}

// A daily commute: next door within about 10 km, an easy commute to about 40 km, none left by about
// 120 km, where a move is needed. A longer commute is a cost people weigh, so nearer fits better
// all the way out; an easy commute still fits far better than any move.
const commuteKm = { near: 10, easy: 40, none: 120 };
const easyCommuteFit = 0.92;

/** Fit for a site `km` away: 1 next door, a little less at an easy commute, falling to the fit of a move at the far end. */
export function commuteFit(km: number, moveFit: number): number {
  if (km <= commuteKm.near) return 1;
  if (km <= commuteKm.easy) return Math.round((1 - ((km - commuteKm.near) / (commuteKm.easy - commuteKm.near)) * (1 - easyCommuteFit)) * 100) / 100;
  if (km >= commuteKm.none) return Math.min(moveFit, easyCommuteFit);
  const share = (km - commuteKm.easy) / (commuteKm.none - commuteKm.easy);
  return Math.round((easyCommuteFit - share * Math.max(0, easyCommuteFit - moveFit)) * 100) / 100;
}

/** Whether a site `km` away is within a daily commute that needs no move. */
const withinEasyCommute = (km: number) => km <= commuteKm.easy;

/** The posting's site nearest the candidate's home, when both have a place Atlas can put on a map. */
function nearestSite(sites: PostingPlace['sites'], candidate: CandidatePlace) {
  let nearest: { site: PostingPlace['sites'][number]; km: number } | null = null;
  for (const site of sites) {
    const km = distanceBetween({ city: candidate.city, country: candidate.country }, site);
    if (km !== null && (!nearest || km < nearest.km)) nearest = { site, km };
  }
  return nearest;
}

/**
 * Whether the person can work where the job is: a remote job by the region it hires from, an
 * on-site or hybrid one by the distance from home (a commute fits, a move is a gap, a country they
 * may not work in without sponsorship much more). The profile's places, when it states some, stand for the CV's home.
 */
export function placeFit(options: { candidate: CandidatePlace; posting: PostingPlace; preferred?: { places: string[]; remoteOnly: boolean } }): FitPart {
  const { candidate, posting, preferred } = options;
  const country = candidate.country;
  if (posting.workplace === 'remote') {
    if (!country) return { fit: 0.8, note: 'Remote; the CV does not say where the person lives' };
    if (posting.remoteFrom === null) return { fit: 0.8, note: 'Remote; the posting does not say where it hires from' };
    return coversCountry(posting.remoteFrom, country)
      ? { fit: 1, note: `Remote, open to people in ${country}` }
      : { fit: 0.1, note: `Remote, but only for people outside ${country}` };
  }
  if (preferred?.remoteOnly) return { fit: 0.3, note: 'Not remote; your profile asks for remote work' };
  if (posting.sites.length === 0) return { fit: 0.75, note: 'The posting names no place' };
  const wanted = (preferred?.places ?? []).map((place) => place.toLowerCase());
  if (wanted.length > 0 && posting.sites.some((site) => wanted.some((place) => site.city === place || site.city?.includes(place) || place.includes(site.city ?? '\u0000')))) {
    return { fit: 1, note: 'In one of the places your profile names' };
  }
  if (candidate.city && posting.sites.some((site) => site.city === candidate.city)) return { fit: 1, note: `In ${displayPlace(candidate.city, candidate.country)}, where the CV says the person lives` };
  const authorised = posting.sites.filter((site) => site.country !== null && candidate.authorised.has(site.country));
  const where = posting.sites.map((site) => displayPlace(site.city ?? site.country ?? '', site.country)).join(', ');
  if (authorised.length > 0) {
    const sameCountry = authorised.some((site) => site.country === country);
    const moveFit = candidate.relocate === false ? 0.35 : sameCountry ? 0.7 : 0.6;
    const commute = nearestSite(authorised, candidate);
    if (commute) {
      const fit = commuteFit(commute.km, moveFit);
      const from = `${displayPlace(commute.site.city!, commute.site.country)} is ${commute.km} km from ${displayPlace(candidate.city!, candidate.country)}`;
      if (withinEasyCommute(commute.km)) return { fit, note: `${from}, where the CV says the person lives` };
      if (fit > moveFit) return { fit, note: `${from}, a long commute from where the CV says the person lives` };
    }
    return { fit: moveFit, note: `In ${where}: a move from ${candidate.city ? displayPlace(candidate.city, country) : (country ?? 'the CV’s home')}` };
  }
  if (!country) return { fit: 0.6, note: `In ${where}; the CV does not say where the person lives` };
  if (posting.sponsorship) return { fit: 0.45, note: `In ${where}, with visa sponsorship` };
  return { fit: 0.08, note: `In ${where}, where the CV shows no right to work${posting.sponsorship === false ? ' and the posting does not sponsor visas' : ''}` };
}

export function languageFit(candidate: Set<string>, posting: Set<string>): FitPart & { missing: string[] } {
  const missing = [...posting].filter((language) => !candidate.has(language));
  if (missing.length === 0) return { fit: 1, note: posting.size ? `Needs ${[...posting].join(', ')}, which the CV shows` : 'No language asked for', missing };
  return { fit: 0.5, note: `Needs ${missing.join(', ')}, which the CV does not show`, missing };
}

export interface FitInputs {
  role: FitPart;
  level: FitPart;
  place: FitPart;
  language: FitPart;
  /** Rarity-weighted share of the posting's requirement terms the CV uses; null when there are none. */
  coverage: number | null;
  /** 0–1 closeness of the texts, by meaning and by words. */
  similarity: number;
  salary: number | null;
}

/**
 * The fit as 0–100. Role first: every other factor scales it, so a job in another occupation stays
 * low wherever it is. Then each real gap (level, place, language) takes away a large share, as in
 * the rubric a recruiter would use; requirement coverage, similarity and pay shade the rest, so
 * scores are continuous and rarely tie. Calibrated so that an apply-today match lands above 75 and
 * another profession below 40.
 */
export function fitScore(inputs: FitInputs): number {
  const coverage = inputs.coverage ?? 0.5;
  const salary = inputs.salary ?? 1;
  const score =
    100 *
    inputs.role.fit *
    inputs.level.fit *
    inputs.place.fit *
    inputs.language.fit *
    (0.8 + 0.2 * coverage) *
    (0.9 + 0.1 * inputs.similarity) *
    (0.7 + 0.3 * salary);
  return Math.round(Math.min(100, score / 0.9) * 10) / 10;
}
