import { describe, expect, it } from 'vitest';
import { classifyWithCertainty } from './classify.ts';

const read = (from: { name: string | null; email: string }, subject: string, snippet: string) =>
  classifyWithCertainty({ from, subject, snippet, labelIds: ['INBOX'] }, { fromEmployer: true })?.kind;

describe('calendar invitations whose subject is the event title alone', () => {
  const recruiter = { name: 'Maja Ek', email: 'maja.ek@hamnbolaget.example' };

  it('reads a body that opens with when and says where as a booked interview, in Swedish and English', () => {
    expect(read(recruiter, 'Samtal Lagerchef – Olle Berg', 'När: den 12 november 2026 09:00-10:00 (UTC+01:00) Stockholm. Var: Kontoret, plan 2, fråga i receptionen.')).toBe('interview_scheduling');
    expect(read(recruiter, 'Interview - Shift Manager', 'When: Tuesday 3 November 2026 10:00-11:00 (UTC+00:00) London. Where: Unit 4, Dock Road. Ask for Maja at reception.')).toBe('interview_scheduling');
  });

  it('does not take a reply that mentions when and where for a calendar invitation', () => {
    expect(read(recruiter, 'SV: Samtal Lagerchef', 'Hej Olle, tack! Kan du ta med ditt truckkort? Var: samma entré som sist.')).not.toBe('interview_scheduling');
  });
});

describe('a selection office writing in the first person', () => {
  it('reads its receipt as a confirmation, not a person replying', () => {
    const office = { name: 'Ufficio Selezione', email: 'selezione@ospedaleriuniti.example' };
    expect(read(office, 'La sua candidatura – Infermiere', 'Abbiamo ricevuto la sua candidatura per il ruolo di infermiere; io e la commissione la contatteremo in caso di esito positivo.')).toBe('application_confirmation');
  });
});
