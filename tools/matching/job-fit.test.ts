import { describe, expect, it } from 'vitest';
import type { CandidatePlace } from '../places/candidate-place.ts';
import { readPostingPlace } from '../places/posting-place.ts';
import { candidateFacts } from './candidate-facts.ts';
import { commuteFit, fitScore, languageFit, levelFit, placeFit, roleFit, type FitInputs } from './job-fit.ts';
import { postingFacts } from './posting-facts.ts';

const now = new Date('2026-06-01T00:00:00Z');

const nurseCv = [
  'Chloe Bamford',
  'Manchester, UK | chloe@example.com',
  '',
  'Registered Nurse',
  '',
  'Experience',
  'Registered Nurse, Manchester Royal Infirmary',
  'Mar 2020 – Present',
  'Ward care for adult patients, medication rounds and IV therapy for the acute medical unit.',
  'Healthcare Assistant, Salford Royal',
  'Jan 2016 – Feb 2020',
  '',
  'Languages: English',
].join('\n');

const nurse = candidateFacts({ cvText: nurseCv, years: 10, now });

let nextId = 0;
function facts(title: string, locations: string[], description = 'Requirements:\n- Ward experience with adult patients\n- IV therapy') {
  return postingFacts({ id: `job-fit-${(nextId += 1)}`, title, description, locations, workplaceType: null });
}

/** The score the same inputs get from the real parts, with the shading factors held fixed. */
function score(posting: ReturnType<typeof facts>, shading: Pick<FitInputs, 'coverage' | 'similarity' | 'salary'>) {
  return fitScore({
    role: roleFit(nurse, posting, shading.similarity),
    level: levelFit(nurse.level, posting.level),
    place: placeFit({ candidate: nurse.place, posting: posting.place }),
    language: languageFit(nurse.languages, posting.languages),
    ...shading,
  });
}

const place = (values: Partial<CandidatePlace>): CandidatePlace => ({ city: null, country: null, authorised: new Set(), relocate: null, ...values });
const posted = (locations: string[], description = '') => readPostingPlace({ locations, description, title: 'Nurse', workplaceType: null });

describe('fitScore', () => {
  it('puts the same occupation at the same level, in the same city, above 75', () => {
    const posting = facts('Staff Nurse', ['Manchester, UK']);

    expect(nurse.occupations[0]!.occupation).toBe('registered-nurse');
    expect(score(posting, { coverage: 0.7, similarity: 0.6, salary: null })).toBeGreaterThan(75);
  });

  it('puts another occupation below 40 however well everything else fits', () => {
    const posting = facts('Backend Engineer', ['Manchester, UK'], 'Requirements:\n- Python\n- PostgreSQL');

    expect(score(posting, { coverage: 1, similarity: 1, salary: 1 })).toBeLessThan(40);
  });

  it('reaches 100 when every part fits completely', () => {
    const perfect = { fit: 1, note: '' };

    expect(fitScore({ role: perfect, level: perfect, place: perfect, language: perfect, coverage: 1, similarity: 1, salary: 1 })).toBe(100);
  });

  it('takes a large share away for each real gap', () => {
    const fit = (value: number) => ({ fit: value, note: '' });
    const base = { role: fit(1), level: fit(1), place: fit(1), language: fit(1), coverage: 0.8, similarity: 0.8, salary: null };
    const full = fitScore(base);

    expect(fitScore({ ...base, level: levelFit('mid', 'senior') })).toBeLessThan(full * 0.7);
    expect(fitScore({ ...base, language: fit(0.5) })).toBeLessThan(full * 0.6);
    expect(fitScore({ ...base, place: fit(0.08) })).toBeLessThan(10);
  });

  it('gives one decimal', () => {
    const fit = { fit: 0.777, note: '' };
    const value = fitScore({ role: fit, level: fit, place: fit, language: fit, coverage: 0.33, similarity: 0.41, salary: null });

    expect(Math.round(value * 10) / 10).toBe(value);
  });
});

