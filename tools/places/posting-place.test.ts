import { describe, expect, it } from 'vitest';
import { readPostingPlace } from './posting-place.ts';

function place(posting: { locations?: string[]; description?: string; title?: string; workplaceType?: string | null }) {
  return readPostingPlace({ locations: [], description: '', title: 'Engineer', workplaceType: null, ...posting });
}

const countries = (remoteFrom: Set<string> | 'anywhere' | null) => (remoteFrom instanceof Set ? [...remoteFrom].sort() : remoteFrom);

describe('readPostingPlace', () => {
  it('reads "Remote - US" as remote work open to people in the US', () => {
    const read = place({ locations: ['Remote - US'] });

    expect(read.workplace).toBe('remote');
    expect(countries(read.remoteFrom)).toEqual(['US']);
    expect(read.sites).toEqual([]);
  });

  it('reads "Remote (EMEA)" as open to Europe, the Middle East and Africa, and nowhere else', () => {
    const read = place({ locations: ['Remote (EMEA)'] });

    expect(read.workplace).toBe('remote');
    expect(countries(read.remoteFrom)).toEqual(expect.arrayContaining(['DE', 'GB', 'AE', 'ZA']));
    expect(countries(read.remoteFrom)).not.toContain('US');
  });

  it('reads the countries a fully remote job hires from out of its text', () => {
    const read = place({
      title: 'Content Marketer',
      description: 'We are a remote-first company. This role is fully remote, and you must be based in Canada or the US.',
    });

    expect(read.workplace).toBe('remote');
    expect(countries(read.remoteFrom)).toEqual(['CA', 'US']);
  });

  it('reads "work from anywhere" as open to every country', () => {
    expect(place({ locations: ['Remote'], description: 'Work from anywhere in the world.' }).remoteFrom).toBe('anywhere');
    expect(place({ locations: ['Remote - Anywhere'] }).remoteFrom).toBe('anywhere');
    expect(place({ locations: [], workplaceType: 'remote', description: 'Freelance panel, paid per word. Open to translators anywhere.' }).remoteFrom).toBe('anywhere');
    expect(place({ locations: [], workplaceType: 'remote', description: 'We welcome applicants based anywhere.' }).remoteFrom).toBe('anywhere');
    expect(place({ locations: [], workplaceType: 'remote', description: 'Open to candidates anywhere in Germany.' }).remoteFrom).not.toBe('anywhere');
  });

  it('leaves the region of a remote job unknown when the posting does not say', () => {
    expect(place({ locations: ['Remote'] })).toMatchObject({ workplace: 'remote', remoteFrom: null });
  });

  it('reads the sites of on-site and hybrid work, with their countries', () => {
    expect(place({ locations: ['Austin, TX'], workplaceType: 'onsite' })).toMatchObject({ workplace: 'onsite', sites: [{ city: 'austin', country: 'US' }], remoteFrom: null });
    expect(place({ locations: ['Berlin, Germany'], description: 'Hybrid role, 3 days a week in the office.' })).toMatchObject({
      workplace: 'hybrid',
      sites: [{ city: 'berlin', country: 'DE' }],
    });
  });

  it('trusts the workplace type the job board states over its own reading', () => {
    expect(place({ locations: ['Remote - US'], workplaceType: 'hybrid' }).workplace).toBe('hybrid');
  });

  it('does not take "remote monitoring" for remote work', () => {
    expect(place({ locations: ['Leeds'], description: 'Remote monitoring of patients on the ward.' }).workplace).toBeNull();
  });

  it('reads an offer of visa sponsorship', () => {
    expect(place({ locations: ['London, UK'], description: 'Visa sponsorship is available for this role.' }).sponsorship).toBe(true);
    expect(place({ locations: ['London, UK'], description: 'We can sponsor visas for the right candidate.' }).sponsorship).toBe(true);
  });

  it('reads a refusal to sponsor, in English and Spanish', () => {
    expect(place({ locations: ['London, UK'], description: 'You must have the right to work in the UK.' }).sponsorship).toBe(false);
    expect(place({ locations: ['London, UK'], description: 'Visa sponsorship is not available.' }).sponsorship).toBe(false);
    expect(place({ locations: ['Remote - US'], description: 'We cannot sponsor visas.' }).sponsorship).toBe(false);
    expect(place({ locations: ['Madrid'], description: 'No ofrecemos patrocinio de visado.' }).sponsorship).toBe(false);
  });

  it('is silent on sponsorship when the posting is', () => {
    expect(place({ locations: ['London, UK'], description: 'A great team in a great city.' }).sponsorship).toBeNull();
  });

  it('reads "unable to offer visa sponsorship" as a refusal, not an offer', () => {
    expect(place({ locations: ['London, UK'], description: 'We are unable to offer visa sponsorship.' }).sponsorship).toBe(false);
    expect(place({ locations: ['London, UK'], description: 'We do not offer visa sponsorship.' }).sponsorship).toBe(false);
  });

  it('reads "100% remote" in the text as a remote job', () => {
    expect(place({ description: 'This role is 100% remote.' }).workplace).toBe('remote');
  });

  it('reads "anywhere in the UK" as the UK, not the world', () => {
    const read = place({ locations: ['United Kingdom (Remote)'], description: "You'll be home based anywhere in the UK, travelling to customers as needed." });

    expect(countries(read.remoteFrom)).toEqual(['GB']);
  });

  it('does not read the word "in" of a location as Indiana', () => {
    expect(countries(place({ locations: ['Remote, based in the UK'] }).remoteFrom)).toEqual(['GB']);
  });

  it('reads remote work written in French, Portuguese and Dutch location fields', () => {
    const french = place({ locations: ['À distance – Canada'] });
    expect(french.workplace).toBe('remote');
    expect(countries(french.remoteFrom)).toEqual(['CA']);
    expect(place({ locations: ['Teletrabalho (Portugal)'] }).workplace).toBe('remote');
    expect(place({ locations: ['Op afstand, Nederland'] }).workplace).toBe('remote');
    expect(place({ title: 'Pharmacien(ne) à distance', locations: ['Québec'] }).workplace).toBe('remote');
  });

  it('reads a small town in the location field as the site, in the country the posting names', () => {
    expect(place({ locations: ['Naaldwijk'] }).sites).toEqual([{ city: 'naaldwijk', country: 'NL' }]);
    expect(place({ locations: ['Bleiswijk, Netherlands'] }).sites).toEqual([{ city: 'bleiswijk', country: 'NL' }]);
    expect(place({ locations: ['Évora'] }).sites).toEqual([{ city: 'evora', country: 'PT' }]);
    expect(place({ locations: ['Westland', 'Netherlands'] }).sites[0]).toEqual({ city: 'westland', country: 'NL' });
  });

  it('turns no ordinary word of a location field into a site', () => {
    expect(place({ locations: ['Head Office'] }).sites).toEqual([]);
    expect(place({ locations: ['Best'] }).sites).toEqual([]);
    expect(place({ locations: ['Best, Noord-Brabant'] }).sites).toEqual([{ city: 'best', country: 'NL' }]);
  });

  it('puts a town several countries have in the country the posting names or pays in', () => {
    expect(place({ locations: ['Lincoln, Lincolnshire'] }).sites).toEqual([{ city: 'lincoln', country: 'GB' }]);
    expect(place({ locations: ['Lincoln'], description: 'Arable farm near Lincoln, £15.50 an hour.' }).sites).toEqual([{ city: 'lincoln', country: 'GB' }]);
    expect(place({ locations: ['Lincoln'], description: 'Join our team in Nebraska.' }).sites).toEqual([{ city: 'lincoln', country: 'US' }]);
  });

  it('reads a district named beside its city as that city, and a street as no place', () => {
    expect(place({ locations: ['Clondalkin, Dublin'] }).sites).toEqual([{ city: 'dublin', country: 'IE' }]);
    expect(place({ locations: ['Headingley, Leeds'] }).sites).toEqual([{ city: 'leeds', country: 'GB' }]);
    expect(place({ locations: ['Milan, Piazza Cordusio'] }).sites).toEqual([{ city: 'milan', country: 'IT' }]);
    expect(place({ locations: ['Remote – US (West Coast)'], workplaceType: 'remote' }).sites).toEqual([]);
  });
});
