import type { ResumePosting } from './resume-passage.ts';

/** Short postings the résumé tests tailor to, with the boilerplate real postings carry. */
export const nursePosting: ResumePosting = {
  title: 'Staff Nurse – Acute Medicine',
  company: 'St Mary Hospital',
  description: [
    'About us',
    'We are a large NHS trust with 5,000 staff and our own Kafka team.',
    "What you'll need",
    '- NMC registration as an adult nurse',
    '- Experience of acute medicine and deteriorating patients (NEWS2, sepsis screening)',
    '- IV medicines competency; venepuncture and cannulation desirable',
    '- Confident with discharge planning and the MDT',
    'Nice to have',
    '- Epic or other electronic patient record experience',
    'Benefits',
    '- Free parking, 27 days leave',
  ].join('\n'),
};

export const dataEngineerPosting: ResumePosting = {
  title: 'Senior Data Engineer (Streaming)',
  company: 'Voltline Energy',
  description: [
    'Who we are',
    'Voltline runs smart meters for two million homes. We love Rust.',
    'Requirements',
    '- Streaming pipelines with Kafka and Spark Structured Streaming',
    '- Airflow orchestration and dbt models in Snowflake',
    '- Python and SQL; Terraform on AWS',
    '- Experience with Apache Flink',
    'Nice to have',
    '- Data contracts, Great Expectations, Kubernetes',
    'What we offer',
    '- 30 days holiday, Figma licences',
  ].join('\n'),
};

export const germanTeacherPosting: ResumePosting = {
  title: 'Lehrkraft (m/w/d) für die Primarstufe',
  company: 'Grundschule am Park, Köln',
  description: [
    'Über uns',
    'Wir sind eine offene Ganztagsschule mit 300 Kindern.',
    'Ihr Profil',
    '- Zweites Staatsexamen für das Lehramt an Grundschulen',
    '- Erfahrung im inklusiven Unterricht und in der Sprachförderung (DaZ)',
    '- Englisch als Unterrichtsfach; Erfahrung mit digitalen Medien im Unterricht',
    'Wir bieten',
    '- Ein engagiertes Kollegium und moderne Ausstattung',
  ].join('\n'),
};

export const salesPosting: ResumePosting = {
  title: 'Enterprise Account Executive',
  company: 'Cloudmint',
  description: [
    'About the role',
    'You will own new business with enterprise accounts in the UK.',
    'Requirements',
    '- Five or more years of closing new business in B2B SaaS',
    '- MEDDPICC or a similar qualification framework; Salesforce',
    '- Negotiating with procurement and legal',
    'Bonus',
    '- HubSpot, German',
    'Benefits',
    '- Equity, Kafka workshops',
  ].join('\n'),
};
