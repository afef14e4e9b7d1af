import { describe, expect, it } from 'vitest';
import { describeLanguagePair, languagePairFit, languagePairsIn, languagePairsMeet, requestPairFactor } from './language-pairs.ts';

const pairs = (text: string) => languagePairsIn(text).map(describeLanguagePair);

describe('languagePairsIn', () => {
  it('reads pairs written in codes with an arrow, several sources at once, and a variety after a code', () => {
    expect(pairs('DE>EN translator, freelance')).toEqual(['DE>EN']);
    expect(pairs('Traductora jurada EN/FR > ES')).toEqual(['EN>ES', 'FR>ES']);
    expect(pairs('Tradutor/a EN>PT-PT (freelance, remoto)')).toEqual(['EN>PT']);
    expect(pairs('Conference interpreter EN<>DE')).toEqual(['EN<>DE']);
    expect(pairs('Polish Language Specialist (EN→PL)')).toEqual(['EN>PL']);
  });

  it('reads pairs written in words in several languages, with their direction', () => {
    expect(pairs('Financial Translator German > English – Contract')).toEqual(['DE>EN']);
    expect(pairs('We need a translator from German into English')).toEqual(['DE>EN']);
    expect(pairs('Übersetzungen aus dem Englischen ins Deutsche')).toEqual(['EN>DE']);
    expect(pairs("traduction de l'anglais vers le français")).toEqual(['EN>FR']);
    expect(pairs('traducción del inglés al español')).toEqual(['EN>ES']);
    expect(pairs('vertalen van Engels naar Nederlands')).toEqual(['EN>NL']);
    expect(pairs('MTPE Post-Editor English > Spanish (Spain)')).toEqual(['EN>ES']);
  });

  it('reads two language names joined by a dash as a pair worked both ways', () => {
    expect(pairs('Konferenzdolmetscher/in Englisch–Deutsch (freiberuflich)')).toEqual(['EN<>DE']);
  });

  it('reads no pair from languages merely listed, or from codes that are words in lower case', () => {
    expect(pairs('Languages: English and Spanish, fluent German')).toEqual([]);
    expect(pairs('Engels en Frans vloeiend; inglés o francés')).toEqual([]);
    expect(pairs('IT support to UK offices, no > 5 years')).toEqual([]);
    expect(pairs('salary > 40k, it > pt')).toEqual([]);
  });
});

describe('languagePairsMeet', () => {
  const de_en = languagePairsIn('DE>EN');
  it('judges nothing when either side states no pair', () => {
    expect(languagePairsMeet([], de_en)).toBeNull();
    expect(languagePairsMeet(de_en, [])).toBeNull();
  });

  it('meets on the same pair in the same direction, or either direction where one side works both ways', () => {
    expect(languagePairsMeet(de_en, languagePairsIn('German to English'))).toBe(true);
    expect(languagePairsMeet(de_en, languagePairsIn('EN>DE'))).toBe(false);
    expect(languagePairsMeet(languagePairsIn('Englisch–Deutsch'), languagePairsIn('DE>EN'))).toBe(true);
    expect(languagePairsMeet(de_en, languagePairsIn('EN>PT-PT'))).toBe(false);
  });
});

describe('languagePairFit', () => {
  const person = languagePairsIn('EN/FR > ES');
  it("judges a linguist's posting by its pairs, and no other job by them", () => {
    expect(languagePairFit(person, { languagePairs: languagePairsIn('EN>ES'), occupation: { occupation: 'translator' } })?.fit).toBe(1);
    expect(languagePairFit(person, { languagePairs: languagePairsIn('DE>EN'), occupation: { occupation: 'translator' } })?.fit).toBeLessThan(0.5);
    // A customer service job that names two languages with a dash is not asking for a translator's pair.
    expect(languagePairFit(person, { languagePairs: languagePairsIn('German-English'), occupation: { occupation: 'customer-support-agent' } })).toBeNull();
  });

  it("lowers a request's postings in another pair, and leaves postings that state none", () => {
    const requested = languagePairsIn('DE>EN translator, freelance');
    expect(requestPairFactor(requested, { languagePairs: languagePairsIn('Tradutor/a EN>PT-PT') })).toBeLessThan(0.5);
    expect(requestPairFactor(requested, { languagePairs: languagePairsIn('German to English Translator') })).toBe(1);
    expect(requestPairFactor(requested, { languagePairs: [] })).toBe(1);
  });
});
