import { describe, expect, it } from 'vitest';
import { findDateRange, trailingYear } from './date-range.ts';

describe('findDateRange', () => {
  it('reads spans of time as CVs in several languages write them', () => {
    expect(findDateRange('Feb 2024 - present')).toMatchObject({ startDate: 'Feb 2024', endDate: 'present' });
    expect(findDateRange('08/2018 – heute Lehrerin, GGS Am Rosengarten')).toMatchObject({ startDate: '08/2018', endDate: 'heute' });
    expect(findDateRange('Senior Data Engineer, Rydo Mobility GmbH, Berlin 2021/04 – today')).toMatchObject({ startDate: '2021/04', endDate: 'today' });
    expect(findDateRange('Northpeak Software, Toronto, ON | Jan 2025 - Present')).toMatchObject({ startDate: 'Jan 2025', endDate: 'Present' });
    expect(findDateRange('2018–present | Second in Mathematics')).toMatchObject({ startDate: '2018', endDate: 'present' });
    expect(findDateRange('septembre 2019 à aujourd’hui')).toMatchObject({ startDate: 'septembre 2019', endDate: 'aujourd’hui' });
    expect(findDateRange('settembre 2017 – giugno 2021, Studio Bianchi')).toMatchObject({ startDate: 'settembre 2017', endDate: 'giugno 2021' });
    expect(findDateRange('setembro 2016 - outubro 2020')).toMatchObject({ startDate: 'setembro 2016', endDate: 'outubro 2020' });
    expect(findDateRange('mrt. 2015 – heden')).toMatchObject({ startDate: 'mrt. 2015', endDate: 'heden' });
    expect(findDateRange('Marz 2020 bis heute')).toMatchObject({ startDate: 'Marz 2020', endDate: 'heute' });
  });

  it('does not read a single date or a number range as a span of time', () => {
    expect(findDateRange('tissue viability link nurse for the ward since Nov 2024')).toBeUndefined();
    expect(findDateRange('companies of 100-1,000 employees')).toBeUndefined();
  });
});

describe('trailingYear', () => {
  it('takes the year a certificate line ends with', () => {
    expect(trailingYear('Immediate Life Support (Resuscitation Council UK), 2024')).toEqual({ year: '2024', rest: 'Immediate Life Support (Resuscitation Council UK)' });
    expect(trailingYear('Basic Life Support')).toBeUndefined();
  });
});
