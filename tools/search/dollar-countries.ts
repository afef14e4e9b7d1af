/**
 * Countries whose own currency is written "$", with its code, for reading a bare "$" in a request or
 * a posting: a job in Toronto paying "$55,000" pays Canadian dollars, and so does a request for one.
 * Anywhere else a bare "$" is read as US dollars.
 */
export const dollarCountryCurrencies: Readonly<Record<string, string>> = { CA: 'CAD', AU: 'AUD', NZ: 'NZD', SG: 'SGD', HK: 'HKD' };

/** The dollars a country writes as "$" when they are not US dollars, or null. */
export function localDollarOf(country: string | null | undefined): string | null {
  return (country && Object.hasOwn(dollarCountryCurrencies, country) && dollarCountryCurrencies[country]) || null;
}
