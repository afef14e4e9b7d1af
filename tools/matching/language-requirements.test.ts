import { describe, expect, it } from 'vitest';
import { requiredLanguages, spokenLanguages } from './language-requirements.ts';

const required = (description: string) => [...requiredLanguages({ title: 'Engineer', description })].sort();

describe('requiredLanguages', () => {
  it('asks for the language a posting is written in', () => {
    expect(required('Wir suchen eine Pflegefachkraft für unsere Station und bieten Ihnen ein tolles Team mit flexiblen Arbeitszeiten.')).toEqual(['de']);
  });

  it('asks for Polish of a posting written in Polish, not for a language whose small words it shares', () => {
    const posting = { title: 'Kierowca C+E', description: 'Zatrudnimy kierowców kat. C+E do transportu międzynarodowego. Oferujemy umowę o pracę i pomoc spedytorów w języku polskim. Wymagania: prawo jazdy kat. C+E oraz znajomość dokumentów CMR.' };
    expect([...requiredLanguages(posting)]).toEqual(['pl']);
  });

  it('does not ask for the local language of a job its title calls English-speaking', () => {
    const dutch = 'Wij zoeken internationale chauffeurs voor ritten naar Duitsland en Polen. Je hebt een rijbewijs en ervaring met internationaal transport. Wat bieden wij? Een vaste trekker en een goede planning voor het hele jaar.';
    expect([...requiredLanguages({ title: 'Internationaal Vrachtwagenchauffeur CE (Engelstalig)', description: dutch })]).toEqual(['en']);
    expect([...requiredLanguages({ title: 'Vrachtwagenchauffeur CE', description: dutch })]).toEqual(['nl']);
    expect([...requiredLanguages({ title: 'Senior Accountant – Danish speaking', description: 'We are looking for an accountant to join our team in Hamburg and you will report to the finance director of the group.' })].sort()).toEqual(['da', 'en']);
  });

  it('asks for a language the posting requires in so many words', () => {
    expect(required('You will work in our London office with the team. Fluent German is required.')).toEqual(['de', 'en']);
    expect(required('Deutschkenntnisse auf C1-Niveau.')).toEqual(['de']);
    expect(required('Nous recherchons un infirmier. Anglais courant exigé.')).toContain('en');
  });

  it('does not ask for a language the posting only calls a plus', () => {
    expect(required('You will work in our London office with the team. Spanish is a plus.')).toEqual(['en']);
  });

  it('asks for the languages a title names as the job\'s own', () => {
    const titled = (title: string) => [...requiredLanguages({ title, description: 'You will join our team in Hamburg and close the books each month.' })].sort();

    expect(titled('Senior Accountant – Danish speaking')).toEqual(['da', 'en']);
    expect(titled('Bilingual Recruiter (English/Mandarin)')).toEqual(['en', 'zh']);
    expect(titled('Warehouse Shift Supervisor – Polish & German speaking')).toEqual(['de', 'en', 'pl']);
    expect(titled('Swedish Market Analyst')).toEqual(['en']);
  });

  it('does not ask for a language the posting calls an asset or says it does not require', () => {
    expect(required('You will serve patients at our pharmacy every day. Tamil or Malayalam an asset.')).toEqual(['en']);
    expect(required('You will serve patients at our pharmacy every day. Many of our patients speak Tamil or Malayalam, so either language is a real asset – but not a requirement.')).toEqual(['en']);
  });

  it('reads a language joined to "Kenntnisse" as asked', () => {
    expect(required('Sie bringen gute Englischkenntnisse und Erfahrung in der Buchhaltung mit, wir bieten ein tolles Team.')).toEqual(['de', 'en']);
  });

  it('reads "bilingue" on a posting in another language as that language and English', () => {
    const description = 'Nous recherchons un représentant pour développer notre clientèle au Québec et dans les autres provinces, avec une équipe dynamique.';
    expect([...requiredLanguages({ title: 'Représentant(e) au développement des affaires – bilingue', description })].sort()).toEqual(['en', 'fr']);
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

  it('does not count a language listed at a beginner\'s level', () => {
    expect([...spokenLanguages('LANGUAGES: Spanish (native) · Catalan (native) · English (C2, working language since 2017) · Dutch (A2, taking lessons)')].sort()).toEqual(['ca', 'en', 'es']);
    expect([...spokenLanguages('Sprachen: Deutsch (Muttersprache), Englisch (C1), Französisch (Grundkenntnisse)')].sort()).toEqual(['de', 'en']);
    expect([...spokenLanguages('Languages: English, German (B2), French (basic), Spanish')].sort()).toEqual(['de', 'en', 'es']);
    expect([...spokenLanguages('Languages\nSpanish (native) · English (C2) · Catalan (good understanding) · French (B1)')].sort()).toEqual(['en', 'es']);
    expect([...spokenLanguages('Irish citizen, based in Dublin.\nLanguages: English (native), Irish (school level)')].sort()).toEqual(['en', 'ga']);
  });

  it('takes the highest level a language is listed at, and not a level only aimed at', () => {
    expect(spokenLanguages('Languages: Portuguese (native) · German (B2, telc Deutsch B1-B2 Pflege; working language since 2021)').has('de')).toBe(true);
    expect(spokenLanguages('Languages: English (native) · Dutch (A2, aiming for B2 next year)').has('nl')).toBe(false);
    expect(spokenLanguages('Sprachen: Deutsch (Muttersprache), Französisch (B1)').has('fr')).toBe(false);
  });

  it('does not read a language from a nationality or a country\'s law outside a languages list', () => {
    const cv = [
      'PROFILE: Senior HRBP. Employee relations casework under Dutch law, works councils, German and French clients.',
      '',
      'LANGUAGES: Spanish (native) · English (C2) · Dutch (A2, taking lessons)',
    ].join('\n');
    expect([...spokenLanguages(cv)].sort()).toEqual(['en', 'es']);
  });

  it('reads a languages section under its heading, and a language named with its level anywhere', () => {
    expect([...spokenLanguages('Experience\nNurse at St Mary\n\n## Sprachen\n\nDeutsch (Muttersprache) · Englisch (B2)')].sort()).toEqual(['de', 'en']);
    expect([...spokenLanguages('I speak Polish and work with patients every day at the hospital in the city.')].sort()).toEqual(['en', 'pl']);
  });

  it('shows none for a list of skills', () => {
    expect(spokenLanguages('Python, SQL')).toEqual(new Set());
  });
});

describe('spokenLanguages in the CV\'s own language', () => {
  it.each([
    ['LINGUE\nItaliano madrelingua; inglese C1 (reporting verso capogruppo tedesca in inglese)', ['it', 'en']],
    ['Języki: polski (ojczysty), angielski B2, niemiecki C1', ['pl', 'en', 'de']],
    ['Línguas: português (nativo), inglês C1, espanhol B2', ['pt', 'en', 'es']],
    ['Språk: svenska (modersmål), engelska (flytande), tyska (B2)', ['sv', 'en', 'de']],
  ])('reads the languages a CV lists in its own words: %s', (text, expected) => {
    const spoken = spokenLanguages(`Maria Rossi\n${text}`);
    for (const code of expected) expect(spoken).toContain(code);
  });
});
