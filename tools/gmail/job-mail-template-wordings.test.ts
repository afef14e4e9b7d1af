import { describe, expect, it } from 'vitest';
import { knowledgeKind } from './job-mail-knowledge.ts';

/**
 * Common wordings of ATS templates and recruiters for each step, in several languages, written from
 * general knowledge of recruiting mail as a check on the knowledge base's coverage (not from the set).
 */
const cases: [string, string][] = [
 ['rejection', 'Thank you for your interest in Acme. After careful review, we have decided to pursue other candidates whose qualifications more closely match our needs.'],
 ['rejection', 'Unfortunately, we will not be moving forward with your application at this time.'],
 ['rejection', 'We have decided to move forward with candidates whose experience more closely aligns with the role.'],
 ['rejection', "We won't be able to move forward with your candidacy."],
 ['rejection', 'We are unable to progress your application further.'],
 ['rejection', 'Leider haben wir uns gegen Ihre Bewerbung entschieden.'],
 ['rejection', 'Zu unserem Bedauern müssen wir Ihnen mitteilen, dass Ihre Bewerbung nicht erfolgreich war.'],
 ['rejection', 'Nous avons le regret de vous informer que votre candidature n\'a pas été retenue.'],
 ['rejection', 'Nous ne sommes malheureusement pas en mesure de donner suite à votre candidature.'],
 ['rejection', 'No hemos podido seguir adelante con tu candidatura en esta ocasión.'],
 ['rejection', 'En esta ocasión no continuarás en el proceso de selección.'],
 ['rejection', 'Helaas hebben we besloten om niet verder te gaan met jouw sollicitatie.'],
 ['rejection', 'We hebben gekozen voor een kandidaat die beter aansluit bij het profiel.'],
 ['rejection', 'La informiamo che la sua candidatura non è stata selezionata.'],
 ['rejection', 'Informamos que não seguiremos com sua candidatura neste momento.'],
 ['rejection', 'Optámos por avançar com outro candidato.'],
 ['still_reviewing', 'We appreciate your patience as we continue to review applications.'],
 ['still_reviewing', 'Wir benötigen leider noch etwas Zeit für die Auswahl.'],
 ['still_reviewing', 'Votre candidature est toujours en cours d\'étude.'],
 ['still_reviewing', 'Tu candidatura sigue en revisión, te diremos algo pronto.'],
 ['still_reviewing', 'Je sollicitatie is nog in behandeling.'],
 ['interview_invitation', 'Please select a time for your interview using the link below.'],
 ['interview_invitation', "We'd love to schedule a call to learn more about you."],
 ['interview_invitation', 'Wir würden Sie gerne persönlich kennenlernen.'],
 ['interview_invitation', 'Nous souhaiterions vous rencontrer pour un entretien.'],
 ['interview_invitation', 'We willen je graag uitnodigen voor een gesprek.'],
 ['interview_invitation', 'Nos gustaría invitarte a una entrevista.'],
 ['interview_scheduling', 'Your interview with Acme has been scheduled for Monday, 10:00.'],
 ['interview_scheduling', 'Interview confirmation: Acme - Data Analyst'],
 ['interview_scheduling', 'Ihr Vorstellungsgespräch wurde auf Donnerstag verschoben.'],
 ['application_confirmation', 'Thank you for submitting your application to Acme.'],
 ['application_confirmation', 'Wir haben Ihre Bewerbung erhalten und prüfen sie.'],
 ['application_confirmation', 'Hemos recibido tu candidatura correctamente.'],
 ['offer', 'We are excited to extend an offer for the role of Data Analyst.'],
 ['offer', 'Wir freuen uns, Ihnen ein Angebot zu unterbreiten.'],
 ['position_closed', 'We have decided to close this position without filling it.'],
 ['position_closed', 'The role has been cancelled due to budget changes.'],
];

