import type { ResumeExportOptions } from './export-resume-layout.ts';
import type { TailoredResume } from './tailored-resume-schema.ts';

/** A tailored résumé with the parts the exporters read; citations do not print, so the tests leave them empty. */
const tailored = (resume: TailoredResume['resume'], sectionOrder: TailoredResume['sectionOrder']): TailoredResume => ({
  resume,
  sectionOrder,
  citations: [],
  removedClaims: [],
});

const engineerRoles = [
  { position: 'Staff Software Engineer', name: 'Northwind Payments', location: 'Berlin', startDate: '2021-03', endDate: '2024-06' },
  { position: 'Senior Software Engineer', name: 'Łódź Logistics', location: 'Łódź', startDate: '2018', endDate: '2021' },
  { position: 'Software Engineer', name: 'Café Über GmbH', location: 'München', startDate: 'March 2015', endDate: 'December 2017' },
  { position: 'Junior Developer', name: 'Fjord Analytics', startDate: '2013' },
];

const engineerAchievements = [
  'Designed and shipped an event-sourced ledger in Go that settles €2.4 billion a year across 14 currencies with exactly-once delivery and end-to-end reconciliation every night',
  'Cut the p99 latency of the checkout API from 820 ms to 140 ms by moving hot reads to a Redis cache, batching PostgreSQL writes and removing an N+1 query in the pricing service',
  'Led a team of six engineers through the migration of 40 services from virtual machines to Kubernetes without a customer-facing outage',
  'Introduced contract tests between twelve teams, which halved the number of incidents caused by breaking API changes within two quarters',
  'mentored four junior engineers, two of whom were promoted to mid-level within a year',
  'Replaced a nightly batch export with a Kafka stream, so finance sees settled payments within a minute instead of the next morning',
  'Wrote the on-call runbook and the incident review template now used across the engineering organisation',
];

/** A software engineer with many long bullets: more than two pages, accented Latin in the name and places. */
export const softwareEngineer: { resume: TailoredResume; options: ResumeExportOptions } = {
  options: { pageSize: 'A4' },
  resume: tailored(
    {
      basics: {
        name: 'Zoë Müller-Ñúñez',
        label: 'Staff Software Engineer',
        email: 'zoe@example.test',
        phone: '+48 42 555 0100',
        url: 'https://zoe.example.test',
        location: { city: 'Łódź', countryCode: 'PL' },
        profiles: [{ network: 'GitHub', username: 'zoemn', url: 'https://github.com/zoemn' }],
        summary:
          'Backend engineer with eleven years of building payment and logistics systems in Go, Java and TypeScript, who likes boring technology, clear runbooks and small teams that own what they run.',
      },
      work: engineerRoles.map((role, index) => ({
        ...role,
        highlights: engineerAchievements.map((achievement, bullet) => `${achievement} (role ${index + 1}, item ${bullet + 1}).`),
      })),
      projects: [
        {
          name: 'pgqueue',
          roles: ['Maintainer'],
          startDate: '2020',
          description: 'An open-source job queue on PostgreSQL with SKIP LOCKED.',
          highlights: ['Grew to 2,300 GitHub stars and 40 contributors', 'Runs in production at three payment companies'],
          keywords: ['Go', 'PostgreSQL'],
        },
      ],
      skills: [
        { name: 'Languages', level: 'Expert', keywords: ['Go', 'Java', 'TypeScript', 'SQL'] },
        { name: 'Infrastructure', keywords: ['Kubernetes', 'Terraform', 'AWS', 'Kafka'] },
        { name: 'Data', keywords: ['PostgreSQL', 'Redis', 'ClickHouse'] },
      ],
      education: [{ studyType: 'MSc', area: 'Computer Science', institution: 'Politechnika Łódzka', startDate: '2008', endDate: '2013', score: 'Grade: 4.5/5' }],
      certificates: [{ name: 'Certified Kubernetes Administrator', issuer: 'CNCF', date: '2022' }],
    },
    ['work', 'projects', 'skills', 'education', 'certificates'],
  ),
};

/** German headings for the teacher's résumé, as a German CV names its sections. */
export const germanHeadings = {
  summary: 'Profil',
  work: 'Berufserfahrung',
  education: 'Ausbildung',
  skills: 'Kenntnisse',
  languages: 'Sprachen',
} as const;

