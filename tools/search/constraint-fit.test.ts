import { describe, expect, it } from 'vitest';
import { postingFacts } from '../matching/posting-facts.ts';
import { constraintFit, type ConstrainedPosting, type SearchConstraints } from './constraint-fit.ts';
import { parseRequest } from './parse-request.ts';

let nextId = 0;

function posting(options: {
  title?: string;
  description?: string;
  locations?: string[];
  workplaceType?: string | null;
  employmentType?: string | null;
  salary?: { min?: number; max?: number; currency: string };
}): ConstrainedPosting {
  const description = options.description ?? 'Build services for our payments platform.';
  const facts = postingFacts({
    id: `posting-${(nextId += 1)}`,
    title: options.title ?? 'Backend Engineer',
    description,
    locations: options.locations ?? [],
    workplaceType: options.workplaceType ?? null,
  });
  return {
    facts,
    description,
    employmentType: options.employmentType ?? null,
    salaryMin: options.salary?.min ?? null,
    salaryMax: options.salary?.max ?? null,
    salaryCurrency: options.salary?.currency ?? null,
  };
}

const typed = (text: string): SearchConstraints => ({ request: parseRequest(text), profile: null });
const profile = (values: Partial<NonNullable<SearchConstraints['profile']>>): SearchConstraints => ({
  request: null,
  profile: { places: [], remoteOnly: false, salaryFloor: null, dealBreakers: [], ...values },
});

