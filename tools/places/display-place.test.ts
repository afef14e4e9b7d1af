import { describe, expect, it } from 'vitest';
import { displayPlace } from './display-place.ts';

describe('displayPlace', () => {
  it('shows a town as GeoNames writes it, with its diacritics', () => {
    expect(displayPlace('koln', 'DE')).toBe('Köln');
    expect(displayPlace('malmo', 'SE')).toBe('Malmö');
    expect(displayPlace('krakow', 'PL')).toBe('Kraków');
    expect(displayPlace('sao paulo', 'BR')).toBe('São Paulo');
    expect(displayPlace('zurich')).toBe('Zürich');
  });

  it('keeps the small words and punctuation inside a name as written', () => {
    expect(displayPlace('frankfurt am main', 'DE')).toBe('Frankfurt am Main');
    expect(displayPlace('l hospitalet de llobregat', 'ES')).toBe("L'Hospitalet de Llobregat");
    expect(displayPlace('s hertogenbosch', 'NL')).toBe("'s-Hertogenbosch");
    expect(displayPlace('boulogne sur mer', 'FR')).toBe('Boulogne-sur-Mer');
  });

  it('shows the town of the country the caller names, the most populous of the name otherwise', () => {
    expect(displayPlace('leon', 'MX')).toBe('León');
    expect(displayPlace('cordoba', 'AR')).toBe('Córdoba');
    expect(displayPlace('saint denis', 'RE')).toBe('Saint-Denis');
  });

  it('shows a hand-written city by the name Atlas gives it', () => {
    expect(displayPlace('cologne', 'DE')).toBe('Cologne');
    expect(displayPlace('new york', 'US')).toBe('New York');
    expect(displayPlace('victoria bc', 'CA')).toBe('Victoria BC');
  });

  it('title-cases a place it holds no written name for, and keeps a country code', () => {
    expect(displayPlace('nowhere in particular')).toBe('Nowhere In Particular');
    expect(displayPlace('DE')).toBe('DE');
  });
});
