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

const townNames = (text: string, towns: 'field' | 'lead') => placeMentions(text, { codes: true, isoCodes: towns === 'field', towns }).map((mention) => `${mention.kind}:${mention.name}:${'countries' in mention ? mention.countries[0] : mention.kind === 'country' ? mention.country : ''}`);

describe('placeMentions of the world’s towns', () => {
  it('reads small towns in location fields, with their country', () => {
    expect(townNames('Naaldwijk', 'field')).toEqual(['city:naaldwijk:NL']);
    expect(townNames('Bleiswijk, Zuid-Holland', 'field')).toEqual(['city:bleiswijk:NL', 'subdivision:zuid holland:NL']);
    expect(townNames('Évora, Portugal', 'field')).toEqual(['city:evora:PT', 'country:portugal:PT']);
    expect(townNames('Guimarães', 'field')).toEqual(['city:guimaraes:PT']);
    expect(townNames('Wolfsburg', 'field')).toEqual(['city:wolfsburg:DE']);
    expect(townNames('Westland', 'field')).toEqual(['city:westland:NL']);
  });

  it('keeps a city’s other names and commuter towns as that city', () => {
    expect(townNames('Köln', 'field')).toEqual(['city:cologne:DE']);
    expect(townNames('Lisboa', 'field')).toEqual(['city:lisbon:PT']);
    expect(townNames('Hoofddorp', 'field')).toEqual(['city:amsterdam:NL']);
    expect(townNames('Frankfurt am Main', 'field')).toEqual(['city:frankfurt:DE']);
  });

  it('reads a town named as an ordinary word only beside its country', () => {
    for (const word of ['Best', 'Sale', 'Wels', 'Police', 'Hope', 'Lead', 'Mobile', 'Of']) expect(townNames(word, 'field'), word).toEqual([]);
    expect(townNames('Best, Netherlands', 'field')).toEqual(['city:best:NL', 'country:netherlands:NL']);
    expect(townNames('Police, Poland', 'field')).toEqual(['city:police:PL', 'country:poland:PL']);
    expect(townNames('Sale, UK', 'field')).toEqual(['city:sale:GB', 'country:uk:GB']);
  });

  it('turns no ordinary words of a typed request into places', () => {
    for (const request of ['best jobs in sales', 'police officer jobs', 'mobile developer', 'reading specialist', 'hope to find a lead role', 'split shift warehouse work', 'sale of goods', 'nice team, bath fitter', 'Bath fitter', 'Senior Scala Developer']) {
      expect(townNames(request, 'lead'), request).toEqual([]);
    }
  });

  it('reads a town in a typed request after a word that leads to a place, or written as a name', () => {
    expect(townNames('greenhouse jobs near Westland', 'lead')).toEqual(['city:westland:NL']);
    expect(townNames('Schweißer bei Wolfsburg', 'lead')).toEqual(['city:wolfsburg:DE']);
    expect(townNames('enfermeira em Guimarães', 'lead')).toEqual(['city:guimaraes:PT']);
    expect(townNames('nurse Leixlip', 'lead')).toEqual(['city:leixlip:IE']);
    expect(townNames('jobs in Reading', 'lead')).toEqual(['city:reading:GB']);
  });

  it('prefers the country the text or its context names for a town several countries have', () => {
    expect(placeMentions('Westland', { towns: 'field' })[0]).toMatchObject({ countries: ['NL', 'US'] });
    expect(placeMentions('Westland, Michigan', { towns: 'field' })[0]).toMatchObject({ countries: ['US'] });
    expect(placeMentions('Hope', { towns: 'field' })).toEqual([]);
    expect(placeMentions('Lisbon', { towns: 'field', country: 'US' })[0]).toMatchObject({ countries: ['PT'] });
  });

  it('reads no towns in running text', () => {
    expect(placeMentions('Naaldwijk greenhouse with a nice team', { codes: false })).toEqual([]);
  });
});

describe('placeMentions of large cities named like words', () => {
  it('still reads a large city typed in lower case when its name is a word only in a dictionary', () => {
    expect(names('nurse jobs boston')).toEqual(['city:boston']);
    expect(names('jobs paris')).toEqual(['city:paris']);
  });
});

describe('placeMentions of towns in a typed request', () => {
  it('reads towns in several countries that one request names', () => {
    expect(townNames('jobs in London or in Naaldwijk', 'lead')).toEqual(['city:london:GB', 'city:naaldwijk:NL']);
  });
});

describe('placeMentions of a large city’s name in another country', () => {
  it('reads a city’s name beside another country’s county as that country’s town', () => {
    expect(townNames('Boston, Lincolnshire', 'field')).toEqual(['city:boston:GB', 'subdivision:lincolnshire:GB']);
    expect(townNames('Boston, MA', 'field')).toEqual(['city:boston:US', 'subdivision:ma:US']);
    expect(townNames('farm jobs near Boston, Lincolnshire', 'lead')).toEqual(['city:boston:GB', 'subdivision:lincolnshire:GB']);
  });
});
