import { describe, expect, it } from 'vitest';
import { classifyWithCertainty, hintedStep } from './classify.ts';
import { foldForPhrases, readWithKnowledge } from './job-mail-knowledge.ts';

const person = { name: 'Noor Hallberg', email: 'noor.hallberg@ferrowick-group.example' };
const read = (subject: string, snippet: string) => classifyWithCertainty({ from: person, labelIds: ['INBOX'], subject, snippet }, { fromEmployer: true })?.kind;

describe('phrases stay inside one sentence', () => {
  it('keeps the end of a sentence, but not an abbreviation, as a mark no phrase gap crosses', () => {
    expect(foldForPhrases('Danke für Ihre Nachfrage. Ihre Bewerbung')).toBe(' danke fur ihre nachfrage . ihre bewerbung ');
    expect(foldForPhrases('la vacante de Analista Sr. quedó congelada')).toBe(' la vacante de analista sr quedo congelada ');
  });

  it('does not read a thank-you for a question followed by a sentence about the application as a receipt', () => {
    const readings = readWithKnowledge('Vielen Dank für Ihre Nachfrage. Ihre Bewerbung liegt der Geschäftsführung vor, eine Antwort erhalten Sie voraussichtlich in zehn Tagen.');
    expect(readings.map((reading) => reading.kind)).not.toContain('application_confirmation');
    expect(readings[0]?.kind).toBe('still_reviewing');
  });
});

describe('decisions said inside a thread, in words the rules had not met', () => {
  it('reads the choice falling on someone else, or the role filled with another person, as a rejection in each language', () => {
    expect(read('Re: Buyer', 'Thanks again for coming in. In the end our choice fell on an applicant with more category experience.')).toBe('rejection');
    expect(read('AW: Einkäufer', 'Die Wahl ist am Ende auf eine Bewerberin aus der Branche gefallen. Alles Gute für Sie.')).toBe('rejection');
    expect(read('RE: Acheteur', 'Après réflexion, notre choix s\u2019est porté sur un candidat déjà en poste dans le secteur.')).toBe('rejection');
    expect(read('RE: Compras', 'Finalmente la elección ha recaído en otra persona del equipo.')).toBe('rejection');
    expect(read('RE: Buyer', 'Alla fine la scelta è caduta su un candidato con più esperienza nel settore.')).toBe('rejection');
    expect(read('RE: Comprador', 'No final, a escolha recaiu sobre outro candidato com mais experiência.')).toBe('rejection');
    expect(read('Re: Inkoper', 'Uiteindelijk is de keuze gevallen op een collega die al bij ons werkt.')).toBe('rejection');
    expect(read('AW: Einkäufer', 'Wir haben uns entschieden, die Position mit einem Kollegen aus dem Vertrieb zu besetzen.')).toBe('rejection');
    expect(read('Re: Inkoper', 'We hebben besloten om de functie in te vullen met iemand uit de regio.')).toBe('rejection');
    expect(read('Re: Buyer', 'We have decided to fill the position with an internal colleague.')).toBe('rejection');
  });

  it('reads "it is not possible to continue with your application" as a rejection', () => {
    expect(read('RE: Candidatura', 'Infelizmente não nos é possível continuar com a sua candidatura nesta fase.')).toBe('rejection');
    expect(read('RE: Candidatura', 'Lamentablemente no es posible continuar con tu candidatura en este momento.')).toBe('rejection');
    expect(read('Re: Application', 'Unfortunately it is not possible for us to continue with your application at this stage.')).toBe('rejection');
  });

  it('reads a decision for "a person whose experience fits better" as a rejection although it thanks for patience', () => {
    expect(read('AW: Zwischenstand', 'Danke für Ihre Geduld. Wir haben uns für eine Person entschieden, deren Profil besser passt.')).toBe('rejection');
  });

  it('reads a start date and a wage, or "if you accept we will draw up the contract", as an offer', () => {
    expect(read('RE: Vacature', 'Met plezier laten we je weten dat je kan starten als verpleegkundige vanaf 1 maart. Het loonvoorstel zit in bijlage.')).toBe('offer');
    expect(read('Re: Stelle', 'Wir würden Sie gern ab April dabei haben. Wenn Sie zusagen, schicken wir Ihnen den Vertrag.')).toBe('offer');
    expect(read('Re: Puesto', 'Si aceptas, te enviamos el contrato esta semana; puedes incorporarte como técnica el 1 de febrero.')).toBe('offer');
  });

  it('does not read the Dutch stem of a delay inside a German contract as a delay', () => {
    expect(readWithKnowledge('Wenn du zusagst, setzen wir den Vertrag auf.').map((reading) => reading.kind)).not.toContain('still_reviewing');
  });

  it('reads an application said to be with a director, and an answer expected in two weeks, as still reviewing', () => {
    expect(read('AW: Nachfrage', 'Ihre Unterlagen liegen unserer Personalleitung vor; eine Rückmeldung erhalten Sie voraussichtlich Ende des Monats.')).toBe('still_reviewing');
    expect(read('Re: Follow-up', 'Thanks for checking in. You should hear from us within two weeks.')).toBe('still_reviewing');
  });

  it('reads a receipt with the role named between "application" and "received" as a confirmation', () => {
    expect(read('Bewerbung erfolgreich', 'Deine Bewerbung für Lagerleitung bei Nordhafen Logistik Service GmbH ist eingegangen.')).toBe('application_confirmation');
    expect(read('Candidature', 'Votre candidature pour le poste de technicien de maintenance a bien été reçue.')).toBe('application_confirmation');
  });

  it('reads an invitation to "exchange views for an hour" or "have time to talk" as an interview invitation', () => {
    expect(read('AW: Rückfrage', 'Hätten Sie nächste Woche Zeit, sich eine Stunde mit unserer Teamleitung auszutauschen?')).toBe('interview_invitation');
    expect(read('Re: Analist', 'Heb je volgende week tijd om even te bellen met de teamleider?')).toBe('interview_invitation');
  });

  it('reads an analysis to prepare and present as an assessment', () => {
    expect(read('AW: Nächster Schritt', 'Als nächsten Schritt bitten wir Sie, eine Präsentation zu unserem Budget vorzubereiten und dem Team vorzustellen.')).toBe('assessment_invitation');
    expect(read('RE: Next step', 'Next we would ask you to prepare a short analysis of our pricing and present it to the panel.')).toBe('assessment_invitation');
  });

  it('reads a Dutch interview moved to another day as a booking moved', () => {
    expect(read('Re: Gesprek', 'Kunnen we ons gesprek van dinsdag verschuiven naar donderdag, zelfde uur?')).toBe('interview_scheduling');
  });

  it('reads a Dutch vacancy that will not be filled after all as a closed role', () => {
    expect(read('Vacature', 'Door besparingen wordt de vacature niet verder ingevuld. De selectieprocedure wordt stopgezet.')).toBe('position_closed');
  });
});

