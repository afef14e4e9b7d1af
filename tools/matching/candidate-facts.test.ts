import { describe, expect, it } from 'vitest';
import { candidateFacts } from './candidate-facts.ts';

const now = new Date('2026-06-01T00:00:00Z');

describe('candidateFacts', () => {
  it('finds the title and level in a one-line header and in dated lines packed with separators', () => {
    const cv = [
      'NÚRIA PRAT — Senior HR Business Partner — Amsterdam, Netherlands — nuria@example.com — open to relocating within Europe and happy to travel',
      'PROFILE: HR partner to product and engineering teams.',
      'EXPERIENCE:',
      '2021–present · Senior HR Business Partner, Product & Engineering · Kestrel Mobility B.V., Amsterdam · Partner to the CPO and 14 people managers · Led the org redesign into three product lines, with the works council',
      '2013–2021 · HR Generalist · Textiles S.L., Sabadell · Full-cycle recruiting for plant and office roles, onboarding, payroll inputs, training plans and first employee-relations cases',
    ].join('\n');

    const facts = candidateFacts({ cvText: cv, years: null, now });

    expect(facts.occupations[0]?.occupation).toBe('hr-business-partner');
    expect(facts.level).toBe('senior');
    expect(facts.levelBasis).toBe('title');
    expect(facts.recentTitle).toMatch(/^Senior HR Business Partner/);
  });

  it('reads a broad title as the specialty the CV names in a heading or job', () => {
    const cv = ['Anjali Menon', 'Staff Pharmacist', 'Toronto, ON', '', 'Experience', 'Community Pharmacist', 'Jan 2019 – Present', 'Dispensing, counselling and vaccinations.'].join('\n');

    const facts = candidateFacts({ cvText: cv, years: null, now });
    const weight = (occupation: string) => facts.occupations.find((entry) => entry.occupation === occupation)?.weight ?? 0;

    expect(facts.occupations[0]?.occupation).toBe('community-pharmacist');
    expect(weight('pharmacist')).toBeLessThan(0.75);
  });

  it('keeps the broad title when a specialty is only mentioned in passing', () => {
    const cv = [
      'Chloe Bamford',
      'Registered Nurse',
      'Manchester',
      '',
      'Registered Nurse, Manchester Royal Infirmary',
      'Mar 2020 – Present',
      'Ward care for adult patients on the acute medical unit, working closely each week with the intensive care nurse outreach team on deteriorating patients and transfers.',
    ].join('\n');

    expect(candidateFacts({ cvText: cv, years: null, now }).occupations[0]?.occupation).toBe('registered-nurse');
  });

  it('says the level rests on years when no title names one', () => {
    const cv = ['Katharina Becker', 'Lehrerin für die Primarstufe', 'Köln', '', 'Lehrerin, GGS Am Rosengarten, Köln', '08/2018 – heute'].join('\n');

    const facts = candidateFacts({ cvText: cv, years: null, now });

    expect(facts.level).toBe('mid');
    expect(facts.levelBasis).toBe('years');
  });

  it('does not count years of study as years in the job', () => {
    const cv = [
      'Katharina Becker',
      'Lehrerin für die Primarstufe',
      'Köln',
      '',
      'Berufserfahrung',
      'Lehrerin, GGS Am Rosengarten, Köln',
      '08/2018 – heute',
      'Lehramtsanwärterin (Vorbereitungsdienst), ZfsL Köln',
      '11/2016 – 10/2018',
      'Ausbildung',
      '2011 – 2016  Universität zu Köln, Lehramt an Grundschulen (B.A. / M.Ed.)',
    ].join('\n');

    const facts = candidateFacts({ cvText: cv, years: null, now: new Date('2026-12-01T00:00:00Z') });

    // 8 years teaching: the training years and the degree would have made it 15.
    expect(facts.level).toBe('mid');
    expect(facts.levelBasis).toBe('years');
  });
});

describe('candidateFacts reading a job still held, named after its employer', () => {
  it('takes the latest job from a line that ends "depuis septembre 2021", not the older job below it', () => {
    const cvText = [
      'Léa Martin',
      'Acheteuse projet',
      'Expériences professionnelles',
      'Acheteuse projet — Aérosud, Toulouse · depuis septembre 2021',
      '- Consultations, négociation, contrats fournisseurs',
      'Acheteuse junior (alternance puis CDD) — Mécanique du Sud, Colomiers · septembre 2019 – août 2021',
    ].join('\n');
    const facts = candidateFacts({ cvText, years: null, now });
    expect(facts.recentTitle).toContain('Acheteuse projet');
    expect(facts.level).toBe('mid');
  });
});
