import { describe, expect, it } from 'vitest';
import { withItalianProvince } from './bracketed-province.ts';
import { readPostingPlace } from './posting-place.ts';

const sitesOf = (location: string) => readPostingPlace({ locations: [location], workplaceType: null, title: 'Controller', description: 'In sede.' }).sites;

describe('a town with its Italian province in brackets', () => {
  it.each([
    ['Monza (MB)', 'monza'],
    ['Bergamo (BG)', 'bergamo'],
    ['Palermo (PA)', 'palermo'],
    ['Rho (MI)', 'rho'],
  ])('reads "%s" as a place in Italy, not a US state or another country', (location, city) => {
    expect(sitesOf(location)).toEqual([{ city, country: 'IT' }]);
  });

  it('leaves a US town with its state in brackets and other fields as they are', () => {
    expect(withItalianProvince('Springfield (IL)')).toBe('Springfield (IL)');
    expect(withItalianProvince('Lansing, MI')).toBe('Lansing, MI');
    expect(sitesOf('Lansing, MI')).toEqual([{ city: 'lansing', country: 'US' }]);
  });
});
