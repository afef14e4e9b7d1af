import { describe, expect, it } from 'vitest';
import { statedDate } from './stated-date.ts';

// A Tuesday morning in December.
const received = new Date('2026-12-01T09:00:00Z');

describe('statedDate', () => {
  it.each([
    ['Interview invitation: Tuesday, December 8 at 2:00 PM', { day: '2026-12-08', time: '14:00' }],
    ['Interview scheduled for 2026-12-10T15:00', { day: '2026-12-10', time: '15:00' }],
    ['Einladung zum Vorstellungsgespräch am 10. Dezember um 14:30 Uhr', { day: '2026-12-10', time: '14:30' }],
    ['Vorstellungsgespräch am 10.12.2026', { day: '2026-12-10', time: null }],
    ['Entretien le 10 décembre à 14h30', { day: '2026-12-10', time: '14:30' }],
    ['Entrevista el 10 de diciembre a las 14:30', { day: '2026-12-10', time: '14:30' }],
    ['Colloquio il 10 dicembre alle 14:30', { day: '2026-12-10', time: '14:30' }],
    ['Sollicitatiegesprek op 10 december om 14:30', { day: '2026-12-10', time: '14:30' }],
    ['Entrevista em 10 de dezembro', { day: '2026-12-10', time: null }],
    ['Can you do a call tomorrow at 10am?', { day: '2026-12-02', time: '10:00' }],
  ])('reads %s', (text, expected) => {
    expect(statedDate(text, received)).toEqual(expected);
  });

  it('puts a date without a year in the next year when that day has passed this year', () => {
    expect(statedDate('Interview on January 12 at 9:00', received)).toEqual({ day: '2027-01-12', time: '09:00' });
  });

  it('reads a slashed date the only way that lands after the message', () => {
    // 15/12 can only be 15 December; 12/15 only December 15.
    expect(statedDate('Interview 15/12/2026', received)?.day).toBe('2026-12-15');
    expect(statedDate('Interview 12/15/2026', received)?.day).toBe('2026-12-15');
    // 01/02/2027 is 1 February or January 2: both ahead, so the day is unknown.
    expect(statedDate('Interview 01/02/2027', received)).toBeNull();
  });

  it.each([
    'We would like to invite you to an interview',
    'Your application for Senior Engineer #2026',
    'Let us talk next week',
    'Nächste Woche melden wir uns',
    'Interview on March 3, 2031',
  ])('finds no day in %s', (text) => {
    expect(statedDate(text, received)).toBeNull();
  });

  it('gives the same day whatever the server’s time zone, from the message’s own clock', () => {
    const lateEvening = new Date('2026-12-01T23:30:00Z');
    expect(statedDate('Interview tomorrow at 9:00', lateEvening)).toEqual({ day: '2026-12-02', time: '09:00' });
  });
});
