import { describe, expect, it } from 'vitest';
import { occupationOfPosting } from './posting-occupation.ts';

describe('occupationOfPosting', () => {
  it('reads who is sought after the hiring verb, not the verb: "recrute" is not a recruiter', () => {
    const posting = { title: 'Poste à pourvoir – Villeurbanne', description: "L'association Horizon recrute un(e) éducateur(rice) spécialisé(e) pour son foyer d'hébergement." };
    expect(occupationOfPosting(posting)?.occupation).toBe('youth-worker');
  });

  it('still reads a recruiter sought after the verb', () => {
    const posting = { title: 'CDI – Paris 9e', description: 'Notre cabinet recrute un chargé de recrutement pour ses clients du secteur bancaire.' };
    expect(occupationOfPosting(posting)?.occupation).toBe('recruiter');
  });

  it('reads nothing when the opening names only the employer', () => {
    const posting = { title: 'Offre n° 4411', description: 'La Ville de Grenoble recrute pour sa direction des solidarités.' };
    expect(occupationOfPosting(posting)).toBeNull();
  });
});
