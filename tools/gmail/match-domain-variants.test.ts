import { describe, expect, it } from 'vitest';
import { matchApplication, nameVariant, type ApplicationCandidate } from './match.ts';

const words = (name: string) => name.toLowerCase().split(/\s+/);

describe('an employer domain that is a short or altered form of the company name', () => {
  it('reads a short tag of the leading word before the rest of the name, and a distinctive first word before its trade', () => {
    expect(nameVariant({ tokens: ['bw', 'logistik'], companyWords: words('Brückenwerk Logistik') })).toBe('strong');
    expect(nameVariant({ tokens: ['vantelli', 'hotels'], companyWords: words('Vantelli Hospitality') })).toBe('strong');
    // The tag must start like the name: "zx-logistik" is someone else's.
    expect(nameVariant({ tokens: ['zx', 'logistik'], companyWords: words('Brückenwerk Logistik') })).toBeUndefined();
  });

  it('reads a short tag of the leading word run together with the rest of the name, never a tag that starts otherwise', () => {
    expect(nameVariant({ tokens: ['bwlogistik'], companyWords: words('Brückenwerk Logistik') })).toBe('strong');
    expect(nameVariant({ tokens: ['zxlogistik'], companyWords: words('Brückenwerk Logistik') })).not.toBe('strong');
  });

  it("reads a domain that tags the name's initials with the country of the branch", () => {
    expect(nameVariant({ tokens: ['kfl', 'cz'], companyWords: words('Kralovska Filtrace Labe') })).toBe('strong');
    expect(nameVariant({ tokens: ['norvane', 'uk'], companyWords: words('Norvane Analytics') })).toBe('strong');
    // A country tag alone names no company.
    expect(nameVariant({ tokens: ['xyz', 'cz'], companyWords: words('Kralovska Filtrace Labe') })).toBeUndefined();
  });

  it('reads the leading words of a longer name run together, leaving out its trade', () => {
    expect(nameVariant({ tokens: ['harbourstone'], companyWords: words('Harbour Stone Accountants') })).toBe('strong');
  });

  it('takes a two-letter short form of the leading word run into the start of the rest as a weak sign, trusted with the role named', () => {
    expect(nameVariant({ tokens: ['bxlog'], companyWords: words('Bruxelles Logistique') })).toBe('weak');
    expect(nameVariant({ tokens: ['zxlog'], companyWords: words('Bruxelles Logistique') })).toBeUndefined();
    const pipeline = [
      { id: 'bx', company: 'Bruxelles Logistique', title: 'Planificateur Transport', url: null },
      { id: 'other', company: 'Rhône Fret', title: 'Planificateur Transport', url: null },
    ];
    const from = { name: 'Luc Martin', email: 'l.martin@bxlog.be' };
    expect(matchApplication({ from, subject: 'Planificateur Transport - entretien', snippet: 'Bonjour, nous aimerions vous rencontrer.' }, pipeline)).toMatchObject({ applicationId: 'bx', confident: true });
    expect(matchApplication({ from, subject: 'Bonjour', snippet: 'Un petit mot.' }, pipeline)).toMatchObject({ applicationId: 'bx', confident: false });
  });

  it('takes the initials before a place the name does not hold as a weak sign only', () => {
    expect(nameVariant({ tokens: ['abc', 'lugano'], companyWords: words('Alpine Boutique Collection') })).toBe('weak');
  });

  it('reads abbreviations built from the starts of the name’s words', () => {
    expect(nameVariant({ tokens: ['plt', 'group'], companyWords: words('Puerto Levante Terminales') })).toBe('strong');
    expect(nameVariant({ tokens: ['kmob'], companyWords: words('Kranich Mobility') })).toBe('strong');
    expect(nameVariant({ tokens: ['bancambro'], companyWords: words('Banca Ambrosiana') })).toBe('strong');
    expect(nameVariant({ tokens: ['khft'], companyWords: words('Kirkgate University Hospitals NHS Foundation Trust') })).toBe('strong');
    expect(nameVariant({ tokens: ['te', 'group'], companyWords: words('Tejo Energia') })).toBe('strong');
    expect(nameVariant({ tokens: ['bhms'], companyWords: ['blue', 'heron', 'medical', 'staffing'] })).toBe('strong');
    expect(nameVariant({ tokens: ['bergmann', 'mt'], companyWords: words('Bergmann Medizintechnik') })).toBe('strong');
  });

  it('reads "&" written into the domain in any language, and the board token of the apply URL', () => {
    expect(nameVariant({ tokens: ['mathsetmoi'], companyWords: ['maths', 'moi'] })).toBe('strong');
    expect(nameVariant({ tokens: ['lise', 'lyon'], companyWords: words('Lycee international Saint Exupery'), boardToken: 'lise-lyon' })).toBe('strong');
  });

  it('reads a distinctive run of the name after a generic first word, and a board token run together', () => {
    expect(nameVariant({ tokens: ['goudenleeuw'], companyWords: words('Brouwerij De Gouden Leeuw') })).toBe('strong');
    expect(nameVariant({ tokens: ['marceau'], companyWords: words('Atelier Marceau') })).toBe('strong');
    expect(nameVariant({ tokens: ['alameda', 'group'], companyWords: words('Textil Alameda'), boardToken: 'alamedagroup' })).toBe('strong');
    // A word many companies share names none of them.
    expect(nameVariant({ tokens: ['payments'], companyWords: words('Kobalt Payments') })).toBeUndefined();
    expect(nameVariant({ tokens: ['hospitals'], companyWords: words('Kirkgate University Hospitals') })).toBeUndefined();
  });

  it('reads a domain with the legal form run into it, and a compound word’s parts in a loose abbreviation', () => {
    expect(nameVariant({ tokens: ['omb', 'spa'], companyWords: words('Officine Meccaniche Brembana') })).toBe('strong');
    expect(nameVariant({ tokens: ['htnorte'], companyWords: words('Hidrotecnica do Norte') })).toBe('weak');
  });

  it('trusts a loose abbreviation when the message names the role in either grammatical gender', () => {
    const applications: ApplicationCandidate[] = [{ id: 'a', company: 'Hidrotécnica do Norte', title: 'Engenheira Mecânica de Projeto', url: null }];
    const message = { from: { name: 'Rui Mesquita', email: 'rui.mesquita@htnorte.pt' }, subject: 'Engenheiro Mecânico de Projeto - conversa', snippet: 'Boa tarde Inês.' };
    expect(matchApplication(message, applications)).toMatchObject({ applicationId: 'a', confident: true, evidence: ['domain_abbreviation', 'title'] });
    expect(matchApplication({ ...message, subject: 'Engenheiro Civil - conversa' }, applications)).toMatchObject({ confident: false });
  });

  it('sends a person at an unrecognised organisation naming one tracked role in full to review', () => {
    const applications: ApplicationCandidate[] = [
      { id: 'a', company: 'Nordlicht Versicherung AG', title: 'Data Analyst (m/w/d)', url: null },
      { id: 'b', company: 'Kobalt Payments', title: 'Risk Manager', url: null },
    ];
    const message = { from: { name: 'Katharina Weiß', email: 'k.weiss@hanse-gruppe.example' }, subject: 'Ihre Bewerbung als Data Analyst', snippet: 'Wir möchten Sie gerne kennenlernen.' };
    expect(matchApplication(message, applications)).toEqual({ applicationId: 'a', confident: false, evidence: ['title'] });
    expect(matchApplication({ ...message, from: { name: 'Kat', email: 'kat.weiss@gmail.com' } }, applications)).toBeUndefined();
    expect(matchApplication(message, [...applications, { id: 'c', company: 'Ferretti', title: 'Data Analyst', url: null }])).toBeUndefined();
  });

  it('keeps a loose abbreviation weak and refuses unrelated or too-short labels', () => {
    expect(nameVariant({ tokens: ['vdhl'], companyWords: words('Van Dijk Havenlogistiek') })).toBe('weak');
    expect(nameVariant({ tokens: ['ka'], companyWords: words('Kranich Mobility') })).toBeUndefined();
    expect(nameVariant({ tokens: ['amazon'], companyWords: words('Kranich Mobility') })).toBeUndefined();
    expect(nameVariant({ tokens: ['te'], companyWords: words('Tejo Energia') })).toBeUndefined();
    // A domain that wraps the name in hiring words is how an imitation dresses; a sender's name may.
    expect(nameVariant({ tokens: ['marceau', 'careers'], companyWords: words('Atelier Marceau') })).toBeUndefined();
    expect(nameVariant({ tokens: ['recrutamento', 'grupo', 'te'], companyWords: words('Tejo Energia'), from: 'name' })).toBe('strong');
  });

  const applications: ApplicationCandidate[] = [
    { id: 'a1', company: 'Van Dijk Havenlogistiek', title: 'Supply Chain Planner (EN/ES)', url: 'https://vandijkhavenlogistiek.recruitee.com/o/supply-chain-planner-en-es' },
    { id: 'a2', company: 'Textil Alameda', title: 'Analista de planificación', url: 'https://careers-alamedagroup.icims.com/jobs/7712/x/job' },
    { id: 'a3', company: 'Kranich Mobility', title: 'Senior Backend Engineer', url: 'https://kranich.jobs.personio.de/job/1' },
  ];

  it('trusts a loose abbreviation only when the message also names the role', () => {
    const from = { name: 'Sanne de Graaf', email: 'sanne@vdhl.nl' };
    expect(matchApplication({ from, subject: 'Your application - Supply Chain Planner', snippet: 'Hi' }, applications)).toMatchObject({ applicationId: 'a1', confident: true });
    expect(matchApplication({ from, subject: 'Hello', snippet: 'Hi' }, applications)).toMatchObject({ applicationId: 'a1', confident: false });
  });

  it('matches an ATS sender by the board token in its address', () => {
    const match = matchApplication({ from: { name: 'Careers', email: 'careers-alamedagroup@icims.com' }, subject: 'Confirmación', snippet: '' }, applications);
    expect(match).toMatchObject({ applicationId: 'a2', confident: true, evidence: ['ats_identifier'] });
  });

  it('matches a calendar invitation from Google Calendar by the company named in it, not by google.com', () => {
    const match = matchApplication(
      { from: { name: 'Jan Petersen (Google Calendar)', email: 'calendar-notification@google.com' }, subject: 'Invitation: Kranich | Technical interview', snippet: '' },
      applications,
    );
    expect(match).toMatchObject({ applicationId: 'a3', confident: true });
  });

  it('matches a calendar invitation by the employer’s initials in capitals, but not by a lower-case word that spells them', () => {
    const pipeline = [...applications, { id: 'a4', company: 'Orchard Lane Bakery', title: 'Shift Lead', url: null }];
    const calendar = { name: 'Mia Ross (Google Calendar)', email: 'calendar-notification@google.com' };
    expect(matchApplication({ from: calendar, subject: 'Invitation: OLB trial shift - Sam @ Tue 3 Nov 2026 09:00 - 13:00', snippet: '' }, pipeline)).toMatchObject({ applicationId: 'a4', confident: true });
    expect(matchApplication({ from: calendar, subject: 'Invitation: olb catch-up @ Tue 3 Nov 2026 09:00', snippet: '' }, pipeline)).toBeUndefined();
  });

  it('takes a name written without its last word as a company named in the text, a guess for review', () => {
    const pipeline = [{ id: 'a5', company: 'Kettlewell Brook Roasters', title: 'Café Manager', url: null }];
    const match = matchApplication({ from: { name: 'Dana Fox', email: 'dana@foxsearch.example' }, subject: 'Kettlewell Brook - your application', snippet: 'I am helping them with the search.' }, pipeline);
    expect(match).toMatchObject({ applicationId: 'a5', confident: false, evidence: ['company_name'] });
  });
});

