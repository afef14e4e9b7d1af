import { describe, expect, it } from 'vitest';
import { classifyWithCertainty } from './classify.ts';
import { scamRequest } from './imitated-sender.ts';

const person = { name: 'Anna Keller', email: 'anna.keller@studio-keller.example' };
const read = (subject: string, snippet: string) => classifyWithCertainty({ from: person, labelIds: ['INBOX'], subject, snippet }, { fromEmployer: true })?.kind;

describe('a choice of someone else, however softly put, in several languages', () => {
  it.each([
    ['Re: Candidature', 'Bonjour, merci pour votre temps. La direction a finalement privilégié une candidate déjà formée à notre logiciel.'],
    ['Re: Candidatura', 'Ciao Luca, il cliente ha preferito un profilo con più esperienza in cantiere. Mi dispiace, ti terrò presente.'],
    ['RE: Sollicitatie', 'Beste Tom, wij hebben besloten om verder te gaan met een kandidaat die al in de sector werkt.'],
    ['Re: Candidatura', 'Hola Marta, al final han optado por otro perfil con más años de experiencia. Gracias por tu tiempo.'],
    ['Re: your application', 'Hi Sam, the team decided to go with another candidate who has worked on similar systems.'],
    ['Ihre Bewerbung', 'Guten Tag, nach Sichtung der Unterlagen haben wir uns entschieden, Bewerber mit Schweißschein in die engere Wahl zu nehmen.'],
  ])('reads "%s: %s" as a rejection', (subject, snippet) => {
    expect(read(subject, snippet)).toBe('rejection');
  });
});

describe('the terms of a job put to the candidate', () => {
  it.each([
    ['Re: Candidatura', 'Paolo, ti proponiamo un contratto a tempo indeterminato, RAL 34.000, con inizio a marzo. Fammi sapere.'],
    ['Re: Entretien', 'Bonjour Claire, suite à nos échanges, nous vous proposons un CDI à compter du 1er février.'],
    ['Re: Sollicitatie', 'Hoi Bram, we bieden je graag de functie aan, met een contract voor 32 uur.'],
    ['RE: Mission logistique', 'Bonjour Léa, le client souhaite vous engager pour trois mois à partir du 2 mars, CHF 31 brut de l’heure.'],
    ['Please DocuSign: your contract', 'Ines Weber sent you a document to review and sign. Contrat de travail – Assistante comptable – Lémanis SA.'],
  ])('reads "%s: %s" as an offer', (subject, snippet) => {
    expect(read(subject, snippet)).toBe('offer');
  });
});

describe('an invitation to come in, and a role called off', () => {
  it('reads being asked to come to the studio or office as an invitation', () => {
    expect(read('Re: Candidatura', 'Marco, verresti in studio martedì alle 10 per conoscere il team?')).toBe('interview_invitation');
    expect(read('Uw sollicitatie', 'Goedemiddag, de vennoten willen u graag ontmoeten volgende week.')).toBe('interview_invitation');
    expect(read('Next step', 'Could you bring your work to a portfolio review with our design director on Monday?')).toBe('interview_invitation');
  });

  it('reads a role put on hold, or a mission called off, as closed', () => {
    expect(read('Analyst role', 'Hi Jo, the company has put this role on hold after a reorganisation, so we are not recruiting for it now.')).toBe('position_closed');
    expect(read('Mission intérim', 'Bonjour, le client annule la mission : il n’y a donc plus de poste pour le moment.')).toBe('position_closed');
    expect(read('AW: Ihre Bewerbung', 'Hallo Frau Kern, leider ziehen wir die Stelle zurück: Der Standort wird geschlossen.')).toBe('position_closed');
    expect(read('RE: Mission', 'Bien noté, je préviens le client et je clôture votre candidature. Félicitations pour votre nouveau poste !')).toBe('position_closed');
  });

  it('does not read the date an advert closes as the role closing', () => {
    expect(read('Candidature', 'Bonjour, nous avons bien reçu votre candidature. Nous ferons le point après la clôture de l’annonce.')).not.toBe('position_closed');
  });
});

describe('an offer that asks for a bank card', () => {
  it('reads asking for a bank card or a scan of a passport as a scam', () => {
    expect(scamRequest('Congratulations! To keep your offer, send a photo of your bank card, both sides.')).not.toBeNull();
    expect(scamRequest('Please upload a scan of your passport and your card number today.')).not.toBeNull();
    expect(scamRequest('Please bring your passport to your first day for the right-to-work check.')).toBeNull();
  });

  it('reads a fee to pay or no interview needed, in several languages, as a scam', () => {
    expect(scamRequest('Nous avons le plaisir de vous proposer le poste. Merci de régler les frais de dossier de CHF 150.')).not.toBeNull();
    expect(scamRequest('Montagetechniker gesucht, ohne Vorstellungsgespräch. Bitte überweisen Sie die Vermittlungsgebühr.')).not.toBeNull();
    expect(scamRequest('Te ofrecemos el puesto; solo debes abonar la tasa de inscripción.')).not.toBeNull();
  });
});

describe('an interview spoken of as possible, or as a timetable', () => {
  it('invites nobody: the rest of the message says what it is', () => {
    expect(read('Poste RH – quelques questions', 'Bonjour, avant un éventuel entretien, pourriez-vous nous transmettre vos prétentions salariales et deux références ?')).toBe('recruiter_reply');
    expect(read('Re: Candidature', 'Bonjour, nous avons bien reçu votre candidature. Les entretiens auront lieu après la clôture de l’annonce, fin octobre.')).toBe('application_confirmation');
    expect(read('Re: application', 'Thanks, we have received your application. Interviews will take place in the week of 9 November.')).toBe('application_confirmation');
    expect(read('Entretien', 'Bonjour, nous souhaitons vous proposer un entretien mardi à 10h dans nos bureaux.')).toBe('interview_invitation');
  });
});

describe('a candidate told they are still in the process', () => {
  it('reads a pause with the candidate still in the running as still reviewing, never as closed', () => {
    expect(read('Update', 'Hi Sam, our budget round is closing later than planned, so hiring decisions are on pause until March. You are still in the running.')).toBe('still_reviewing');
    expect(read('Point d’étape', 'Bonjour, le recrutement est suspendu jusqu’en janvier, mais vous êtes toujours en lice.')).toBe('still_reviewing');
    expect(read('Update', 'Hi Sam, the role has been put on hold and you are no longer in the running.')).toBe('position_closed');
  });
});
