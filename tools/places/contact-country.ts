/**
 * The countries a CV's contact details point to: the international calling code of a phone number
 * ("+44 7700 900123", "0049 …"), a national mobile number's shape (British "07…", Irish "08…") and a
 * postcode's shape (British "LN2 5AB", Canadian "K1A 0B1"). They decide between towns of one name
 * ("Lincoln" is in England and in Nebraska; "Boston" in Lincolnshire and in Massachusetts) where
 * the CV names no country.
 */

const callingCodes: Record<string, string[]> = {
  '1': ['US', 'CA'], '7': ['RU', 'KZ'], '20': ['EG'], '27': ['ZA'], '30': ['GR'], '31': ['NL'], '32': ['BE'], '33': ['FR'],
  '34': ['ES'], '36': ['HU'], '39': ['IT'], '40': ['RO'], '41': ['CH'], '43': ['AT'], '44': ['GB'], '45': ['DK'], '46': ['SE'],
  '47': ['NO'], '48': ['PL'], '49': ['DE'], '51': ['PE'], '52': ['MX'], '54': ['AR'], '55': ['BR'], '56': ['CL'], '57': ['CO'],
  '58': ['VE'], '60': ['MY'], '61': ['AU'], '62': ['ID'], '63': ['PH'], '64': ['NZ'], '65': ['SG'], '66': ['TH'], '81': ['JP'],
  '82': ['KR'], '84': ['VN'], '86': ['CN'], '90': ['TR'], '91': ['IN'], '92': ['PK'], '212': ['MA'], '213': ['DZ'],
  '216': ['TN'], '234': ['NG'], '254': ['KE'], '351': ['PT'], '352': ['LU'], '353': ['IE'], '354': ['IS'], '356': ['MT'],
  '357': ['CY'], '358': ['FI'], '359': ['BG'], '370': ['LT'], '371': ['LV'], '372': ['EE'], '380': ['UA'], '381': ['RS'],
  '385': ['HR'], '386': ['SI'], '420': ['CZ'], '421': ['SK'], '852': ['HK'], '886': ['TW'], '961': ['LB'], '962': ['JO'],
  '965': ['KW'], '966': ['SA'], '968': ['OM'], '971': ['AE'], '972': ['IL'], '973': ['BH'], '974': ['QA'],
};

// "+44 7700 900123", "(+49) 170 …", "0044 20 …": the code right after the plus or double zero.
const internationalNumber = /(?:^|[^\d+])(?:\+|00)\s?\(?(\d{1,3})\)?[\s.()-]*\d/g;
// A British mobile "07700 900123" / "07700900123", an Irish one "087 123 4567".
const britishMobile = /(?:^|[^\d+])07\d{3}\s?\d{3}\s?\d{3}(?!\d)/;
const irishMobile = /(?:^|[^\d+])08[3-9][\s-]?\d{3}[\s-]?\d{4}(?!\d)/;
// Postcodes with shapes no other country uses: British "LN2 5AB", "SW1A 1AA"; Canadian "K1A 0B1".
const britishPostcode = /\b(GIR ?0AA|[A-PR-UWYZ][A-HK-Y]?\d[A-Z\d]? ?\d[ABD-HJLNP-UW-Z]{2})\b/;
const canadianPostcode = /\b[ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z] ?\d[ABCEGHJ-NPRSTV-Z]\d\b/;

function callingCodeCountries(digits: string): string[] {
  for (const length of [3, 2, 1]) {
    const countries = callingCodes[digits.slice(0, length)];
    if (countries && digits.length >= length) return countries;
  }
  return [];
}

/** Countries the contact lines' phone numbers and postcodes point to, most telling first. */
export function contactCountries(lines: string[]): string[] {
  const found: string[] = [];
  for (const line of lines) {
    for (const match of line.matchAll(internationalNumber)) {
      // The code's digits and what follows them, so "+353 87…" is Ireland and not a "+35…".
      const digits = line.slice(match.index + match[0].indexOf(match[1]!)).replace(/\D/g, '');
      found.push(...callingCodeCountries(digits));
    }
    if (britishMobile.test(line) || britishPostcode.test(line)) found.push('GB');
    if (irishMobile.test(line)) found.push('IE');
    if (canadianPostcode.test(line)) found.push('CA');
  }
  return [...new Set(found)];
}