describe('the posting’s own reference in a message', () => {
  it('reads requisition and job numbers from apply URLs, not years or short numbers', async () => {
    const { requisitionIds } = await import('./match.ts');
    expect(requisitionIds('https://www.jobs.nhs.uk/candidate/jobadvert/C9281-26-0452')).toEqual(['C9281-26-0452']);
    expect(requisitionIds('https://acme.wd3.myworkdayjobs.com/en-GB/Careers/job/Harrogate/Theatre-Nurse_R-104233')).toEqual(['R-104233']);
    expect(requisitionIds('https://nexa.taleo.net/careersection/ext/jobdetail.ftl?job=26001842')).toEqual(['26001842']);
    expect(requisitionIds('https://acme.com/jobs/2026/7712')).toEqual([]);
  });

  it('matches a job board’s update by the reference in its subject when it does not name the employer', () => {
    const applications = [
      { id: 'a1', company: 'Kirkgate University Hospitals', title: 'Staff Nurse - AMU', url: 'https://www.jobs.nhs.uk/candidate/jobadvert/C9281-26-0417' },
      { id: 'a2', company: 'Kirkgate University Hospitals', title: 'Staff Nurse - Respiratory', url: 'https://www.jobs.nhs.uk/candidate/jobadvert/C9281-26-0452' },
    ];
    const match = matchApplication({ from: { name: 'NHS Jobs', email: 'noreply@jobs.nhs.uk' }, subject: 'Update on your application - C9281-26-0452', snippet: 'Thank you for your interest.' }, applications);
    expect(match).toMatchObject({ applicationId: 'a2', confident: true, evidence: ['ats_identifier'] });
  });
});

