import { describe, expect, it } from 'vitest';
import { salaryFromText } from './salary-from-text.ts';

const yearly = (min: number | null, max: number | null, currency: string | null) => ({ min, max, currency, interval: 'YEAR' });

describe('salaryFromText', () => {
  it.each([
    ['Salary: $120,000 - $150,000', yearly(120_000, 150_000, 'USD')],
    ['$120K–$150K USD', yearly(120_000, 150_000, 'USD')],
    ['Compensation: USD 120k to 150k per year, plus equity', yearly(120_000, 150_000, 'USD')],
    ['£45,000–£55,000 per annum', yearly(45_000, 55_000, 'GBP')],
    ['Gehalt: €55.000 – €65.000 brutto/Jahr', yearly(55_000, 65_000, 'EUR')],
    ['Rémunération : 55 000 € à 65 000 € bruts annuels', yearly(55_000, 65_000, 'EUR')],
    ['Rémunération : 55\u202f000\u00a0€ à 65\u202f000\u00a0€ bruts annuels', yearly(55_000, 65_000, 'EUR')],
    ['Salary: CHF 110\'000', yearly(110_000, 110_000, 'CHF')],
    ['Salary: CHF 110’000', yearly(110_000, 110_000, 'CHF')],
    ['Base salary C$90,000 - C$110,000', yearly(90_000, 110_000, 'CAD')],
    ['Base salary: A$150,000', yearly(150_000, 150_000, 'AUD')],
    ['Pay: $90,000 - $110,000 CAD', yearly(90_000, 110_000, 'CAD')],
    ['CTC: INR 18 LPA', yearly(1_800_000, 1_800_000, 'INR')],
    ['CTC: 18-24 LPA', yearly(1_800_000, 2_400_000, 'INR')],
    ['Salary: ₹18,00,000 per annum', yearly(1_800_000, 1_800_000, 'INR')],
    ['The salary range for this role is 140,000 to 170,000 (base).', yearly(140_000, 170_000, null)],
    ['Salary between $100,000 and $130,000 depending on experience', yearly(100_000, 130_000, 'USD')],
    ['Salary from €60k depending on experience', yearly(60_000, null, 'EUR')],
    ['Salary: up to 80k', yearly(null, 80_000, null)],
    ['We pay $120-150K for this role.', yearly(120_000, 150_000, 'USD')],
    ['Salary: 60.000 - 70.000 Euro', yearly(60_000, 70_000, 'EUR')],
    ['Salaire : 50k€ - 60k€ par an', yearly(50_000, 60_000, 'EUR')],
    ['Vergütung: 60-70 TEUR p.a.', yearly(60_000, 70_000, 'EUR')],
    ['US Salary Range\n$160,000—$200,000 USD', yearly(160_000, 200_000, 'USD')],
    ['Pay ranges from $154,000/yr in our lowest market up to $197,000/yr in our highest.', yearly(154_000, 197_000, 'USD')],
    ['JPY 8,000,000 - 10,000,000', yearly(8_000_000, 10_000_000, 'JPY')],
  ])('reads %j', (text, expected) => {
    expect(salaryFromText(text)).toEqual(expected);
  });

  it.each([
    ['Gehalt: 4.200 € brutto im Monat', { min: 4_200, max: 4_200, currency: 'EUR', interval: 'MONTH' }],
    ['$28–$34 per hour', { min: 28, max: 34, currency: 'USD', interval: 'HOUR' }],
    ['£14.50/hr', { min: 14.5, max: 14.5, currency: 'GBP', interval: 'HOUR' }],
    ['Hourly rate: $40 - $55', { min: 40, max: 55, currency: 'USD', interval: 'HOUR' }],
    ['Day rate £500-£600', { min: 500, max: 600, currency: 'GBP', interval: 'DAY' }],
    ['Salaire : 3 500 € brut mensuel', { min: 3_500, max: 3_500, currency: 'EUR', interval: 'MONTH' }],
    ['Sueldo: 2.000 € al mes', { min: 2_000, max: 2_000, currency: 'EUR', interval: 'MONTH' }],
  ])('reads %j with its interval', (text, expected) => {
    expect(salaryFromText(text)).toEqual(expected);
  });

  it('reads the heading above a pay block for its interval, as Greenhouse lays it out', () => {
    expect(salaryFromText('Benefits\n\nHourly Pay Range\n$28—$34 USD\nApply now')).toEqual({ min: 28, max: 34, currency: 'USD', interval: 'HOUR' });
    expect(salaryFromText('Annual Salary Range\n$120,000—$150,000 USD')).toEqual(yearly(120_000, 150_000, 'USD'));
  });

  it.each([
    'We offer a competitive salary and great benefits.',
    'I worked there 2019–2023.',
    'Join a team of 120 engineers.',
    'We raised $50M in our Series B.',
    'Backed by a $2B valuation.',
    'We have $30 million in annual revenue.',
    'A profitable company with $100k MRR.',
    'We crossed $300,000 in annual revenue last month.',
    'Generous 401(k) matching up to 4%.',
    'Up to 30 days holiday.',
    'A 10% annual bonus.',
    'Call us on +1 (415) 555-0100 or 020 7946 0958.',
    'Our office: 123 Main St, San Francisco, CA 94105. Berlin office: 10115 Berlin.',
    'A $500 learning budget every year.',
    'A $2,000 home office stipend.',
    'Pay is competitive; we pay $28 to start.',
    '€4,5k brutto',
    'Salary: $50 - $5,000,000',
  ])('finds no pay in %j', (text) => {
    expect(salaryFromText(text)).toBeNull();
  });

  it('prefers the base range to a signing bonus or equity', () => {
    const text = 'Base salary: $140,000 - $160,000 per year. Plus a $20,000 signing bonus and $50,000 in equity.';
    expect(salaryFromText(text)).toEqual(yearly(140_000, 160_000, 'USD'));
    expect(salaryFromText('Signing bonus of $15,000. Salary: $130k–$150k + bonus')).toEqual(yearly(130_000, 150_000, 'USD'));
  });

  it('prefers base pay to on-target earnings', () => {
    expect(salaryFromText('OTE $200,000. Base salary $100,000 - $120,000.')).toEqual(yearly(100_000, 120_000, 'USD'));
    expect(salaryFromText('OTE: $180,000 - $220,000')).toEqual(yearly(180_000, 220_000, 'USD'));
  });

  it('spans the ranges it states per location, in the first range\'s currency', () => {
    const text = [
      'The base pay range for this role in New York is $150,000 - $190,000.',
      'In Colorado it is $130,000 - $170,000.',
      'In London it is £90,000 - £110,000.',
    ].join('\n');
    expect(salaryFromText(text)).toEqual(yearly(130_000, 190_000, 'USD'));
  });

  it('finds the pay inside a longer description', () => {
    const text = [
      'About us',
      'Founded in 2015, we are a team of 120 people and raised $40M from great investors.',
      "What you'll do",
      '- Build APIs used by 2,000,000 customers',
      'Benefits: 30 days holiday, a €1,000 learning budget and 401(k).',
      'The salary for this role is €70,000–€85,000 per year, depending on experience.',
    ].join('\n');
    expect(salaryFromText(text)).toEqual(yearly(70_000, 85_000, 'EUR'));
  });

  it('does not read a count of hours, members or employees in a sentence about wages as pay', () => {
    const text = [
      'We are a certified Living Wage employer, and our 2,300 employees volunteered more than 14,000 hours in their communities last year.',
      'Salary range: $78,000 – $92,000 plus annual incentive.',
    ].join('\n');
    expect(salaryFromText(text)).toEqual(yearly(78_000, 92_000, 'USD'));
    expect(salaryFromText('As a Living Wage employer we serve 600,000 members.')).toBeNull();
  });

  it('does not read deal sizes, contract values or variable pay as the salary', () => {
    expect(salaryFromText('Deals typically range from $300k to $2M in annual value.\n- A track record of closing complex deals above $250k ACV')).toBeNull();
    expect(salaryFromText('Negotiate commercial terms and close contracts typically worth £250,000 to £1m over their lifetime')).toBeNull();
    expect(salaryFromText('€38,000–€44,000 base + €15,000 commission at target, health insurance, pension contribution.')).toEqual(yearly(38_000, 44_000, 'EUR'));
    expect(salaryFromText('£90,000 – £105,000 base salary, with on-target earnings of £180,000 – £210,000 (uncapped) plus equity.')).toEqual(yearly(90_000, 105_000, 'GBP'));
  });

  it('reads pay per teaching hour as hourly', () => {
    expect(salaryFromText('Pay: £32–£38 per teaching hour, depending on experience.')).toMatchObject({ min: 32, max: 38, currency: 'GBP', interval: 'HOUR' });
  });

  it('leaves small amounts alone when no interval is stated', () => {
    expect(salaryFromText('Pay: $28–$34')).toBeNull();
    expect(salaryFromText('Gehalt: 4.200 € brutto')).toBeNull();
  });
});
