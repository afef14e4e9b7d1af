import { describe, expect, it } from 'vitest';
import { localDollarOf } from './dollar-countries.ts';

describe('localDollarOf', () => {
  it('names the dollars of countries that write their own as "$"', () => {
    expect(['CA', 'AU', 'NZ', 'SG', 'HK'].map(localDollarOf)).toEqual(['CAD', 'AUD', 'NZD', 'SGD', 'HKD']);
  });

  it('names none for the US, for countries with other currencies and for no country', () => {
    expect(['US', 'GB', 'DE', 'constructor', null, undefined].map(localDollarOf)).toEqual([null, null, null, null, null, null]);
  });
});