const moreCases: [string, string][] = [
 ['position_closed', 'Unfortunately the role has been put on hold for the rest of the year due to budget constraints.'],
 ['position_closed', 'We have made the difficult decision to pause hiring for this position.'],
 ['position_closed', 'The requisition has been cancelled and we will not be filling the role at this time.'],
 ['position_closed', 'Thank you for letting us know you wish to withdraw your application. We have updated our records.'],
 ['position_closed', 'Die ausgeschriebene Stelle wird vorerst nicht besetzt.'],
 ['position_closed', 'Wir haben Ihre Rücknahme der Bewerbung erhalten.'],
 ['position_closed', 'Le recrutement pour ce poste est suspendu jusqu\'à nouvel ordre.'],
 ['position_closed', 'Nous avons bien pris en compte votre désistement.'],
 ['position_closed', 'El proceso de selección para este puesto ha quedado cancelado.'],
 ['position_closed', 'Hemos recibido tu solicitud de retirar tu candidatura.'],
 ['position_closed', 'De vacature is helaas komen te vervallen.'],
 ['position_closed', 'La ricerca per questa posizione è stata sospesa.'],
 ['position_closed', 'O processo de recrutamento para esta vaga foi cancelado.'],
 ['still_reviewing', 'Just a quick update: we are still interviewing candidates and expect to make a decision in two weeks.'],
 ['still_reviewing', 'We wanted to let you know that your application is still in process.'],
 ['still_reviewing', 'Wir sind noch mitten im Auswahlprozess und melden uns in Kürze.'],
 ['still_reviewing', 'Le processus de recrutement est toujours en cours, nous revenons vers vous rapidement.'],
 ['still_reviewing', 'El proceso se ha retrasado un poco, te contactaremos la semana que viene.'],
 ['still_reviewing', 'We zijn nog in gesprek met andere kandidaten en laten je volgende week meer weten.'],
 ['still_reviewing', 'La selezione è ancora in corso, le faremo sapere al più presto.'],
 ['still_reviewing', 'O processo ainda está a decorrer, daremos notícias em breve.'],
 ['offer', 'Please find attached your offer letter. We look forward to welcoming you to the team.'],
 ['offer', 'I am pleased to confirm our offer of the position of Data Analyst.'],
 ['offer', 'Anbei erhalten Sie Ihren Arbeitsvertrag zur Unterschrift.'],
 ['offer', 'Nous avons le plaisir de vous proposer le poste de Data Analyst.'],
 ['offer', 'Nos alegra comunicarte que has sido seleccionada para el puesto.'],
 ['offer', 'We zijn blij je de functie van Data Analyst aan te bieden.'],
 ['offer', 'Siamo lieti di comunicarle che è stata selezionata per la posizione.'],
 ['offer', 'Temos o prazer de lhe apresentar a nossa proposta para a posição de Analista.'],
 ['recruiter_reply', 'Could you please send me your updated CV and two references?'],
 ['recruiter_reply', 'Könnten Sie mir bitte Ihre Zeugnisse und Ihren Lebenslauf zusenden?'],
 ['recruiter_reply', 'Pourriez-vous me faire parvenir votre CV à jour ?'],
 ['recruiter_reply', '¿Podrías enviarme tu CV actualizado y tus expectativas salariales?'],
 ['recruiter_reply', 'Kun je me je cv en je salarisindicatie sturen?'],
 ['recruiter_reply', 'Potrebbe inviarmi il suo CV aggiornato?'],
 ['recruiter_reply', 'Poderia enviar-me o seu CV atualizado?'],
 ['recruiter_reply', 'I have passed your CV on to the hiring manager and will be in touch.'],
 ['recruiter_reply', 'Ich habe Ihre Unterlagen an die Fachabteilung weitergeleitet.'],
 ['recruiter_reply', 'J\'ai transmis votre candidature au responsable du service.'],
];

describe('the knowledge base on common template wordings', () => {
  it.each([...cases, ...moreCases])('reads %s in "%s"', (kind, text) => {
    expect(knowledgeKind(text)?.kind).toBe(kind);
  });

  it('does not read "other candidates" alone as a decision: still talking to others is a delay', () => {
    expect(knowledgeKind('We zijn nog in gesprek met andere kandidaten en laten je volgende week meer weten.')?.kind).toBe('still_reviewing');
    expect(knowledgeKind('Stiamo ancora valutando altri candidati, le faremo sapere a breve.')?.kind).not.toBe('rejection');
    expect(knowledgeKind('Ainda estamos a entrevistar outros candidatos.')?.kind).not.toBe('rejection');
  });
});
