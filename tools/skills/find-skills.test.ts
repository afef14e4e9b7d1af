import { describe, expect, it } from 'vitest';
import { findSkills } from './find-skills.ts';
import { skillCatalogue } from './skill-catalogue.ts';

const skillsIn = (text: string) => findSkills(text).map((mention) => mention.skill);

describe('findSkills', () => {
  it('knows a skill by its synonyms and reports how the text wrote it', () => {
    expect(findSkills('Ran k8s clusters; wrote JS and Postgres migrations')).toEqual([
      { skill: 'Kubernetes', text: 'k8s', start: 4 },
      { skill: 'JavaScript', text: 'JS', start: 24 },
      { skill: 'PostgreSQL', text: 'Postgres', start: 31 },
    ]);
  });

  it('matches whole names only, so Java is not found inside JavaScript nor C inside C++', () => {
    expect(skillsIn('JavaScript and C++')).toEqual(['JavaScript', 'C++']);
    expect(skillsIn('Java, C and C#.')).toEqual(['Java', 'C', 'C#']);
  });

  it('keeps the case of short and ambiguous names: "go" and "excel" are ordinary words', () => {
    expect(skillsIn('Ready to go and excel at it')).toEqual([]);
    expect(skillsIn('Services in Go; reports in Excel')).toEqual(['Go', 'Excel']);
    expect(skillsIn('POSTGRESQL and postgres')).toEqual(['PostgreSQL']);
  });

  it('ignores phrases that only look like a skill', () => {
    expect(skillsIn('A Series C company with a go-to-market team')).toEqual(['Go-to-market']);
  });

  it('covers several hundred skills across professions', () => {
    const categories = new Set(skillCatalogue.map((skill) => skill.category));
    expect(skillCatalogue.length).toBeGreaterThanOrEqual(300);
    expect([...categories]).toEqual(
      expect.arrayContaining(['software', 'data', 'design', 'product', 'marketing', 'sales', 'finance', 'healthcare', 'operations']),
    );
    expect(skillsIn('Registered Nurse with BLS, Epic and wound care; FP&A in NetSuite; Figma; SEO')).toEqual([
      'Registered Nurse',
      'Basic Life Support',
      'Epic',
      'Wound care',
      'FP&A',
      'NetSuite',
      'Figma',
      'SEO',
    ]);
  });

  it('reads the skills of trades, transport, shops and care under their names in the languages of Europe', () => {
    const skills = (text: string) => findSkills(text).map((mention) => mention.skill);
    expect(skills('Wymagania: prawo jazdy kat. C+E, kod 95 i karta kierowcy')).toEqual(expect.arrayContaining(['HGV licence', 'Driver CPC', 'Tachograph']));
    expect(skills('ervaring met douanedocumenten en Incoterms')).toEqual(expect.arrayContaining(['Customs documentation', 'Incoterms']));
    expect(skills('Fehlersuche an SPS-Steuerungen, Hydraulik und Pneumatik')).toEqual(expect.arrayContaining(['Electrical fault finding', 'PLC troubleshooting', 'Hydraulics and pneumatics']));
    expect(skills('Connaissance des règles d’hygiène alimentaire et de l’encaissement')).toEqual(expect.arrayContaining(['Food hygiene', 'Cash handling']));
    expect(skills('Level 2 safeguarding adults and personal care')).toEqual(expect.arrayContaining(['Safeguarding', 'Personal care']));
  });

  it('lists every name in the catalogue under one skill only', () => {
    const owners = new Map<string, string>();
    for (const skill of skillCatalogue) {
      for (const name of [skill.name, ...skill.aliases]) {
        expect(owners.get(name.toLowerCase()) ?? skill.name).toBe(skill.name);
        owners.set(name.toLowerCase(), skill.name);
      }
    }
  });
});