describe('constraintFit', () => {
  it('keeps a posting in the city asked for and sinks one elsewhere below it', () => {
    const berlin = constraintFit(posting({ locations: ['Berlin, Germany'] }), typed('backend engineer in Berlin'));
    const london = constraintFit(posting({ locations: ['London, UK'] }), typed('backend engineer in Berlin'));

    expect(berlin).toBe(1);
    expect(london).toBeLessThan(0.1);
    expect(london).toBeGreaterThan(0);
  });

  it('keeps a town next door to the city asked for, a little after the city itself', () => {
    const constraints = typed('Kfz-Mechatroniker Hannover');
    const hannover = constraintFit(posting({ title: 'Kfz-Mechatroniker (m/w/d)', locations: ['Hannover'] }), constraints);
    const laatzen = constraintFit(posting({ title: 'Kfz-Mechatroniker (m/w/d)', locations: ['Laatzen'] }), constraints);
    const bremen = constraintFit(posting({ title: 'Kfz-Mechatroniker (m/w/d)', locations: ['Bremen'] }), constraints);
    expect(hannover).toBe(1);
    expect(laatzen).toBeLessThan(hannover);
    expect(laatzen).toBeGreaterThan(0.9);
    expect(bremen).toBeLessThan(0.5);
  });

  it('keeps only remote jobs open to the region asked for', () => {
    const constraints = typed('remote backend engineer open to Canada');

    expect(constraintFit(posting({ locations: ['Remote - Canada'] }), constraints)).toBe(1);
    expect(constraintFit(posting({ locations: ['Remote'], description: 'Work from anywhere in the world.' }), constraints)).toBe(1);
    expect(constraintFit(posting({ locations: ['Remote - US'] }), constraints)).toBeLessThan(0.1);
    expect(constraintFit(posting({ locations: ['Toronto, Canada'], workplaceType: 'onsite' }), constraints)).toBeLessThan(0.1);
  });

  it('gives a remote job that does not say where it hires some benefit of the doubt', () => {
    const unknown = constraintFit(posting({ locations: ['Remote'] }), typed('remote backend engineer open to Canada'));

    expect(unknown).toBeGreaterThan(0.1);
    expect(unknown).toBeLessThan(1);
  });

  it('weighs down a level one step off and keeps a posting whose level is unknown above it', () => {
    const constraints = typed('senior backend engineer');
    const senior = constraintFit(posting({ title: 'Senior Backend Engineer' }), constraints);
    const mid = constraintFit(posting({ title: 'Backend Engineer II' }), constraints);
    const unknown = constraintFit(posting({ title: 'Backend Engineer' }), constraints);
    const intern = constraintFit(posting({ title: 'Backend Engineer Intern' }), constraints);

    expect(senior).toBe(1);
    expect(unknown).toBeGreaterThan(mid);
    expect(mid).toBeGreaterThan(intern);
  });

  it('weighs down pay below the floor, comparing an hourly floor with yearly pay', () => {
    const constraints = typed('backend engineer 80 €/h');
    const belowFloor = constraintFit(posting({ salary: { min: 70_000, max: 90_000, currency: 'EUR' } }), constraints);
    const aboveFloor = constraintFit(posting({ salary: { min: 160_000, max: 180_000, currency: 'EUR' } }), constraints);
    const noPay = constraintFit(posting({}), constraints);

    expect(aboveFloor).toBe(1);
    expect(noPay).toBe(1);
    expect(belowFloor).toBeLessThan(aboveFloor);
  });

  it('does not compare pay in another currency with the floor', () => {
    expect(constraintFit(posting({ salary: { max: 50_000, currency: 'USD' } }), typed('backend engineer €80k+'))).toBe(1);
  });

  it('weighs down another contract type and keeps one that does not say', () => {
    const constraints = typed('part-time backend engineer');

    expect(constraintFit(posting({ employmentType: 'Teilzeit' }), constraints)).toBe(1);
    expect(constraintFit(posting({ employmentType: null }), constraints)).toBe(1);
    expect(constraintFit(posting({ employmentType: 'FULL_TIME' }), constraints)).toBeLessThan(1);
  });

  it("weighs the profile's defaults less than what was typed", () => {
    const typedPlace = constraintFit(posting({ locations: ['London, UK'] }), typed('backend engineer in Berlin'));
    const profilePlace = constraintFit(posting({ locations: ['London, UK'] }), profile({ places: ['Berlin'] }));

    expect(constraintFit(posting({ locations: ['Berlin, Germany'] }), profile({ places: ['Berlin'] }))).toBe(1);
    expect(profilePlace).toBeLessThan(1);
    expect(profilePlace).toBeGreaterThan(typedPlace);
  });

  it("lets a place typed in the request stand for the profile's places", () => {
    const constraints: SearchConstraints = { ...typed('backend engineer in London'), profile: profile({ places: ['Berlin'] }).profile };

    expect(constraintFit(posting({ locations: ['London, UK'] }), constraints)).toBe(1);
  });

  it('weighs down on-site work for a profile that asks for remote', () => {
    expect(constraintFit(posting({ locations: ['Berlin, Germany'], workplaceType: 'onsite' }), profile({ remoteOnly: true }))).toBeLessThan(1);
    expect(constraintFit(posting({ locations: ['Remote - Europe'] }), profile({ remoteOnly: true }))).toBe(1);
  });

  it("weighs down a posting that names one of the profile's deal-breakers", () => {
    const constraints = profile({ dealBreakers: ['on-call'] });

    expect(constraintFit(posting({ description: 'Weekly on-call rotation for the payments platform.' }), constraints)).toBeLessThan(0.5);
    expect(constraintFit(posting({ description: 'No pager, no rotas.' }), constraints)).toBe(1);
  });

  it('changes nothing when there are no constraints', () => {
    expect(constraintFit(posting({ locations: ['London, UK'] }), { request: null, profile: null })).toBe(1);
  });

  it('reads the dollars of a job in Canada as Canadian when weighing a floor asked in Canadian dollars', () => {
    const request = typed('front office manager in Toronto, minimum 70 000 $ par année');
    expect(request.request?.salaryFloor?.currency).toBe('CAD');
    const toronto = constraintFit(posting({ title: 'Front Office Manager', locations: ['Toronto, ON'], salary: { min: 55_000, max: 60_000, currency: 'USD' } }), request);
    const unstated = constraintFit(posting({ title: 'Front Office Manager', locations: ['Toronto, ON'] }), request);
    expect(toronto).toBeLessThan(unstated);
  });

  it('keeps a posting in a town within commuting distance of the city asked for', () => {
    const request = typed('greenhouse jobs in The Hague');
    const naaldwijk = constraintFit(posting({ title: 'Teelt medewerker', locations: ['Naaldwijk'] }), request);
    const utrecht = constraintFit(posting({ title: 'Teelt medewerker', locations: ['Utrecht, Netherlands'] }), request);
    const groningen = constraintFit(posting({ title: 'Teelt medewerker', locations: ['Groningen, Netherlands'] }), request);

    expect(naaldwijk).toBeGreaterThan(0.95);
    expect(utrecht).toBeLessThan(naaldwijk);
    expect(utrecht).toBeGreaterThan(groningen);
    expect(groningen).toBeLessThan(0.1);
  });
});