describe('receipts, withdrawals, first approaches and appraisals read by who says what', () => {
  it('reads a new message saying the application arrived as a receipt, though it promises news once the department has looked', () => {
    expect(read('Ihre Unterlagen', 'Ihre Unterlagen sind vollständig bei uns angekommen. Wir melden uns, sobald die Fachabteilung sie gesichtet hat.')).toBe('application_confirmation');
  });

  it('reads an application closed after the candidate declined as a confirmed withdrawal, and one closed without that as a rejection', () => {
    expect(read('Re: Stelle', 'Verstanden, und viel Erfolg in der neuen Stelle. Wir haben Ihre Bewerbung archiviert.')).toBe('position_closed');
    expect(read('RE: Poste', 'Nous comprenons votre décision et avons clôturé votre candidature.')).toBe('position_closed');
  });

  it('reads a headhunter looking for someone "for a company" and asking about interest as a first approach', () => {
    const approach = classifyWithCertainty(
      { from: { name: 'Dr. Lena Vogt', email: 'l.vogt@vogt-search.example' }, labelIds: ['INBOX'], subject: 'Vertraulich: Leitung Finanzen', snippet: 'Für ein familiengeführtes Maschinenbauunternehmen suche ich eine kaufmännische Leitung. Hätten Sie Interesse an einem vertraulichen Gespräch?' },
      {},
    );
    expect(approach?.kind).toBe('recruiter_reply');
  });

  it('does not read an annual appraisal at the current job as an interview', () => {
    expect(classifyWithCertainty({ from: { name: 'HR Hotel Lago', email: 'hr@hotel-lago.example' }, labelIds: ['INBOX'], subject: 'Colloquio annuale di valutazione', snippet: 'Il tuo colloquio annuale è fissato per lunedì. Compila prima il modulo di autovalutazione.' }, {})).toBeUndefined();
  });

  it('reads a calendar invitation titled as a first meeting, in French, as a booking', () => {
    const booking = classifyWithCertainty(
      { from: { name: 'Claire Dumas', email: 'claire.dumas@atelier-vernet.example' }, labelIds: ['INBOX'], subject: 'Invitation: Rencontre - poste de technicienne @ mar. 6 oct. 2026 10:00 - 11:00 (CEST)', snippet: 'Vous avez été invité(e) à l’événement suivant. Quand : mardi 6 oct. 2026 10:00 - 11:00.' },
      { fromEmployer: true },
    );
    expect(booking?.kind).toBe('interview_scheduling');
  });
});

