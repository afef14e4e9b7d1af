import { describe, expect, it } from 'vitest';
import { relocationStance } from './relocation-stance.ts';

describe('relocationStance', () => {
  it.each([
    'Open to relocation.',
    'Happy to relocate for the right role.',
    'Willing to move abroad',
    'I would relocate for a role with accommodation.',
    "I'd move for the right team",
    'Relocation: yes',
    'Umzugsbereitschaft vorhanden',
    'Bereit umzuziehen; deutschlandweit mobil',
    'Mobilité géographique : France entière',
    'Prête à déménager à Bruxelles ou Luxembourg',
    'Disponibilidad para cambio de residencia',
    'Dispuesta a trasladarme a Valencia',
    'Disponível para mudar de base',
    'Disponibilidade para relocalização internacional',
    'Bereid te verhuizen voor de juiste functie',
    'Disponibile a trasferimenti in tutta Italia',
    'Valuto anche altre città per il progetto giusto',
    'Villig til at flytte for det rette job',
    'Beredd att flytta inom Sverige',
    'Gotowa do przeprowadzki',
    'Busco un puesto en Sevilla; me trasladaría a Málaga si la oferta lo merece.',
    'Cerco una nuova posizione a Milano; valuterei\nanche Torino per il progetto giusto.',
  ])('reads "%s" as a person who would move', (line) => {
    expect(relocationStance(`Jane Doe\nSomewhere\n${line}\nSkills: planning`)).toBe(true);
  });

  it.each([
    'Not open to relocation.',
    'Not looking to relocate: family commitments in Leeds.',
    'I am unable to relocate.',
    "I won't relocate.",
    'Relocation: no',
    'Local roles only',
    'Keine Umzugsbereitschaft',
    'Nicht umzugsbereit',
    'Ich suche eine neue Stelle in Frankfurt; einen Umzug plane ich nicht.',
    'Je ne compte pas déménager.',
    'Pas de mobilité géographique',
    'Je ne souhaite pas déménager',
    'Sin disponibilidad para traslado',
    'Não pretendo mudar de cidade',
    'Niet bereid te verhuizen',
    'Non disponibile a trasferimenti',
    'Ikke villig til at flytte',
    'Verhuizen is niet aan de orde; ik fiets naar mijn werk.',
    'Ich suche eine feste Stelle in München – ein Umzug kommt für mich und meine Familie nicht in Frage.',
  ])('reads "%s" as a person who would not move', (line) => {
    expect(relocationStance(`Jane Doe\nSomewhere\n${line}\nSkills: planning`)).toBe(false);
  });

  it.each([
    'Willing to move into a management role',
    'Able to move and handle patients safely (manual handling certificate)',
    'No relocation assistance needed; I hold the right to work',
    'Managed the relocation of the warehouse to a new site',
    'Keen to move up to team lead',
    'Valuto anche ruoli da caporedattore',
  ])('reads "%s" as saying nothing about moving home', (line) => {
    expect(relocationStance(`Jane Doe\nSomewhere\n${line}\nSkills: planning`)).toBeNull();
  });

  it('reads a refusal before a wish, whichever comes first', () => {
    expect(relocationStance('Open to hybrid work.\nNot willing to relocate.\nHappy to travel.')).toBe(false);
  });
});
