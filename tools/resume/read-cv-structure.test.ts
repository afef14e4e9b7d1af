import { describe, expect, it } from 'vitest';
import { splitCvIntoPassages } from '../cv/split-cv-into-passages.ts';
import { foldedWords } from '../text/fold-text.ts';
import { renderResume } from './cv-structure.ts';
import { resumeSectionKeys } from './json-resume-schema.ts';
import { readCvStructure } from './read-cv-structure.ts';
import { evalCvFiles, evalCvPassages } from './test-cvs.ts';

function readEvalCv(file: string) {
  const passages = evalCvPassages(file);
  const structure = readCvStructure(passages);
  const { resume, citations } = renderResume(structure, [...resumeSectionKeys]);
  return { passages, structure, resume, citations };
}

/** The value a JSON Pointer names inside a résumé. */
function at(resume: unknown, pointer: string): unknown {
  return pointer
    .split('/')
    .slice(1)
    .reduce<unknown>((value, segment) => (value as Record<string, unknown>)?.[segment.replace(/~1/g, '/').replace(/~0/g, '~')], resume);
}

describe('readCvStructure', () => {
  it.each(evalCvFiles)('keeps every word of %s: in a résumé line citing its passage, a heading, or reported as unplaced', (file) => {
    const { passages, structure, resume, citations } = readEvalCv(file);
    const textsByPassage = new Map<string, string[]>();
    for (const citation of citations) {
      const value = at(resume, citation.pointer);
      expect(typeof value, citation.pointer).toBe('string');
      for (const id of citation.passageIds) textsByPassage.set(id, [...(textsByPassage.get(id) ?? []), value as string]);
    }
    for (const { passageId, text } of structure.unplaced) textsByPassage.set(passageId, [...(textsByPassage.get(passageId) ?? []), text]);

    const lost: string[] = [];
    for (const passage of passages) {
      if (structure.headings.includes(passage.id)) continue;
      const kept = new Set(foldedWords((textsByPassage.get(passage.id) ?? []).join(' ')));
      // Words joining two dates ("January 2022 to present") are not kept: the dates are two fields.
      const missing = foldedWords(passage.text).filter((word) => !kept.has(word) && !['to', 'bis', 'a', 'until', 'tot'].includes(word));
      // An inline heading ("EXPERIENCE: …", "PROFILE — …", "AUSBILDUNG & WEITERBILDUNG …") is the only
      // thing a passage may lose: a few words at its very start.
      const opening = new Set(foldedWords(passage.text).slice(0, 3));
      if (missing.some((word) => !opening.has(word))) lost.push(`${passage.id} ${passage.text} → missing ${missing.join(' ')}`);
    }
    expect(lost).toEqual([]);
  });

  it('reads a nurse CV with role, employer and dates on separate lines', () => {
    const { resume } = readEvalCv('health-cv-chloe-bamford-staff-nurse.txt');

    expect(resume.basics).toMatchObject({ name: 'CHLOE BAMFORD', label: 'Registered Nurse (Adult) - NMC registered', email: 'chloe.bamford@example.com', location: { city: 'Manchester', countryCode: 'GB' } });
    expect(resume.basics?.summary).toMatch(/^Adult nurse, on the NMC register/);
    expect(resume.work?.map(({ position, name, startDate, endDate }) => ({ position, name, startDate, endDate }))).toEqual([
      { position: 'Staff Nurse (Band 5), Ward 12 - Acute Medicine & Care of the Older Person', name: 'Greater Manchester Teaching Hospitals NHS Trust', startDate: 'Feb 2024', endDate: 'present' },
      { position: 'Student Nurse', name: 'Manchester Metropolitan University placements', startDate: 'Sep 2020', endDate: 'Dec 2023' },
      { position: 'Healthcare Assistant (bank)', name: undefined, startDate: 'Jun 2019', endDate: 'Aug 2020' },
    ]);
    expect(resume.work?.[0]?.highlights).toHaveLength(8);
    expect(resume.certificates?.[0]).toEqual({ name: 'Immediate Life Support (Resuscitation Council UK)', date: '2024' });
    expect(resume.languages).toEqual([{ language: 'English', fluency: 'native' }, { language: 'Yoruba', fluency: 'conversational' }]);
  });

  it('reads a German teacher CV under German headings, dates and role on one line', () => {
    const { resume } = readEvalCv('design-education-cv-grundschullehrerin-koeln.md');

    expect(resume.basics).toMatchObject({ name: 'Katharina Becker', email: 'katharina.becker@example.com' });
    expect(resume.basics?.summary).toMatch(/^Grundschullehrerin mit Zweitem Staatsexamen/);
    expect(resume.work?.map(({ position, name, location, startDate, endDate }) => ({ position, name, location, startDate, endDate }))).toEqual([
      { position: 'Lehrerin', name: 'GGS Am Rosengarten', location: 'Köln-Sülz', startDate: '08/2018', endDate: 'heute' },
      { position: 'Lehramtsanwärterin (Vorbereitungsdienst)', name: 'ZfsL Köln', location: 'Ausbildungsschule KGS Lindenthal', startDate: '11/2016', endDate: '10/2018' },
    ]);
    expect(resume.work?.[0]?.highlights).toHaveLength(10);
    expect(resume.languages?.[0]).toEqual({ language: 'Deutsch', fluency: 'Muttersprache' });
    expect(resume.skills?.[0]?.keywords).toContain('Lehrplan Grundschule NRW');
  });

  it('reads an engineer CV with role, employer, place and dates on one line, and labelled skill groups', () => {
    const { resume } = readEvalCv('data-software-cv-arjun-raghavan.txt');

    expect(resume.work?.map(({ position, name, location }) => `${position} | ${name} | ${location}`)).toEqual([
      'Senior Data Engineer | Rydo Mobility GmbH | Berlin',
      'Data Engineer | Kaufzone GmbH (e-commerce) | Berlin',
      'ETL Developer | Meridian Softech | Bengaluru, India',
    ]);
    expect(resume.work?.[0]?.highlights).toHaveLength(7);
    expect(resume.basics?.summary).toMatch(/^Data engineer with ten years/);
    expect(resume.basics?.profiles).toEqual([{ network: 'GitHub', url: 'github.com/arjun-raghavan-example' }]);
    expect(resume.skills?.[0]).toEqual({ name: 'Processing', keywords: ['Spark (PySpark, Structured Streaming)', 'Kafka', 'Airflow', 'dbt'] });
  });

  it('reads sales CVs whether the role is a line or a Markdown heading', () => {
    const sdr = readEvalCv('commercial-cv-sdr.txt').resume;
    expect(sdr.work?.map(({ position, name, startDate }) => `${position} | ${name} | ${startDate}`)).toEqual([
      'Sales Development Representative | Northpeak Software | Jan 2025',
      'Sales & Marketing Intern | Greyfield Media | May 2023',
      'Sales Associate (part-time) | Trailhead Outfitters | Sep 2020',
    ]);

    const executive = readEvalCv('commercial-cv-enterprise-ae.md').resume;
    expect(executive.basics?.name).toBe('Hannah Okafor');
    expect(executive.work?.map(({ position, name, endDate }) => `${position} | ${name} | ${endDate}`)).toEqual([
      'Senior Enterprise Account Executive | Ledgerline (spend-management SaaS) | present',
      'Account Executive, Mid-Market | Brightwire HR | Feb 2023',
      'Business Development Representative | Kestrel Analytics | Dec 2019',
    ]);
    expect(executive.work?.[0]?.highlights).toHaveLength(7);
  });

  it('reads a German accountant CV that puts the dates above the role and writes its headings in capitals', () => {
    const { resume, structure } = readEvalCv('finance-people-cv-accountant-hamburg.txt');

    expect(resume.work?.map(({ position, name, startDate }) => `${position} | ${name} | ${startDate}`)).toEqual([
      'Senior Accountant / Bilanzbuchhalterin | Nordhafen Logistik GmbH | 04/2019',
      'Prüfungsassistentin, ab 2017 Prüferin (Senior) | Hansetreu Revision GmbH Wirtschaftsprüfungsgesellschaft | 09/2014',
      'Werkstudentin Finanzbuchhaltung | Elbe Spedition Kramer KG | 08/2012',
    ]);
    expect(resume.work?.[0]?.highlights).toHaveLength(7);
    // The CV reader files its German capitals headings as sections, so no passage is a bare heading.
    expect(structure.headings).toEqual([]);
  });

  it('reads CVs that run headings, roles and descriptions together on one line', () => {
    const roles = (file: string) => readEvalCv(file).resume.work?.map(({ position, name, startDate }) => `${position} | ${name} | ${startDate}`);

    expect(roles('finance-people-cv-hrbp-amsterdam.txt')).toEqual([
      'Senior HR Business Partner, Product & Engineering | Kestrel Mobility B.V. | 2021',
      'HR Business Partner | Grupo Almenara (retail, 2,400 employees) | 2017',
      'HR Generalist | Textiles Marítima S.L. | 2013',
    ]);
    expect(roles('health-cv-aoife-brennan-hospital-pharmacist.txt')).toEqual([
      'Senior Pharmacist, Oncology & Haematology | Mercy Quay University Hospital | Jan 2020',
      "Pharmacist (Basic Grade) | St Kevin's Hospital | Sep 2015",
      "Intern Pharmacist | St Kevin's Hospital and a community pharmacy in Rathmines | Jul 2014",
    ]);
    expect(roles('trades-logistics-cv-lager-hamburg.txt')).toEqual([
      'Senior Schichtleiter Lager & Versand | NordLog Kontraktlogistik GmbH | 03/2019',
      'Teamleiter Wareneingang | Hanse Retail Logistik GmbH | 06/2015',
      'Lagerist / Staplerfahrer | Hanse Retail Logistik GmbH | 09/2012',
    ]);
    const pharmacist = readEvalCv('health-cv-aoife-brennan-hospital-pharmacist.txt').resume;
    expect(pharmacist.basics?.name).toBe('AOIFE BRENNAN');
    expect(pharmacist.basics?.summary).toMatch(/^Hospital pharmacist with ten years/);
    expect(pharmacist.languages?.map((language) => language.language)).toEqual(['English', 'French', 'Irish']);
  });

  it('reports a header detail no résumé field holds instead of dropping it', () => {
    const { structure } = readEvalCv('health-cv-chloe-bamford-staff-nurse.txt');

    expect(structure.unplaced).toEqual([{ passageId: 'cv-3', text: 'British citizen', reason: 'a header detail JSON Resume has no field for' }]);
  });
});

describe('readCvStructure on Markdown role headings', () => {
  it('reads the dates at the end of a role heading as dates, not as the employer', () => {
    const markdown = [
      '# Maria Okafor',
      '## Summary',
      'Registered Nurse with six years on acute medical wards.',
      '## Experience',
      "### Staff Nurse, St Aidan's Hospital (Leeds) — 2021 – present",
      '- Cared for up to eight patients a shift on an acute medical ward',
      '### Healthcare Assistant, Riverside Care Home (Bradford) — 2018 – 2021',
      '- Supported residents with personal care, mobility and meals',
    ].join('\n');
    const passages = splitCvIntoPassages(markdown, 'markdown').map((passage, index) => ({ ...passage, id: `p${index}` }));

    const { resume } = renderResume(readCvStructure(passages), ['work']);

    expect(resume.work?.map(({ position, name, startDate, endDate }) => ({ position, name, startDate, endDate }))).toEqual([
      { position: 'Staff Nurse', name: "St Aidan's Hospital (Leeds)", startDate: '2021', endDate: 'present' },
      { position: 'Healthcare Assistant', name: 'Riverside Care Home (Bradford)', startDate: '2018', endDate: '2021' },
    ]);
  });
});
