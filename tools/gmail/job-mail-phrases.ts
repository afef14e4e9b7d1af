import { foldMailLetters } from './fold-mail-letters.ts';
import type { SignalKind } from './classify.ts';

/**
 * How employers, their applicant-tracking systems and scheduling tools write each step of a hiring
 * process in German, French, Spanish, Italian, Portuguese and Dutch, and the English phrasings the
 * English rules miss. Matched against folded text: letters folded as everywhere in Atlas (foldLetters:
 * lower case, accents removed, "ø" as "o", "æ" as "ae"), curly quotes straightened and Gmail's escapes
 * read, so "Eingangsbestätigung" and "eingangsbestatigung" are one phrase; punctuation stays for the patterns.
 */
export function foldMailText(text: string) {
  return foldMailLetters(text)
    .replace(/[’‘`]/g, "'")
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
}

const phrases = (parts: string[]) => new RegExp(`(?<![\\p{L}\\p{N}])(${parts.join('|')})`, 'u');

/** A decision not to go on with the candidate, however softly put. */
const rejection = phrases([
  // English
  'on this occasion you have not been', 'have not been shortlisted', 'not (been )?shortlisted', 'decided to pursue other', 'chosen to (move forward|proceed|go ahead) with (another|other)',
  'decided to (move|go) (forward|ahead) with (another|other|a different)', 'will not be (progressing|taking) your application', 'decided not to (progress|proceed|move forward) with your',
  'not (to )?(be )?(progressing|proceeding) (with )?your application', 'offered the (role|position) to another', '(chosen|decided|opted|elected) to (pursue|proceed with|move forward with|go with) (other|another)',
  'application (has been|was|is) unsuccessful', 'been unsuccessful (on this occasion|this time|in this instance)', 'not been progressed', 'not (be )?progress(ed|ing) (to|further)',
  '(we\'ve|we have|have now) filled the (role|position|vacancy|job)', '(role|position|vacancy|job) (has )?(now )?been filled', '(progress|proceed|move forward|continue|go ahead) with (candidates|applicants) (who|whose|with)',
  // German
  'leider (mussen|konnen|mochten) wir ihnen mitteilen', 'leider (mussen|konnen) wir (ihre|deine) bewerbung', 'fur (eine|einen|eine:n) ?andere',
  'nicht (weiter )?berucksichtig', 'entschieden,? (andere |anderen )?(bewerber|kandidat)\\w* (mit|die|deren|aus)', 'fur (einen|eine) (anderen|andere) (bewerber|kandidat)', 'nicht in die engere (wahl|auswahl)', '(bewerbung\\w*|ihre|deine)[^\\n]{0,40}absage(?!\\w)', 'absage (ihrer|deiner|auf ihre|zu ihrer) bewerbung', 'anderweitig (besetzt|entschieden)', 'nicht weiter ?verfolgen', 'keine positive (nachricht|ruckmeldung)',
  // French
  'ne (pas )?donner (une )?suite', 'ne donnerons pas suite', 'pas (pu )?donner suite', 'n\'a pas ete retenue?', 'pas ete retenue?', 'n\'avons pas retenu', 'ne pas retenir',
  'avons retenu (un|une|d\'autres|des|le) (autre|autres|candidat|candidature|profil)', 'retenu (des|d\'autres|une autre|un autre) (candidat|profil|candidature)',
  'poursuivre avec (un|une) (autre|profil|candidat)', '(choisi|decide) de poursuivre avec', 'poursuivre (le processus )?avec d\'autres', 'ne correspond pas (a nos|aux)',
  // Spanish
  'no (ha|has|haya) sido seleccionad', 'continuar (el proceso )?con otr[oa]s? (candidat|perfil)', 'seguir adelante con otr',
  'finalizado el proceso de seleccion para ti', 'no (podemos|vamos a) (continuar|seguir) con tu candidatura', 'descartad[oa]',
  // Italian
  'non (e|sia) stat[ao] selezionat', '(proseguire|procedere|continuare) con (altri|altro|altre|un altro|un.altra) (candidat|profil)', 'non (potremo )?proseguire', 'abbiamo deciso di non', 'non e stata accolta', 'esito negativo',
  // Portuguese
  'nao (foi|foram|ter sido) selecionad', 'decidimos nao (avancar|prosseguir|seguir)', '(avancar|seguir|prosseguir|continuar) com (outro|outros|outra|outras) (candidat|perfi)', 'nao avancar', 'nao prosseguir',
  // Dutch
  'gekozen voor een andere', 'verder (te )?gaan met (een )?(andere )?(kandida|sollicitant)', '(hebben|heeft) (gekozen|besloten) (voor|om) (een )?(andere )?kandida',
  // A choice of someone else put softly: "a finalement privilégié un profil…", "hanno preferito un profilo…".
  '(finalement )?(privilegie|prefere|opte pour) (un|une|le|la|d\'autres) (autre |autres )?(profil|candidat)', '(hanno|abbiamo|ha) (preferito|scelto|optato per) (un|una|altri|altre|un altro|un\'altra) (altro |altra )?(profil|candidat)', 'non proseguiranno', 'non proseguira con',
  '(hemos|han) optado por (otro|otra|otros) (candidat|perfil)', 'se (han|ha) decantado por', '(optaram|optamos) por (outro|outra) (candidat|perfil)', '(decided|chose|opted) to go with (another|a different|other) (candidate|applicant|profile)', 'niet verder (gaan|met je|met uw)', 'afwijzing', 'helaas (moeten|kunnen) (we|wij) (je|u) (laten weten|mededelen)', 'niet geselecteerd',
]);

/** An offer of the job, or the contract that carries it. */
const offer = phrases([
  'review your offer', 'an offer for', 'your offer', 'conditional offer', 'offer of employment', 'offer letter',
  'letter of offer', 'recommended (you )?for (appointment|the (role|position))', '(contractor|employment) (agreement|contract) (attached|for you)', '(attached|attaching) the (contractor|employment) (agreement|contract)',
  '(love|like|delighted|pleased|happy) to have you (join|on board|onboard)',
  'arbeitsvertrag', 'vertragsangebot', 'ihr angebot', 'dein angebot', 'freuen uns,? ihnen (die stelle|eine zusage)', 'zusage fur die stelle',
  'proposition d\'embauche', 'promesse d\'embauche', 'proposition de contrat', 'avons le plaisir de vous (proposer|offrir) le poste',
  'propuesta de contratacion', 'carta oferta', 'nos complace ofrecerte', '(nos )?(gustaria|encantaria) contar contigo', 'oferta de (trabajo|empleo) para ti', 'oferta formal',
  'proposta di assunzione', 'lettera di (assunzione|offerta)', 'offerta di (assunzione|lavoro) per',
  'proposta de (emprego|contratacao|trabalho)', 'carta[- ]proposta', 'gostari\\w* de contar (consigo|contigo|com voce)', 'contrato de trabalho',
  // The terms themselves, put to the candidate: "ti proponiamo … un contratto … RAL 29.000", "nous vous proposons un CDI".
  'ti (proponiamo|offriamo|propongo) (di entrare|un contratto|il posto|l\'assunzione)', 'vi (proponiamo|offriamo) (di entrare|un contratto)', '(contratto|contratto a tempo (in)?determinato)[^\n]{0,60}ral ', 'nous vous proposons (un (cdi|cdd|contrat)|le poste|de (nous )?rejoindre)', 'te (proponemos|ofrecemos) (un contrato|el puesto|incorporarte)', 'wir bieten ihnen (die stelle|einen (arbeits)?vertrag)', 'we (bieden|willen) (je|u) (graag )?(een contract|de functie|de baan) aan',
  // Someone wanting to take the candidate on, through an agency or not: "Dubois-Favre souhaite vous engager pour la mission".
  'souhaite(nt)? vous (engager|embaucher|recruter)', 'mochte(n)? sie (gerne )?(einstellen|ubernehmen)', '(would like|wants?|want) to (hire|engage|take) you on', 'quiere(n)? (contratarte|contratarle)', 'vuole(ro)? (assumerti|assumerla)', 'wil(len)? (je|u) (graag )?aannemen', 'quer(em)? (contrata-lo|contrata-la|contratar-te)',
  // A contract sent to sign: "sent you a document to review and sign … Contrat de travail".
  'sign[^\\n]{0,120}(contrat de travail|employment contract|contract of employment|arbeitsvertrag|contrato de trabajo|contratto di lavoro|arbeidsovereenkomst|contrato de trabalho)',
  'arbeidsovereenkomst', 'contractvoorstel', 'aanbod voor de functie', 'jobaanbieding',
]);

/** An invitation to an interview, a trial day or a call, or a booked interview confirmed, moved or reminded. */
const interview = phrases([
  'would like to (meet|invite) you', 'move you to the (technical|next|final|second)', 'could we (have|schedule|set up) a', '(teams|zoom|video|phone|telephone) interview',
  '(be|are you) (free|available) for a', '\\d+[- ]min(ute)?s? (phone |video |quick )?(chat|call|conversation)', 'phone (chat|conversation)', 'agendar uma conversa', 'conversa telefonica', 'llamada telefonica',
  '(move|reschedule|push back|bring forward) (your|the|our) (\\w+ )?(interview|call|chat)',
  'invitation: .{0,60}interview', 'technical (round|interview)', 'values conversation', 'intro call',
  'your interview (is confirmed|tomorrow|today|on|has)', 'interview (booked|confirmed|reminder)', 'reminder: your interview', 'you have booked an interview',
  'has been moved', 'a new event has been scheduled', 'un nouvel evenement a ete programme',
  // A calendar invitation for an interview: the title names it, the body opens with when and where.
  '(interview|colloquio|entretien|entrevue|entrevista|gesprach|gesprek)[^\\n]*\\n(when|quando|quand|cuando|wann|wanneer|microsoft teams|zoom|google meet)',
  'vorstellungsgesprach', 'bewerbungsgesprach', 'kennenlerngesprach', 'einladung zu(m|r)? (einem |ersten |personlichen )?(gesprach|interview|kennenlernen)', 'probearbeit', 'videogesprach',
  'entretien (avec|d\'embauche|telephonique|en visio|est confirme|pour le poste)', '(un|votre|d\'un) (entretien|entrevue)', 'convoquee? a un entretien', 'convocation a un entretien', 'journee d\'essai', 'echange avec',
  'entrevista (con|presencial|por video|telefonica|de trabajo)', '(una|la|tu) entrevista', 'invitamos a una entrevista', 'conocerte en persona',
  'colloquio (conoscitivo|di lavoro|tecnico|con)', '(un|il|al) colloquio', 'invitarla a un colloquio',
  'entrevista presencial', 'convidar para uma entrevista', '(uma|a sua) entrevista', 'marcar uma (primeira )?conversa',
  // Asked to come in, by the person who would hire: "passeresti in studio … con il portfolio", "wil u graag ontmoeten".
  '(passeresti|passerebbe|potresti passare|puoi passare|vieni|verresti) in (studio|ufficio|sede)', '(wil|willen) (u|je) graag (ontmoeten|spreken|leren kennen)', '(graag )?(uitnodigen|ontmoeten) op (ons|het) kantoor', 'portfolio (review|presentation|interview)', 'revisione del portfolio', 'presentazione del portfolio',
  'sollicitatiegesprek', 'uitnodiging voor een (eerste )?(gesprek|kennismaking)', 'kennismakingsgesprek', 'eerste (video)?gesprek',
]);

/**
 * A booked interview confirmed, moved, cancelled to be rebooked or reminded: what scheduling tools,
 * calendars and recruiters send once a time is agreed. Only read on mail already about an interview.
 */
const scheduling = phrases([
  // Calendar and scheduler subject prefixes, and the body a calendar invitation opens with.
  // A line's start is a lookbehind: the phrase's own boundary check would refuse a newline after a letter.
  '(?<=^|\\n)(confirmed|updated|rescheduled|reminder|new event|updated invitation|invitation|canceled|cancelled)( event)?: ',
  '(?<=^|\\n)(einladung|aktualisierte einladung|invitation|invitation mise a jour|invitacion|invitacion actualizada|invito|invito aggiornato|convite|convite atualizado|uitnodiging|bijgewerkte uitnodiging) ?: [^\\n]* @ ',
  'sie wurden zu folgendem termin eingeladen', 'vous avez ete invite', 'has sido invitad', 'sei stato invitat', 'voce foi convidad', 'u bent uitgenodigd',
  'you have been invited to the following event', 'a new event has been scheduled', 'event (type|date)', 'join (the|with|on) (microsoft teams|google meet|zoom)', 'microsoft teams meeting', 'meeting id',
  '(interview|colloquio|entretien|entrevue|entrevista|gesprach|gesprek|call)[^\\n]*\\n(when|quando|quand|cuando|wann|wanneer|microsoft teams|zoom|google meet)', '(?<=^|\\n)(when|quando|quand|cuando|wann|wanneer) ?:',
  'is confirmed', 'has been (confirmed|booked|moved|rescheduled|changed)', '(move|reschedule|push back|bring forward) (your|the|our) (\\w+ )?(interview|call|chat)', 'you have booked', 'interview (booked|confirmed|reminder|rescheduled)', 'reminder', 'your interview (tomorrow|today|on|is|has)',
  // German, French, Spanish, Italian, Portuguese, Dutch: confirmed, moved, reminder, new appointment.
  'bestatigt', 'verschoben', 'erinnerung', 'neuer termin', 'terminbestatigung',
  'est confirme', 'a ete (deplace|reporte|reprogramme|modifie)', 'rappel', 'nouvel evenement',
  'esta confirmad', 'ha sido (reprogramad|cambiad|movid)', 'recordatorio', 'nuevo evento',
  'e confermat', 'e stato (spostato|riprogrammato)', 'promemoria', 'nuovo evento',
  'foi confirmad', 'foi (remarcad|reagendad|alterad)', 'lembrete', 'novo evento',
  'is bevestigd', 'is verplaatst', 'herinnering', 'nieuwe afspraak',
]);

/** A test or task to be assessed: an online test, a take-home, a case, a recorded video, a lesson to prepare. */
const assessment = phrases([
  'online (test|assessment)', 'coding (challenge|exercise|test|assignment)', 'take[- ]home', 'case study', '(numerical|verbal|logical|abstract) (reasoning )?tests?', 'psychometric', 'personality (test|questionnaire)',
  '(recorded|one-way|on-demand) video interview', 'video interview recorded', 'calculations? test', 'skills (assessment|test)', 'complete (the|our|an|your|a short) (assessment|test|questionnaire|exercise|challenge)',
  'prepare a (short )?(lesson|session|presentation)', '(sample|demo|trial|model) lesson', 'do a practical', 'practical (assessment|exam|test|session)',
  'online-test', 'testverfahren', 'eignungstest', 'fallstudie', 'probeaufgabe', 'tests? de raisonnement', 'mise en situation', 'vous voir en situation', 'etude de cas', 'test en ligne',
  'prueba tecnica', 'pruebas? (online|psicotecnica)', 'caso practico', 'valutazione online', 'video colloquio registrato', 'test (online|attitudinali)', 'caso di studio',
  'avaliacao online', 'testes de raciocinio', 'teste (online|tecnico)', 'estudo de caso', 'online (toets|assessment)', 'casusopdracht', 'proefopdracht',
]);

/** The role closed or frozen without a decision about the candidate, or the candidate's withdrawal acknowledged. */
const closed = phrases([
  '(role|position|vacancy|requisition|opening|recruitment|hiring|search) (has been |is |was |have been )?(put on hold|placed on hold|on hold|cancelled|canceled|suspended|frozen|paused|withdrawn)',
  'no longer (recruiting|hiring) for', '(je|nous) (cloture|cloturons|clos|fermons|ferme) (la|votre|ta) (mission|candidature|dossier)', 'felicitations pour (votre|ton) (nouveau )?poste', 'congratulations on your new (role|job|position)', 'gluckwunsch zur neuen stelle', '(stelle|position) (ist )?zuruckgezogen', '(die|diese) stelle zuruckziehen', 'wir ziehen die stelle zuruck', '(put|placed) (this|the) (role|position|vacancy|recruitment|search|opening) on hold', 'not recruiting for (it|this|the)',
  '(annule|annulee|annuler) (la|cette) mission', '(il n\'y a|n\'y a) (donc )?plus de poste', 'poste (n\'est plus|n\'existe plus)', '(stelle|position) (ist )?nicht mehr (verfugbar|zu besetzen|vakant)', 'ya no (hay|existe) (la )?(vacante|plaza|puesto)', 'la posizione non e piu (disponibile|aperta)', '(vacature|functie) (is )?(geannuleerd|komt te vervallen)', 'decided not to (fill|recruit)', 'hiring freeze', '(are|is) (now )?on hold until', 'if it reopens', 'withdrawn the (agreement|offer|contract)', '(offer|application) (has been )?(declined|withdrawn)', 'withdr(a|e)wn? (your|from)', 'withdrawal (of|from)', 'your withdrawal',
  'stelle (wurde |ist )?(gestrichen|gestoppt|zuruckgezogen|auf eis)', 'auf eis gelegt', 'ruckzug ihrer bewerbung', 'besetzung (ist )?gestoppt',
  'retrait de (votre|ta) candidature', 'poste (a ete )?(annule|gele|suspendu)', 'recrutement (a ete )?(suspendu|annule|gele)',
  '(proceso|vacante|puesto) (ha sido )?(cancelad|suspendid|congelad)', 'retirada de (tu|su) candidatura',
  '(posizione|selezione|ricerca) (e stata )?(sospes|annullat|chius)', 'ritiro della (sua|tua) candidatura',
  '(recrutamento|processo|vaga) (foi )?(suspens|cancelad|congelad)', 'desistencia',
  '(vacature|functie) (is )?(ingetrokken|on hold|vervallen)', 'terugtrekking',
]);

/** An acknowledgement that the application arrived. */
const confirmation = phrases([
  'thank(s| you) for applying', 'your application (has been|was) (sent|submitted|received)', 'your application to .{0,60} (was|has been) sent',
  'eingangsbestatigung', 'vielen dank fur ihre bewerbung', 'danke fur deine bewerbung', 'vielen dank fur deine bewerbung', 'bewerbung (ist )?(bei uns )?(erfolgreich )?eingegangen', 'eingang ihrer bewerbung',
  'merci pour votre candidature', 'merci d\'avoir postule', 'bien recu votre candidature', 'accuse de reception', 'candidature .{0,40}a bien ete (envoyee|transmise|enregistree|recue)', 'candidature recue',
  'gracias por (tu|su) (candidatura|solicitud)', 'gracias por presentar tu candidatura', 'hemos recibido (tu|su) (candidatura|solicitud)', 'confirmacion de (tu|su) (candidatura|solicitud)',
  '(candidatura|solicitud) (se ha (enviado|registrado)|a .{0,80} se ha enviado)', 'se ha registrado correctamente', 'solicitud se ha enviado', 'candidatura recibida',
  'grazie per (esserti candidat|la (tua|sua) candidatura)', 'abbiamo ricevuto la (tua|sua) candidatura', 'conferma di ricezione', 'candidatura ricevuta', 'la ringraziamo per aver inviato',
  'obrigad[oa] pela (sua )?candidatura', 'recebemos a (sua )?candidatura', 'confirmacao de candidatura', 'confirmamos a rece[cp]ao',
  'bedankt voor (je|uw) sollicitatie', 'ontvangstbevestiging', 'sollicitatie (goed )?ontvangen', 'gegevens goed ontvangen',
]);

/** A person on the employer's side writing about the role or the application, with no step to record. */
const reply = phrases([
  'thanks for registering', 'pre-employment', 'start date', 'onboarding', 'welcome to the team', 'references? (from|for) you', 'could you (send|share|confirm)',
  'ich bin (die |der )?(recruiter|personaler)', 'danke fur dein interesse', 'vielen dank fur ihr interesse', 'dein profil', 'ihr profil (hat|passt)', 'willkommen (bei|im team)', 'die stelle ist (tatsachlich )?noch offen',
  'je recrute', 'votre profil (a retenu|nous interesse|correspond)', 'ton (profil|experience) nous interesse', 'pourriez-vous m\'envoyer', 'pourrais m\'envoyer', 'bienvenue', 'votre accueil',
  'tu perfil (nos|encaja)', 'me gustaria (hablar|saber)', 'podrias (enviarme|confirmar)', 'bienvenid[oa]',
  'il suo profilo', 'sto seguendo per', 'potrebbe (inviarmi|indicarmi)', 'benvenut[oa]',
  'o seu perfil', 'poderia (enviar|confirmar)', 'bem-vind[oa]',
  'ik zag je profiel', 'zoek ik een', 'kun je (me )?(sturen|laten weten)', 'welkom (bij|in het team)',
]);

/** A note that the process is slower than planned: bad news, but not a decision. */
const delay = phrases([
  'behind with', 'out (on leave|of office)', 'still reviewing', 'no decision yet', 'taking longer', 'delayed', 'on (unexpected |annual |sick |parental )?leave', 'finali[sz]e (a|our|the) decision', 'have an answer for you',
  'verzogert', 'zwischenbescheid', 'noch keine entscheidung', 'pas oublie', 'en conge', 'prend plus de temps', 'a l\'etude', 'se esta alargando', 'sigues en proceso', 'ha leido tu cv',
  'rallentamento', 'in ritardo', 'atraso', 'nog geen beslissing', 'vertraging',
]);

/**
 * The kind a message's folded subject and snippet say in any of the languages above, strongest
 * first: a rejection often thanks for the application, an invitation often confirms it. A delay
 * note is a status with no decision in it.
 */
export function multilingualKind(folded: string): SignalKind | undefined {
  // A closed role is named before any rejection words that may come with it ("unfortunately…").
  if (closed.test(folded)) return 'position_closed';
  if (rejection.test(folded)) return 'rejection';
  if (delay.test(folded)) return 'still_reviewing';
  if (offer.test(folded)) return 'offer';
  if (assessment.test(folded)) return 'assessment_invitation';
  if (interview.test(folded)) return schedulingOrInvitation(folded);
  if (confirmation.test(folded)) return 'application_confirmation';
  if (reply.test(folded)) return 'recruiter_reply';
  return undefined;
}

/** Mail already about an interview: a booked one confirmed, moved or reminded, or an invitation to one. */
export function schedulingOrInvitation(folded: string): 'interview_scheduling' | 'interview_invitation' {
  return scheduling.test(folded) ? 'interview_scheduling' : 'interview_invitation';
}
