import { describe, expect, it } from 'vitest';
import { detectLanguage, detectWrittenLanguage } from './detect-language.ts';

describe('detectLanguage', () => {
  it.each([
    ['en', 'We are looking for a nurse to join our team, and you will work with the best people in the hospital.'],
    ['de', 'Wir suchen eine Pflegefachkraft für unsere Station und bieten Ihnen ein tolles Team mit flexiblen Arbeitszeiten.'],
    ['fr', 'Nous recherchons un infirmier pour notre service et vous travaillerez avec une équipe dans les meilleures conditions.'],
    ['es', 'Buscamos una enfermera para nuestro hospital y ofrecemos un contrato con las mejores condiciones para el puesto.'],
    ['nl', 'We zoeken een verpleegkundige voor ons team en je werkt met de beste mensen van het ziekenhuis.'],
  ])('reads %s from its function words', (language, text) => {
    expect(detectLanguage(text)).toBe(language);
  });

  it('cannot tell from a text too short or made only of names', () => {
    expect(detectLanguage('Hello world')).toBeNull();
    expect(detectLanguage('Python, SQL, Docker, Kubernetes')).toBeNull();
    expect(detectLanguage('')).toBeNull();
  });

  it('cannot tell from a text that mixes two languages evenly', () => {
    expect(detectLanguage('We are looking for you and the team. Wir suchen Sie und das Team mit der Firma.')).toBeNull();
  });

  it('decides from fewer words when asked to', () => {
    expect(detectLanguage('the nurse and the doctor')).toBeNull();
    expect(detectLanguage('the nurse and the doctor', { minimumHits: 2 })).toBe('en');
  });

  it('knows a text in Polish or a Scandinavian language, and does not take it for one it can stem', () => {
    const polish = 'Zatrudnimy kierowców do transportu. Oferujemy umowę o pracę na pełny etat i pomoc w języku polskim. Wymagania: prawo jazdy oraz doświadczenie w pracy za granicą.';
    expect(detectWrittenLanguage(polish)).toBe('pl');
    expect(detectLanguage(polish)).toBeNull();
    expect(detectWrittenLanguage('Vi söker en lagerchef som vill leda och utveckla teamet. Du har erfarenhet av logistik och det är ett plus om du kan tala engelska.')).toBe('sv');
  });
});
