import { describe, expect, it } from 'vitest';
import { namedSkillFit, skillsNamed } from './named-skill-fit.ts';

describe('skills a request names', () => {
  it('reads a skill under its name in another language', () => {
    expect(skillsNamed('Senior HR business partner vacature in Rotterdam, met ervaring met de ondernemingsraad')).toContain('Works council relations');
    expect(skillsNamed('HR-Referent mit Erfahrung in der Zusammenarbeit mit dem Betriebsrat')).toContain('Works council relations');
  });

  it('leaves out the languages a request names, which are read as requirements elsewhere', () => {
    expect(skillsNamed('German speaking accountant')).not.toContain('German');
  });

  it('lowers a posting for each named skill it never asks for, the first two counted', () => {
    const named = ['Kubernetes', 'Terraform', 'Go'];
    const fit = (skills: string[]) => namedSkillFit(named, { skills: { required: skills, preferred: [] } });
    expect(fit(['Kubernetes', 'Terraform', 'Go'])).toBe(1);
    expect(fit(['Kubernetes', 'Terraform'])).toBeLessThan(1);
    expect(fit(['Kubernetes'])).toBeLessThan(fit(['Kubernetes', 'Terraform']));
    expect(fit([])).toBe(fit(['Kubernetes']));
  });

  it('counts a skill the posting only prefers as answered, and changes nothing when no skill is named', () => {
    expect(namedSkillFit(['Kubernetes'], { skills: { required: [], preferred: ['Kubernetes'] } })).toBe(1);
    expect(namedSkillFit([], { skills: { required: [], preferred: [] } })).toBe(1);
  });
});
