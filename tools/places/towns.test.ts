import { describe, expect, it } from 'vitest';
import { gazetteer } from './gazetteer.ts';
import { distanceBetween, towns, whereIs } from './towns.ts';

describe('towns', () => {
  it('holds small towns of the world with their country, most populous first', () => {
    expect(towns().get('naaldwijk')?.[0]).toMatchObject({ country: 'NL', word: false });
    expect(towns().get('guimaraes')?.[0]).toMatchObject({ country: 'PT' });
    expect(towns().get('leixlip')?.[0]).toMatchObject({ country: 'IE' });
    expect(towns().get('westland')?.[0]).toMatchObject({ country: 'NL' });
    expect(towns().get('lisbon')?.map((town) => town.country)[0]).toBe('PT');
  });

  it('keeps each town’s name as GeoNames writes it beside the folded one', () => {
    expect(towns().get('koln')?.[0]).toMatchObject({ name: 'koln', written: 'Köln', country: 'DE' });
    expect(towns().get('frankfurt am main')?.[0]).toMatchObject({ written: 'Frankfurt am Main' });
    expect(towns().get('s hertogenbosch')?.[0]).toMatchObject({ written: "'s-Hertogenbosch", country: 'NL' });
    expect(towns().get('best')?.find((town) => town.country === 'NL')).toMatchObject({ written: 'Best', word: true });
    expect(towns().get('naaldwijk')?.[0]).toMatchObject({ written: 'Naaldwijk' });
    expect(towns().get('castellon')?.find((town) => town.country === 'ES')).toMatchObject({ written: expect.stringMatching(/^Castell[oó]n/) });
  });

  it('marks towns whose name is an ordinary word', () => {
    for (const word of ['best', 'police', 'split', 'sale', 'hope', 'lead', 'mobile', 'wels', 'bath', 'reading', 'nice']) {
      expect(towns().get(word)?.every((town) => town.word), word).toBe(true);
    }
  });

  it('puts every hand-written city on the map', () => {
    const places = gazetteer();
    const unplaced = [...places.cityNames.keys()].filter((city) => whereIs(city, places.cities.get(city)![0]!) === null);
    expect(unplaced).toEqual([]);
  });

  it('measures the distance between a town and a city, and by a city’s other names', () => {
    expect(distanceBetween({ city: 'naaldwijk', country: 'NL' }, { city: 'the hague', country: 'NL' })).toBeGreaterThan(8);
    expect(distanceBetween({ city: 'naaldwijk', country: 'NL' }, { city: 'the hague', country: 'NL' })).toBeLessThan(16);
    expect(distanceBetween({ city: 'cologne', country: 'DE' }, { city: 'bonn', country: 'DE' })).toBeLessThan(35);
    expect(distanceBetween({ city: 'lisbon', country: 'PT' }, { city: 'evora', country: 'PT' })).toBeGreaterThan(100);
    expect(distanceBetween({ city: 'naaldwijk', country: 'NL' }, { city: null, country: 'NL' })).toBeNull();
  });
});
