import { describe, expect, it } from 'vitest';
import { foldText } from './fold-text.ts';
import { textTerms } from './text-terms.ts';

describe('foldText', () => {
  it('lower-cases, drops diacritics and spells ß as ss', () => {
    expect(foldText('Pflegefachkraft für Intensivstation')).toBe('pflegefachkraft fur intensivstation');
    expect(foldText('Straße')).toBe('strasse');
  });

  it('spells letters that carry no separable mark as the plain letters a reader types for them', () => {
    expect(foldText('Łódź, Kierowca ciągnika siodłowego')).toBe('lodz kierowca ciagnika siodlowego');
    expect(foldText('Ølstykke Œuvre Æbeltoft')).toBe('olstykke oeuvre aebeltoft');
  });

  it('splits on punctuation but keeps C#, C++ and FP&A whole', () => {
    expect(foldText('UX/UI (m/w/d) node.js C# C++ FP&A')).toBe('ux ui m w d node js c# c++ fp&a');
  });
});

describe('textTerms', () => {
  it('stems English so plurals meet their singular', () => {
    expect(textTerms('Nurses')).toEqual(textTerms('nurse'));
    expect(textTerms('nursing team')).toEqual(['nurs', 'team']);
  });

  it('stems a German text in German', () => {
    const german = textTerms('Wir suchen Pflegekräfte für die Intensivstation und bieten ein tolles Team mit flexiblen Arbeitszeiten.');

    expect(german).toContain('pflegekraft');
    expect(german).toContain('arbeitszeit');
    expect(textTerms('Pflegekräfte', 'de')).toEqual(textTerms('Pflegekraft', 'de'));
  });

  it('leaves out stop words of every language it reads', () => {
    expect(textTerms('the nurse and the doctor')).toEqual(['nurs', 'doctor']);
    expect(textTerms('der Arzt und die Pflegekraft', 'de')).not.toContain('und');
    expect(textTerms('le médecin et la infirmière', 'fr')).not.toContain('et');
  });

  it('keeps short technical words and drops single letters', () => {
    expect(textTerms('C# and C++ developers, node.js, UX/UI, a b')).toEqual(['c#', 'c++', 'develop', 'node', 'js', 'ux', 'ui']);
  });

  it('drops the gender marker of German titles', () => {
    expect(textTerms('Senior Engineer (m/w/d)')).toEqual(['senior', 'engin']);
  });
});