describe('a delay that counts the applications received', () => {
  it('stays a delay, not a receipt', () => {
    expect(read('Update on your application', 'Due to the very high number of applications received, shortlisting has taken longer than planned. We apologise for the delay.')).toBe('still_reviewing');
  });
});

describe('plain words people use in threads', () => {
  it('reads "the job\u2019s yours if you want it" as an offer', () => {
    expect(read('RE: Site manager', "Straight to it: the job's yours if you want it, starting in March.")).toBe('offer');
  });

  it('reads a panel meeting to shortlist, applicants hearing later, and panel members ill as still reviewing', () => {
    expect(read('RE: Application status', 'The panel are meeting on 4 May to shortlist, and all applicants will hear from us the week after.')).toBe('still_reviewing');
    expect(read('RE: Interviews', 'Please accept our apologies: two panel members are unwell, so we will confirm a new date shortly.')).toBe('still_reviewing');
  });

  it('reads the candidate taken off the shortlist after saying they took another job as a confirmed withdrawal', () => {
    expect(read('Re: Following your interview', "Thanks for letting me know and congratulations! I've taken you off our shortlist.")).toBe('position_closed');
  });

  it('does not read an interview for a housing register as a job interview', () => {
    expect(classifyWithCertainty({ from: { name: 'Harbour Homes', email: 'lettings@harbour-homes.example' }, labelIds: ['INBOX'], subject: 'Invitation to interview - housing register', snippet: 'As part of your housing register application we would like to invite you to a short interview.' }, {})).toBeUndefined();
  });
});

describe('a step hinted in a thread in words no phrase knows', () => {
  it('reads a pay figure beside a start as an offer, patience asked for as a delay, and a question as neither', () => {
    expect(hintedStep('Good news from our side: €48.000 brutto and a start in February, paperwork follows.')).toBe('offer');
    expect(hintedStep('Vielen Dank für Ihre Geduld, der Vorstand muss noch unterschreiben.')).toBe('still_reviewing');
    expect(hintedStep('The range is €45k to €50k with a start in spring - would that work for you?')).toBeUndefined();
  });

  it('lets a reply under a step’s subject hint an offer, which then waits for the user', () => {
    const reading = classifyWithCertainty({ from: person, labelIds: ['INBOX'], subject: 'Re: Interview invitation', snippet: 'Great news: £41k plus bonus, starting on the 3rd of March. Paperwork follows.' }, { fromEmployer: true });
    expect(reading).toEqual({ kind: 'offer', certain: false });
  });
});

describe('thanks for patience before a decision', () => {
  const certainty = (subject: string, snippet: string) => classifyWithCertainty({ from: person, labelIds: ['INBOX'], subject, snippet }, { fromEmployer: true });

  it('look back on the wait, so the decision after them is certain enough to act on, in each language', () => {
    expect(certainty('Re: Warehouse Supervisor', 'Hi Jo, thank you for your patience. After a lot of deliberation the panel has offered the position to another candidate.')).toEqual({ kind: 'rejection', certain: true });
    expect(certainty('AW: Ihre Bewerbung', 'Sehr geehrte Frau Lind, vielen Dank für Ihre Geduld. Nach eingehender Prüfung haben wir uns entschieden, die Stelle anderweitig zu besetzen.')).toEqual({ kind: 'rejection', certain: true });
    expect(certainty('RE: Votre candidature', 'Bonjour, merci pour votre patience. Nous avons décidé de ne pas donner suite à votre candidature.')).toEqual({ kind: 'rejection', certain: true });
  });

  it('leave a decision that also tells of a delay waiting for the user', () => {
    expect(certainty('Re: Warehouse Supervisor', 'Hi Jo, thanks for your patience. Unfortunately the process has been delayed and the role is now on hold.')).toMatchObject({ certain: false });
  });
});

describe('an application handed on inside a thread', () => {
  it('is a reply said in so many words, sure enough to move a saved application to applied, in English, French and German', () => {
    const reply = (subject: string, snippet: string) => classifyWithCertainty({ from: person, labelIds: ['INBOX'], subject, snippet }, { fromEmployer: true });
    expect(reply('Re: Physio position', "Hi Sam, thanks for getting in touch! I've passed your CV on to Tom, our clinical director.")).toEqual({ kind: 'recruiter_reply', certain: true });
    expect(reply('RE: Candidature spontanée', 'Bonjour, merci pour votre CV, je l&#39;ai transmis à notre directrice des soins.')).toEqual({ kind: 'recruiter_reply', certain: true });
    expect(reply('AW: Initiativbewerbung', 'Hallo Herr Kaya, danke für Ihre Unterlagen. Ich habe sie an unseren Werkleiter weitergegeben.')).toEqual({ kind: 'recruiter_reply', certain: true });
  });
});