describe('a requisition named in the mail that is not the application’s', () => {
  const pipeline = [{ id: 'msk', company: 'Western Plains Health District', title: 'Occupational Therapist Level 2 - Hand Therapy', url: 'https://jobs.health.wa.gov.au/jobs/occupational-therapist-hand-therapy-401877' }];

  it('reads the application’s own number behind a system’s prefix as its reference', () => {
    const receipt = { from: { name: 'WA Health Recruitment', email: 'no-reply@health.wa.gov.au' }, subject: 'Application received - REQ401877 Occupational Therapist', snippet: 'Thank you for your application.' };
    expect(matchApplication(receipt, pipeline)).toMatchObject({ applicationId: 'msk', confident: true });
  });

  it('leaves a message about another requisition from the same shared public domain tied to no application', () => {
    const other = { from: { name: 'WA Health Recruitment', email: 'no-reply@health.wa.gov.au' }, subject: 'Application received - REQ398104 Occupational Therapist Level 1 - Paediatrics', snippet: 'Thank you for your application for REQ398104.' };
    expect(matchApplication(other, pipeline)).toBeUndefined();
  });

  it('reads requisitions tagged in several languages, and no other number as one', async () => {
    const { namesAnotherRequisition } = await import('./match.ts');
    expect(namesAnotherRequisition(['401877'], 'Job ID: 398104')).toBe(true);
    expect(namesAnotherRequisition(['401877'], 'Stellen-ID 398104 - Ihre Bewerbung')).toBe(true);
    expect(namesAnotherRequisition(['401877'], 'vacature-id 398104')).toBe(true);
    expect(namesAnotherRequisition(['401877'], 'Call me on 0612345678 about REQ401877')).toBe(false);
    expect(namesAnotherRequisition(['401877'], 'Invoice 398104')).toBe(false);
    // A reference with letters of its own ("C9281-26-0417") is compared as written, never by its digits.
    expect(namesAnotherRequisition(['C9281-26-0417'], 'REQ398104')).toBe(false);
  });
});

