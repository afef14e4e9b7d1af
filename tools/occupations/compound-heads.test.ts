import { describe, expect, it } from 'vitest';
import { withCompoundHeads } from './compound-heads.ts';
import { occupationOfTitle } from './find-occupation.ts';
import { occupationTaxonomy } from './occupation-taxonomy.ts';

const occupation = (title: string) => occupationOfTitle(title)?.occupation ?? null;

describe('occupationOfTitle reading one-word compound titles by their head', () => {
  it.each([
    ['Dutch', 'Bloementeler', 'greenhouse-grower'],
    ['Dutch', 'Aardbeienteler (m/v)', 'greenhouse-grower'],
    ['Dutch', 'Sportfysiotherapeut', 'physiotherapist'],
    ['Dutch', 'Hoofdboekhouder', 'accountant'],
    ['Dutch', 'Stadsarchivaris', 'archivist'],
    ['Swedish', 'Sjukhusfysiker', 'physicist'],
    ['Danish', 'Sygehusfysiker', 'physicist'],
    ['Norwegian', 'Sykehusfysiker', 'physicist'],
    ['German', 'Stationsarzt', 'doctor'],
    ['German', 'Notarzt', 'doctor'],
    ['German', 'Hotelkoch', 'chef'],
    ['Norwegian', 'Skolekokk', 'cook'],
    ['Dutch', 'Melkveeboer', 'farmer'],
  ])('reads the %s compound "%s" by the job its last part names: %s', (_language, title, expected) => {
    expect(occupation(title)).toBe(expected);
  });

  it('reads the Scandinavian "Lagerchef" as the warehouse manager it names, never as a cook: "chef" is a boss in Swedish', () => {
    expect(occupation('Lagerchef')).toBe('warehouse-supervisor');
  });

  it.each([
    ['Parts', 'a word ending in the Dutch "arts" (doctor)'],
    ['Autoparts', 'a word ending in the Dutch "arts" after a word of its own'],
    ['Counterparts', 'a word ending in the Dutch "arts" after a word of its own'],
    ['Subcontractor', 'an English word ending in "actor"'],
    ['Apparat', 'a German "Rat" too short to be a head'],
    ['Coordinator', 'an English word ending in the Portuguese "ator" (actor)'],
    ['Gynecologist', 'an English word built on a Greek stem ending in "ecologist"'],
    ['Protester', 'an English word with a prefix before "tester"'],
    ['Leiden', 'a place ending in the letters of a head'],
    ['Bauer', 'a surname that is a head with nothing before it'],
    ['arbeitsintensiv', 'a German adjective'],
    ['Autobiografischer Bericht', 'a German adjective ending in "fischer"'],
    ['experimenteller Aufbau', 'a German adjective ending in "teller"'],
  ])('does not read "%s" as a compound: %s', (title) => {
    expect(occupation(title)).toBeNull();
  });

  it('keeps the specialty the compound\'s first part names ("Gewächshaus-" in a gardener)', () => {
    expect(occupation('Gewächshausgärtner')).toBe('greenhouse-grower');
  });

  it('reads a title by its whole words before reading any word by its head', () => {
    expect(occupation('Teeltmedewerker')).toBe('greenhouse-grower');
    expect(occupation('Lagermitarbeiterin')).toBe('warehouse-associate');
  });

  it('finds the head of an unknown compound in microseconds', () => {
    const taxonomy = occupationTaxonomy();
    withCompoundHeads(' warm ', taxonomy);
    const titles = Array.from({ length: 5000 }, (_, index) => ` ziekenhuis${index}fysiotherapeut medewerker `);
    const start = performance.now();
    for (const title of titles) withCompoundHeads(title, taxonomy);
    const microsecondsPerTitle = ((performance.now() - start) / titles.length) * 1000;
    expect(microsecondsPerTitle).toBeLessThan(200);
  });
});