describe('roleFit', () => {
  it('ranks the same occupation, then a specialty of it, then a neighbour, then another line of work', () => {
    const same = roleFit(nurse, facts('Registered Nurse', []), 0.5);
    const specialty = roleFit(nurse, facts('Registered Nurse – ICU', []), 0.5);
    const neighbour = roleFit(nurse, facts('Midwife', []), 0.5);
    const other = roleFit(nurse, facts('Backend Engineer', []), 0.5);

    expect(same).toMatchObject({ occupation: 'registered-nurse', cvOccupation: 'registered-nurse' });
    expect(same.fit).toBeGreaterThan(specialty.fit);
    expect(specialty.fit).toBeGreaterThan(neighbour.fit);
    expect(neighbour.fit).toBeGreaterThan(other.fit);
    expect(other.fit).toBeLessThan(0.1);
  });

  it('judges by text similarity alone, below a known match, when the posting names no occupation it knows', () => {
    const unknown = roleFit(nurse, facts('Rockstar Ninja', [], 'Requirements:\n- Passion'), 1);

    expect(unknown.occupation).toBeNull();
    expect(unknown.fit).toBeLessThan(roleFit(nurse, facts('Registered Nurse', []), 0).fit);
  });
});

describe('levelFit', () => {
  it('counts one step off as a real gap and two as another job', () => {
    expect(levelFit('senior', 'senior').fit).toBe(1);
    expect(levelFit('mid', 'senior').fit).toBe(0.62);
    expect(levelFit('senior', 'mid').fit).toBe(0.62);
    expect(levelFit('junior', 'senior').fit).toBe(0.25);
  });

  it('says which way the gap goes', () => {
    expect(levelFit('mid', 'senior').note).toMatch(/above the CV's mid level/);
    expect(levelFit('senior', 'mid').note).toMatch(/below the CV's senior level/);
  });

  it('weakens a gap, never a match, when a side\'s level is only suggested by years of experience', () => {
    const titled = levelFit('mid', 'senior').fit;
    const byYears = levelFit('mid', 'senior', { candidate: 'years', posting: 'title' }).fit;
    const bothByYears = levelFit('mid', 'senior', { candidate: 'years', posting: 'years' }).fit;

    expect(levelFit('mid', 'mid', { candidate: 'years', posting: 'years' }).fit).toBe(1);
    expect(byYears).toBeGreaterThan(titled);
    expect(bothByYears).toBeGreaterThan(byYears);
    expect(bothByYears).toBeLessThan(0.85);
    expect(levelFit('junior', 'lead', { candidate: 'years', posting: 'title' }).fit).toBeLessThan(0.25);
  });

  it('gives an unknown level the benefit of the doubt', () => {
    expect(levelFit(null, 'senior').fit).toBe(0.85);
    expect(levelFit('senior', null).fit).toBe(0.85);
  });
});

describe('placeFit', () => {
  const berliner = place({ city: 'berlin', country: 'DE', authorised: new Set(['DE', 'FR', 'NL']) });

  it('fits a remote job open to the country the person lives in, and not one closed to it', () => {
    expect(placeFit({ candidate: berliner, posting: posted(['Remote (EMEA)']) }).fit).toBe(1);
    expect(placeFit({ candidate: berliner, posting: posted(['Remote - US']) }).fit).toBeLessThan(0.2);
  });

  it('fits a job in the home city, and counts a move as a gap', () => {
    const home = placeFit({ candidate: berliner, posting: posted(['Berlin, Germany']) });
    const sameCountry = placeFit({ candidate: berliner, posting: posted(['Munich, Germany']) });
    const abroad = placeFit({ candidate: berliner, posting: posted(['Paris, France']) });

    expect(home.fit).toBe(1);
    expect(sameCountry.fit).toBeLessThan(home.fit);
    expect(abroad.fit).toBeLessThanOrEqual(sameCountry.fit);
    expect(sameCountry.note).toBe('In Munich: a move from Berlin');
  });

  it('fits a job within commuting distance of home, less the longer the commute', () => {
    const hague = place({ city: 'the hague', country: 'NL', authorised: new Set(['NL', 'DE', 'BE']) });
    const naaldwijk = placeFit({ candidate: hague, posting: posted(['Naaldwijk']) });
    const bleiswijk = placeFit({ candidate: hague, posting: posted(['Bleiswijk, Netherlands']) });
    const utrecht = placeFit({ candidate: hague, posting: posted(['Utrecht, Netherlands']) });
    const groningen = placeFit({ candidate: hague, posting: posted(['Groningen, Netherlands']) });

    expect(naaldwijk.fit).toBeGreaterThan(0.95);
    expect(naaldwijk.note).toMatch(/^Naaldwijk is 1\d km from The Hague, where the CV says the person lives$/);
    expect(bleiswijk.fit).toBeGreaterThan(0.9);
    expect(utrecht.fit).toBeLessThan(bleiswijk.fit);
    expect(utrecht.fit).toBeGreaterThan(0.7);
    expect(utrecht.note).toMatch(/^Utrecht is \d+ km from The Hague, a long commute/);
    expect(groningen).toEqual({ fit: 0.7, note: 'In Groningen: a move from The Hague' });
  });

  it('names towns in notes as they are written, not folded', () => {
    const kolner = place({ city: 'koln', country: 'DE', authorised: new Set(['DE']) });
    const winterthur = place({ city: 'winterthur', country: 'CH', authorised: new Set(['CH']) });
    const paulista = place({ city: 'sao paulo', country: 'BR', authorised: new Set(['BR']) });

    expect(placeFit({ candidate: kolner, posting: { workplace: 'onsite', sites: [{ city: 'koln', country: 'DE' }], remoteFrom: null, sponsorship: null } }).note).toBe('In Köln, where the CV says the person lives');
    expect(placeFit({ candidate: winterthur, posting: posted(['Zurich, Switzerland']) }).note).toMatch(/^Zürich is \d+ km from Winterthur, where the CV says the person lives$/);
    expect(placeFit({ candidate: paulista, posting: posted(['Frankfurt am Main, Germany'], 'We sponsor visas.') }).note).toBe('In Frankfurt, with visa sponsorship');
    expect(placeFit({ candidate: kolner, posting: posted(["'s-Hertogenbosch, Netherlands"]) }).note).toMatch(/'s-Hertogenbosch/);
  });

  it('lets a person commute across a border they may work across, and not one they may not', () => {
    const aachen = place({ city: 'aachen', country: 'DE', authorised: new Set(['DE', 'NL', 'BE']) });
    const geneva = place({ city: 'geneva', country: 'CH', authorised: new Set(['CH']) });

    expect(placeFit({ candidate: aachen, posting: posted(['Maastricht, Netherlands']) }).fit).toBeGreaterThan(0.9);
    expect(placeFit({ candidate: geneva, posting: posted(['Annemasse, France'], 'We cannot sponsor visas.') }).fit).toBeLessThan(0.1);
  });

  it('fits fully next door, a little less at an easy commute, and falls to a move at 120 km', () => {
    expect(commuteFit(6, 0.7)).toBe(1);
    expect(commuteFit(25, 0.7)).toBe(0.96);
    expect(commuteFit(40, 0.7)).toBe(0.92);
    expect(commuteFit(80, 0.7)).toBe(0.81);
    expect(commuteFit(120, 0.7)).toBe(0.7);
    expect(commuteFit(400, 0.35)).toBe(0.35);
  });

  it('ranks a job in the home town above the same job an easy commute away, and both far above a move', () => {
    expect(commuteFit(28, 0.7)).toBeLessThan(commuteFit(3, 0.7));
    expect(commuteFit(28, 0.35)).toBeGreaterThan(0.9);
  });

  it('counts a move as a larger gap for someone who will not relocate', () => {
    const stays = place({ ...berliner, relocate: false });

    expect(placeFit({ candidate: stays, posting: posted(['Munich, Germany']) }).fit).toBeLessThan(placeFit({ candidate: berliner, posting: posted(['Munich, Germany']) }).fit);
  });

  it('sinks a job where the person may not work, unless it sponsors a visa', () => {
    const noRight = placeFit({ candidate: berliner, posting: posted(['London, UK'], 'We cannot sponsor visas.') });
    const sponsored = placeFit({ candidate: berliner, posting: posted(['London, UK'], 'Visa sponsorship is available.') });

    expect(noRight.fit).toBeLessThan(0.1);
    expect(noRight.note).toMatch(/does not sponsor visas/);
    expect(sponsored.fit).toBeGreaterThan(0.4);
  });

  it("lets the profile's places stand for the CV's home", () => {
    expect(placeFit({ candidate: berliner, posting: posted(['Munich, Germany']), preferred: { places: ['Munich'], remoteOnly: false } }).fit).toBe(1);
    expect(placeFit({ candidate: berliner, posting: posted(['Berlin, Germany']), preferred: { places: [], remoteOnly: true } }).fit).toBeLessThan(0.5);
  });
});

describe('languageFit', () => {
  it('fits when the CV shows every language the posting needs, and halves otherwise', () => {
    expect(languageFit(new Set(['en', 'de']), new Set(['de']))).toMatchObject({ fit: 1, missing: [] });
    expect(languageFit(new Set(['en']), new Set(['de', 'en']))).toMatchObject({ fit: 0.5, missing: ['de'] });
    expect(languageFit(new Set(), new Set())).toMatchObject({ fit: 1, note: 'No language asked for' });
  });
});
