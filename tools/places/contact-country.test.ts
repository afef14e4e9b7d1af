import { describe, expect, it } from 'vitest';
import { contactCountries } from './contact-country.ts';

describe('contactCountries', () => {
  it.each([
    ['+44 7700 900123 · sam@example.com', ['GB']],
    ['Tel. 0049 170 1234567', ['DE']],
    ['(+353) 87 123 4567', ['IE']],
    ['+351 912 345 678 | Lisboa', ['PT']],
    ['+971 50 123 4567', ['AE']],
    ['+1 (415) 555-0100', ['US', 'CA']],
    ['07700 900123', ['GB']],
    ['087 123 4567', ['IE']],
    ['12 Minster Yard, Lincoln LN2 1PX', ['GB']],
    ['Ottawa ON K1A 0B1', ['CA']],
  ])('reads "%s" as pointing to %j', (line, expected) => {
    expect(contactCountries([line])).toEqual(expected);
  });

  it('reads nothing from years, dates, postcodes other countries share and plain numbers', () => {
    expect(contactCountries(['2019 – 2024', '10115 Berlin', '3011 AB Rotterdam', 'Since 01.03.2020', 'Born 1990'])).toEqual([]);
  });
});