/** A German teacher: umlauts and ß throughout, headings in German, dates in German forms. */
export const germanTeacher: { resume: TailoredResume; options: ResumeExportOptions } = {
  options: { pageSize: 'A4', headings: germanHeadings },
  resume: tailored(
    {
      basics: {
        name: 'Jürgen Weiß',
        label: 'Gymnasiallehrer für Deutsch und Geschichte',
        email: 'juergen.weiss@example.test',
        phone: '+49 221 555 0199',
        location: { city: 'Köln', region: 'Nordrhein-Westfalen', countryCode: 'DE' },
        summary: 'Lehrer mit zwölf Jahren Erfahrung in der Sekundarstufe I und II, Schwerpunkt Leseförderung und digitale Bildung.',
      },
      work: [
        {
          position: 'Studienrat',
          name: 'Städtisches Gymnasium Köln-Mülheim',
          startDate: '08/2015',
          endDate: 'heute',
          highlights: [
            'Unterricht in Deutsch und Geschichte in den Jahrgangsstufen 5 bis 13, einschließlich Abiturprüfungen',
            'Aufbau einer Lese-AG, die die Ausleihzahlen der Schulbibliothek in zwei Jahren verdoppelt hat',
            'Fortbildung des Kollegiums zur Nutzung von Tablets im Unterricht (über 60 Lehrkräfte)',
          ],
        },
        {
          position: 'Studienreferendar',
          name: 'Gesamtschule Düsseldorf-Süd',
          startDate: '02/2013',
          endDate: '07/2015',
          highlights: ['Eigenverantwortlicher Unterricht in zwei Klassen der Jahrgangsstufe 8', 'Mitarbeit an der Überarbeitung des schulinternen Curriculums'],
        },
      ],
      education: [
        { studyType: 'Erstes Staatsexamen', area: 'Deutsch und Geschichte', institution: 'Universität zu Köln', startDate: '2007', endDate: '2012' },
      ],
      skills: [{ name: 'Digitale Bildung', keywords: ['Moodle', 'iPad-Unterricht', 'Lernplattformen'] }],
      languages: [
        { language: 'Deutsch', fluency: 'Muttersprache' },
        { language: 'Französisch', fluency: 'verhandlungssicher (C1)' },
      ],
    },
    ['work', 'education', 'skills', 'languages'],
  ),
};

/** A nurse on US Letter paper: certificates with issuers and dates, languages, and no summary. */
export const nurse: { resume: TailoredResume; options: ResumeExportOptions } = {
  options: { pageSize: 'LETTER' },
  resume: tailored(
    {
      basics: {
        name: 'María José Peña',
        label: 'Registered Nurse, Intensive Care',
        email: 'maria.pena@example.test',
        phone: '(555) 010-4477',
        location: { city: 'San Antonio', region: 'TX', countryCode: 'US' },
      },
      work: [
        {
          position: 'ICU Registered Nurse',
          name: 'St. Luke’s Medical Center',
          startDate: 'June 2019',
          highlights: [
            'Care for up to two critically ill adults per shift in a 24-bed medical-surgical ICU',
            'Charge nurse on night shifts, coordinating eight nurses and admissions from the emergency department',
            'Precepted eleven new graduate nurses through their twelve-week ICU orientation',
          ],
        },
        {
          position: 'Registered Nurse, Telemetry',
          name: 'Methodist Hospital',
          startDate: 'August 2016',
          endDate: 'May 2019',
          summary: 'Telemetry unit of 32 beds.',
          highlights: ['Monitored cardiac rhythms and titrated drips under protocol', 'Member of the falls-prevention committee'],
        },
      ],
      certificates: [
        { name: 'Critical Care Registered Nurse (CCRN)', issuer: 'AACN', date: '2021' },
        { name: 'Advanced Cardiovascular Life Support (ACLS)', issuer: 'American Heart Association', date: '2023' },
        { name: 'Basic Life Support (BLS)', issuer: 'American Heart Association', date: '2023' },
      ],
      education: [{ studyType: 'BSN', area: 'Nursing', institution: 'University of Texas Health Science Center', endDate: '2016' }],
      languages: [
        { language: 'English', fluency: 'Native' },
        { language: 'Spanish', fluency: 'Fluent' },
      ],
      skills: [{ name: 'Clinical', keywords: ['Ventilator management', 'CRRT', 'Arterial lines', 'Epic EHR'] }],
    },
    ['certificates', 'work', 'education', 'skills', 'languages'],
  ),
};