describe('employer domains built from the name in other ways', () => {
  const one = (company: string) => [{ id: 'a', company, title: 'Chef', url: null }];
  const from = (email: string, company: string) => matchApplication({ from: { name: 'Someone', email }, subject: 'Hello', snippet: 'Hi' }, one(company));

  it('reads a public body’s domain under its state and government zones', () => {
    expect(from('jobs@nrh.qld.gov.au', 'Northern Rivers Health')).toMatchObject({ confident: true, evidence: ['company_domain'] });
  });

  it('prefers the application whose posting is on the sender’s own site to one whose name the domain only resembles', () => {
    const pipeline = [
      { id: 'own', company: 'Northern Rivers Health', title: 'Nurse', url: 'https://careers.nrh.qld.gov.au/jobs/7710' },
      { id: 'alike', company: 'Newcastle Regional Hospital', title: 'Nurse', url: null },
    ];
    expect(matchApplication({ from: { name: 'Recruitment', email: 'jobs@nrh.qld.gov.au' }, subject: 'Hello', snippet: 'Hi' }, pipeline)).toMatchObject({ applicationId: 'own', confident: true });
  });

  it('reads the name’s initials followed by its trade or a word of the name', () => {
    expect(from('m.garnier@ghsr-hotels.fr', 'Groupe Hôtelier Saône & Rhône')).toMatchObject({ confident: true, evidence: ['company_domain'] });
    expect(from('c.fontaine@igl-lyon.fr', 'Institut Gastronomique de Lyon')).toMatchObject({ confident: true, evidence: ['company_domain'] });
  });

  it('reads the name’s words in another order, one of them distinctive, and never hiring words around a name', () => {
    expect(from('office@hirschen-apotheke.at', 'Apotheke zum Goldenen Hirschen')).toMatchObject({ confident: true });
    expect(from('hr@acme-careers.com', 'Acme Robotics')).toBeUndefined();
    expect(from('hr@acme-hotels.com', 'Acme Robotics')).toBeUndefined();
  });

  it('keeps a legal form such as GmbH one word, so the company is named in the text', () => {
    expect(matchApplication({ from: { name: 'Alva Labs', email: 'no-reply@alvalabs.io' }, subject: 'Ostara Cosmetics has invited you to complete two tests', snippet: '' }, one('Ostara Cosmetics GmbH'))).toMatchObject({ applicationId: 'a' });
  });
});
