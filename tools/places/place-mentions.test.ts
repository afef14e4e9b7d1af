import { describe, expect, it } from 'vitest';
import { placeMentions } from './place-mentions.ts';

const names = (text: string, options?: { codes?: boolean }) => placeMentions(text, options).map((mention) => `${mention.kind}:${mention.name}`);

describe('placeMentions', () => {
  it('finds a city and its country, with the country the city belongs to', () => {
    const [city, country] = placeMentions('Berlin, Germany');

    expect(city).toMatchObject({ kind: 'city', name: 'berlin', countries: ['DE'] });
    expect(country).toMatchObject({ kind: 'country', name: 'germany', country: 'DE' });
  });

  it('prefers the longest name at each word', () => {
    expect(names('Office in New York')).toEqual(['city:new york']);
  });

  it('reads two-letter codes only where codes are expected', () => {
    expect(names('New York, NY')).toEqual(['city:new york']);
    expect(names('New York, NY', { codes: true })).toEqual(['city:new york', 'subdivision:ny']);
    expect(names('Berlin, DE', { codes: true })).toEqual(['city:berlin', 'country:de']);
  });

  it('does not take the words "de", "la" and "in" of running text for places', () => {
    expect(names('Trabajo de enfermera en la clínica')).toEqual([]);
  });

  it('reads "US" in running text only where it cannot be the pronoun', () => {
    expect(names('Join us and grow with us')).toEqual([]);
    expect(names('You must be based in the US')).toEqual(['country:us']);
    expect(names('US only')).toEqual(['country:us']);
  });

  it('reads "UK" and "EU" wherever they stand', () => {
    expect(names('Remote UK')).toEqual(['country:uk']);
    expect(names('Remote, EU')).toEqual(['region:eu']);
  });

  it('reads hiring regions with the countries they cover', () => {
    const [emea] = placeMentions('Remote (EMEA)');
    const countries = emea?.kind === 'region' && emea.region.countries !== 'anywhere' ? [...emea.region.countries] : [];

    expect(emea).toMatchObject({ kind: 'region', name: 'emea' });
    expect(countries).toEqual(expect.arrayContaining(['DE', 'GB', 'ZA']));
    expect(countries).not.toContain('US');
  });

  it('knows a city by any of its names, accents and all, as one place', () => {
    expect(names('München')).toEqual(['city:munich']);
    expect(names('Munich')).toEqual(['city:munich']);
  });
});

describe('country codes', () => {
  it('reads any country\'s ISO code in a location field, and keeps a state code for its state', () => {
    const countries = (text: string) => placeMentions(text, { codes: true, isoCodes: true }).map((mention) => (mention.kind === 'country' ? mention.country : mention.kind));

    expect(countries('Remote (DE, AT, NL)')).toEqual(['DE', 'AT', 'NL']);
    expect(countries('Remote - IT')).toEqual(['IT']);
    expect(countries('Remote, CA')).toEqual(['subdivision']);
  });

  it('does not read a code in running text, nor a code that is also a word for work in a typed request', () => {
    expect(placeMentions('we are at the office in the morning', { codes: false })).toEqual([]);
    expect(placeMentions('HR or QA jobs in IT', { codes: true })).toEqual([]);
  });
});
