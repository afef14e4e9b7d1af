import { describe, expect, it } from 'vitest';
import { requiredLanguages, spokenLanguages } from './language-requirements.ts';

const required = (description: string) => [...requiredLanguages({ title: 'Engineer', description })].sort();

describe('requiredLanguages', () => {
  it('asks for the language a posting is written in', () => {
    expect(required('Wir suchen eine Pflegefachkraft für unsere Station und bieten Ihnen ein tolles Team mit flexiblen Arbeitszeiten.')).toEqual(['de']);
  });

  it('asks for a language the posting requires in so many words', () => {
    expect(required('You will work in our London office with the team. Fluent German is required.')).toEqual(['de', 'en']);
    expect(required('Deutschkenntnisse auf C1-Niveau.')).toEqual(['de']);
    expect(required('Nous recherchons un infirmier. Anglais courant exigé.')).toContain('en');
  });

  it('does not ask for a language the posting only calls a plus', () => {
    expect(required('You will work in our London office with the team. Spanish is a plus.')).toEqual(['en']);
  });

  it('keeps a required language when the same sentence calls another a plus', () => {
    expect(required('Fluent German required, English is a plus.')).toEqual(['de']);
  });
});

describe('spokenLanguages', () => {
  it('counts every language the CV names and the one it is written in', () => {
    expect([...spokenLanguages('Languages: English (native), German (B2), Spanish')].sort()).toEqual(['de', 'en', 'es']);
    expect([...spokenLanguages('Ich bin Pflegefachkraft mit Erfahrung auf der Intensivstation und arbeite gern im Team mit den Kollegen.')]).toEqual(['de']);
  });

  it('shows none for a list of skills', () => {
    expect(spokenLanguages('Python, SQL')).toEqual(new Set());
  });
});
