import { describe, expect, it } from 'vitest';
import { layoutResume } from './export-resume-layout.ts';
import type { TailoredResume } from './tailored-resume-schema.ts';

const tailored = (resume: TailoredResume['resume'], sectionOrder: TailoredResume['sectionOrder']): TailoredResume => ({
  resume,
  sectionOrder,
  citations: [],
  removedClaims: [],
});

describe('layoutResume', () => {
  it('prints the header, the summary, then the sections in the order the tailoring chose', () => {
    const blocks = layoutResume(
      tailored(
        {
          basics: { name: 'Ana Ruiz', label: 'Data analyst', email: 'ana@example.test', location: { city: 'Sevilla', countryCode: 'ES' }, summary: 'Analyst.' },
          work: [{ position: 'Analyst', name: 'Acme', startDate: '2020', endDate: '2023', highlights: ['Built dashboards'] }],
          skills: [{ name: 'Tools', keywords: ['SQL', 'dbt'] }],
        },
        ['skills', 'work'],
      ),
    );

    expect(blocks).toEqual([
      { kind: 'header', name: 'Ana Ruiz', headline: 'Data analyst', contact: ['ana@example.test', 'Sevilla, ES'] },
      { kind: 'heading', section: 'summary', text: 'Summary' },
      { kind: 'paragraph', text: 'Analyst.' },
      { kind: 'heading', section: 'skills', text: 'Skills' },
      { kind: 'paragraph', text: 'Tools: SQL, dbt' },
      { kind: 'heading', section: 'work', text: 'Experience' },
      { kind: 'entry', title: 'Analyst, Acme', dates: '2020 – 2023' },
      { kind: 'bullet', text: 'Built dashboards' },
    ]);
  });

  it('leaves out sections the order does not name, sections with nothing in them, and a section named twice', () => {
    const blocks = layoutResume(
      tailored({ work: [{ position: 'Analyst' }], education: [{ institution: 'Uni' }], skills: [], languages: [{}] }, ['work', 'skills', 'languages', 'work']),
    );

    expect(blocks.filter((block) => block.kind === 'heading').map((block) => block.text)).toEqual(['Experience']);
  });

  it('uses the headings given for another language and English for the rest', () => {
    const blocks = layoutResume(tailored({ work: [{ position: 'Lehrer' }], skills: [{ name: 'Moodle' }] }, ['work', 'skills']), {
      headings: { work: 'Berufserfahrung' },
    });

    expect(blocks.filter((block) => block.kind === 'heading').map((block) => block.text)).toEqual(['Berufserfahrung', 'Skills']);
  });

  it('shows dates exactly as given and adds no end date the résumé does not state', () => {
    const blocks = layoutResume(
      tailored(
        {
          work: [
            { position: 'Nurse', startDate: 'June 2019' },
            { position: 'Aide', startDate: '08/2015', endDate: 'heute' },
            { position: 'Volunteer' },
          ],
          certificates: [{ name: 'BLS', issuer: 'AHA', date: '2023' }],
        },
        ['work', 'certificates'],
      ),
    );

    expect(blocks.filter((block) => block.kind === 'entry')).toEqual([
      { kind: 'entry', title: 'Nurse', dates: 'June 2019' },
      { kind: 'entry', title: 'Aide', dates: '08/2015 – heute' },
      { kind: 'entry', title: 'Volunteer' },
      { kind: 'entry', title: 'BLS, AHA', dates: '2023' },
    ]);
  });

  it('writes skills as "Name: keyword, keyword", with a level after the name and languages with their fluency', () => {
    const blocks = layoutResume(
      tailored(
        {
          skills: [{ name: 'Backend', level: 'Expert', keywords: ['Go', 'SQL'] }, { keywords: ['Excel'] }, { name: 'Leadership' }],
          languages: [{ language: 'German', fluency: 'Native' }, { language: 'French' }],
        },
        ['skills', 'languages'],
      ),
    );

    expect(blocks.filter((block) => block.kind === 'paragraph').map((block) => block.text)).toEqual([
      'Backend (Expert): Go, SQL',
      'Excel',
      'Leadership',
      'German: Native',
      'French',
    ]);
  });

  it('prints each line on one line, whatever whitespace it was written with, and drops empty bullets', () => {
    const blocks = layoutResume(tailored({ work: [{ position: ' Lead\nEngineer ', highlights: ['Shipped  the\n  thing', '  '] }] }, ['work']));

    expect(blocks.slice(1)).toEqual([
      { kind: 'entry', title: 'Lead Engineer' },
      { kind: 'bullet', text: 'Shipped the thing' },
    ]);
  });

  it('prints an education entry as degree, field and school, with the grade and courses under it', () => {
    const blocks = layoutResume(
      tailored({ education: [{ studyType: 'BSN', area: 'Nursing', institution: 'UT Health', endDate: '2016', score: 'GPA 3.8', courses: ['Pharmacology'] }] }, [
        'education',
      ]),
    );

    expect(blocks.slice(1)).toEqual([
      { kind: 'entry', title: 'BSN, Nursing, UT Health', dates: '2016' },
      { kind: 'paragraph', text: 'GPA 3.8' },
      { kind: 'bullet', text: 'Pharmacology' },
    ]);
  });
});
