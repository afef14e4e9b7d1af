import { describe, expect, it } from 'vitest';
import { matchApplication, type ApplicationCandidate } from './match.ts';

const applications: ApplicationCandidate[] = [
  { id: 'district', company: 'Cedar Prairie Independent School District', title: 'Math Teacher Grade 6', url: null },
  { id: 'lux', company: "Compagnie Luxembourgeoise d'Assurance-Crédit", title: 'Risk Analyst – Credit Insurance', url: 'https://boards.greenhouse.io/clac/jobs/1' },
  { id: 'school', company: 'Instituto Bilingüe Cumbres Altas', title: 'Biology Teacher (IB)', url: null },
  { id: 'other-school', company: 'Colegio Alemán del Norte', title: 'Biology Teacher', url: null },
];

describe('employers named by a department, by initials, or by a shortened name', () => {
  it('ties a signing service writing for "<initials> Human Resources" to the company the initials stand for', () => {
    const match = matchApplication({ from: { name: 'CPISD Human Resources via DocuSign', email: 'dse_NA4@docusign.net' }, subject: 'Please DocuSign: Offer of Employment – Math Teacher Grade 6', snippet: 'CPISD Human Resources sent you a document to review and sign.' }, applications);
    expect(match).toMatchObject({ applicationId: 'district', confident: true });
  });

  it("reads an ATS subject's initials that skip the name's particles (\"CLAC\" for Compagnie Luxembourgeoise d'Assurance-Crédit)", () => {
    const match = matchApplication({ from: { name: 'Paul Weber', email: 'no-reply@us.greenhouse-mail.io' }, subject: 'Risk Analyst – Credit Insurance at CLAC', snippet: 'Hi, two quick questions about your notice period.' }, applications);
    expect(match).toMatchObject({ applicationId: 'lux', confident: true });
  });

  it('ties a person heading their mail with the name less one word to the company, as a guess', () => {
    const match = matchApplication({ from: { name: 'Rosa Ibarra', email: 'ribarra@ica.edu.mx' }, subject: 'Vacante Biology Teacher – Instituto Cumbres Altas', snippet: 'Hola, gracias por tu interés.' }, applications);
    expect(match).toMatchObject({ applicationId: 'school', confident: false });
  });

  it('does not shorten a name from a personal address, nor to a single word', () => {
    expect(matchApplication({ from: { name: 'Rosa', email: 'rosa.ibarra@gmail.com' }, subject: 'Instituto Cumbres Altas', snippet: '¿Cómo te fue?' }, applications)).toBeUndefined();
  });
});
