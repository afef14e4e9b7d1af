import { describe, expect, it } from 'vitest';
import { knowledgeKind, readWithKnowledge } from './job-mail-knowledge.ts';
import { loadMailSet } from '../../evals/mail-understanding/mail-set.ts';

const kind = (text: string) => knowledgeKind(text)?.kind;

describe('the knowledge base of how each hiring step is phrased', () => {
  it('reads soft rejections in seven languages, whatever the inflection', () => {
    expect(kind('After careful consideration we have decided to move forward with other candidates.')).toBe('rejection');
    expect(kind('We will not be progressing your application on this occasion.')).toBe('rejection');
    expect(kind('Leider müssen wir Ihnen mitteilen, dass wir uns für eine andere Bewerberin entschieden haben.')).toBe('rejection');
    expect(kind('Nous sommes au regret de ne pas pouvoir donner une suite favorable à votre candidature.')).toBe('rejection');
    expect(kind('Hemos decidido continuar el proceso con otras candidaturas.')).toBe('rejection');
    expect(kind('Helaas moeten wij je mededelen dat we niet verder gaan met je sollicitatie.')).toBe('rejection');
    expect(kind('Purtroppo abbiamo deciso di non proseguire con la sua candidatura.')).toBe('rejection');
    expect(kind('Informamos que decidimos não avançar com a sua candidatura nesta fase.')).toBe('rejection');
    expect(kind('Après étude de votre dossier, nous sommes au regret de ne pouvoir donner une suite favorable à votre candidature.')).toBe('rejection');
    expect(kind('Lamentablemente hemos decidido avanzar con otra candidata cuyo perfil encaja mejor.')).toBe('rejection');
  });

  it('reads a decision for a profile that fits better as a rejection, without "other" or "rejected"', () => {
    expect(kind('We hebben besloten om verder te gaan met een kandidaat die meer ervaring heeft.')).toBe('rejection');
    expect(kind('Optámos por prosseguir com uma candidata com mais experiência no setor.')).toBe('rejection');
    expect(kind('We have chosen to pursue applicants whose skills more closely match.')).toBe('rejection');
  });

  it('reads a post removed or a recruitment closed as a closed role, in any word order', () => {
    expect(kind('Le poste de responsable qualité a malheureusement été supprimé.')).toBe('position_closed');
    expect(kind('La dirección ha cancelado el proceso de selección para este puesto.')).toBe('position_closed');
    expect(kind('Die Stelle entfällt leider aufgrund einer Umstrukturierung.')).toBe('position_closed');
  });

  it('reads a note that interviews are still running as a delay, not an invitation', () => {
    const readings = readWithKnowledge('Aún no tenemos una respuesta: todavía estamos entrevistando a varias personas.').map((reading) => reading.kind);
    expect(readings).toContain('still_reviewing');
    expect(kind('We are still working through the applications and hope to have news soon.')).toBe('still_reviewing');
  });

  it('reads bad news that is not a decision as still reviewing, never as a rejection', () => {
    expect(kind('Unfortunately our hiring manager has been out for two weeks, so we are behind with shortlisting.')).toBe('still_reviewing');
    expect(kind('Leider verzögert sich unser Auswahlprozess um einige Wochen.')).toBe('still_reviewing');
    expect(kind('Purtroppo il processo di selezione ha subito un rallentamento a causa della chiusura di bilancio.')).toBe('still_reviewing');
    expect(kind('Malheureusement le processus a pris du retard, je reviens vers vous dès que possible.')).toBe('still_reviewing');
  });

  it('reads a role put on hold or a withdrawal acknowledged as closed, with a subject far from its verb', () => {
    expect(kind('O recrutamento para a função de Auditor/a Sénior foi suspenso até ao próximo ano.')).toBe('position_closed');
    expect(kind('The position has unfortunately been put on hold due to budget.')).toBe('position_closed');
    expect(kind('Nous prenons bonne note du retrait de votre candidature.')).toBe('position_closed');
    expect(kind('La vacante ha sido cancelada por motivos internos.')).toBe('position_closed');
  });

  it('reads offers, tests, invitations, bookings and confirmations across languages', () => {
    expect(kind('Wir freuen uns, Ihnen die Stelle anbieten zu können. Anbei Ihr Arbeitsvertrag.')).toBe('offer');
    expect(kind('Nos complace ofrecerte el puesto de Jefe de tráfico.')).toBe('offer');
    expect(kind('Please complete the online assessment within 5 days.')).toBe('assessment_invitation');
    expect(kind('Before we go further, please complete a short SQL and statistics exercise on our platform.')).toBe('assessment_invitation');
    expect(kind('Great results on the SQL test! Next step is a 60 minute case interview with the team.')).toBe('interview_invitation');
    expect(kind('Please DocuSign: Employment Agreement - Data Analyst')).toBe('offer');
    expect(kind('We nodigen je graag uit voor een eerste gesprek op ons kantoor.')).toBe('interview_invitation');
    expect(kind('Vorremmo invitarla a un colloquio conoscitivo con il CFO.')).toBe('interview_invitation');
    expect(kind('Your interview with Acme is confirmed for Tuesday at 10:00.')).toBe('interview_scheduling');
    expect(kind('Recordatorio: tu entrevista es mañana a las 10:00.')).toBe('interview_scheduling');
    expect(kind('Bedankt voor je sollicitatie! We hebben je gegevens goed ontvangen.')).toBe('application_confirmation');
    expect(kind('Obrigado pela sua candidatura. Recebemos a sua candidatura.')).toBe('application_confirmation');
  });

  it('says which phrase and which words decided, for review and for cross-checking a model', () => {
    const [reading] = readWithKnowledge('Nous ne donnerons pas suite à votre candidature.');
    expect(reading).toMatchObject({ kind: 'rejection', language: 'fr' });
    expect(reading!.words).toContain('donnerons pas suite');
  });

  it('reads nothing in mail that is not about a hiring step', () => {
    expect(kind('Your parcel is on its way and will arrive on Thursday.')).toBeUndefined();
    expect(kind('Dein Antrag auf einen Dispokredit wurde genehmigt.')).toBeUndefined();
  });
});

describe('testing a text for each phrase’s first word before its pattern', () => {
  it('skips no reading: every message of the mail set reads the same as with every pattern run', () => {
    // Every seventh message of every mailbox: thirteen languages, every kind and its negatives.
    const texts = loadMailSet()
      .flatMap((mailbox) => mailbox.messages)
      .filter((_, index) => index % 7 === 0)
      .flatMap((message) => [message.snippet, message.payload.headers.find((header) => header.name === 'Subject')?.value ?? '']);
    expect(texts.length).toBeGreaterThan(400);
    for (const text of texts) expect(readWithKnowledge(text), text).toEqual(readWithKnowledge(text, { everyPattern: true }));
  }, 120_000);
});
