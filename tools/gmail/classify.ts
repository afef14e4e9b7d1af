import type { gmailSignalKinds } from '../../db/schema.ts';
import { domainOf, isPersonalMailAddress, type Mailbox } from './addresses.ts';
import { foldMailText, multilingualKind, schedulingOrInvitation } from './job-mail-phrases.ts';
import { hiringSenderOf } from './hiring-senders.ts';
import { foldMailLetters } from './fold-mail-letters.ts';
import { isAutomatedAddress, isPersonAtOrganisation } from './who-writes.ts';
import { knowledgeKind, readWithKnowledge } from './job-mail-knowledge.ts';
import { atsDomains } from './match.ts';

export type SignalKind = (typeof gmailSignalKinds)[number];

export interface ClassifiableMessage {
  from: Mailbox;
  subject: string;
  snippet: string;
  labelIds: string[];
}

/**
 * Job-board alerts and digests: they talk about jobs and interviews, but are never about one of the
 * user's applications. A recruiter writing through LinkedIn (InMail) comes from other addresses.
 */
const digestSenders = [
  /^jobalerts?-noreply@linkedin\.com$/,
  /^jobs-listings@linkedin\.com$/,
  /^(news|messages-noreply|newsletters?-noreply)@linkedin\.com$/,
  // Indeed's alerts and newsletters; its application confirmations ("indeedapply@") report a step.
  /^(alert|alerts|jobalerts?|invitationtoapply|news|newsletter|marketing|no-reply-alerts)[-.@].*indeed\.com$/,
  /@e\.indeed\.com$/,
  /@(mail\.)?glassdoor\.com$/,
  /@ziprecruiter\.com$/,
  /@(substack|medium|mailchimpapp)\.com$/,
  /@wellfound\.com$/,
];

/** The subject of a job board's digest of listings, in the seven languages, Polish and Czech, on folded text. */
const jobDigestSubject =
  /^(\d+\+? (new )?([\p{L}'"-]+ ){0,4}(jobs|roles|vacancies|openings|positions)\b|(new|neue|nouvelles?|nuevas?|nuove|novas?|nieuwe) (jobs|stellen|stellenangebote|offres|ofertas|offerte|vagas|vacatures)\b|(neue|nouvelles) (stellen|offres) fur (sie|dich|vous)|jobs you may (like|be interested in)|(nowe|nove) (oferty|nabidky)\b|(oferty pracy|nabidky prace) (dla|pro) )/u;

/** A job board's digest of listings in Norwegian, Danish, Swedish and Finnish, anywhere in a folded subject: "Nye treff for «sykepleier»: 9 stillinger", "12 nya lediga jobb", "5 uutta työpaikkaa". */
const nordicJobDigestSubject =
  /(?<![\p{L}])(nye treff|nya traffar|nye (jobb|job|stillinger)|nya (jobb|tjanster)|\d+ (nye |nya |uutta |uusia )?(ledige stillinger|stillinger|lediga jobb|lediga tjanster|tyopaikkaa|avointa tyopaikkaa))(?![\p{L}])/u;

/** A job board's digest of listings in Greek, Romanian, Turkish, Korean and Japanese, anywhere in a folded subject: "12 νέες θέσεις", "Joburi noi", "yeni ilanlar", "추천 포지션", "新着求人". */
const jobDigestSubjectAbroad =
  /((?<![\p{L}])(νεεσ θεσεισ|νεεσ αγγελιεσ|joburi noi|locuri de munca noi|yeni (is )?ilan\p{L}*|sana uygun ilan\p{L}*|size uygun ilan\p{L}*)(?![\p{L}])|추천 ?(포지션|공고|채용)|새로운? ?(포지션|공고)|관심 가질 만한|新着求人|おすすめ求人|新着のお仕事)/u;

const automatedLocalPart = /^(no-?reply|do-?not-?reply|notifications?|news(letter)?|marketing|updates|hello|info|team)\b/;

const rules: { kind: SignalKind; pattern: RegExp }[] = [
  {
    kind: 'position_closed',
    pattern:
      /\b((role|position|vacancy|requisition|opening|search|recruitment) (has been |is |was )?(put on hold|placed on hold|on hold|cancelled|canceled|closed without|suspended|frozen|paused)|no longer (recruiting|hiring) for|decided not to (fill|recruit for)|hiring freeze|(offer|application) (has been )?(declined|withdrawn)|(received|confirm\w*|acknowledg\w*|noted) your withdrawal|withdrawn your application)\b/,
  },
  {
    kind: 'offer',
    pattern:
      /\b(offer letter|job offer|offer of employment|offer (pack|details|package)|details of the offer|(pleased|delighted|happy|excited|thrilled) to (extend|offer you|make you an offer)|(extend|make) you an offer|(formal|verbal|written) offer|your offer (from|at|with)|congratulations on your offer)\b/,
  },
  {
    kind: 'rejection',
    pattern:
      /\b((regret to inform|sorry to (share|say|tell you|inform)) you (that )?(we|your|the (role|position)) .{0,60}\b(not|unsuccessful|other candidates?|another candidate|filled)\b|not (to )?(be )?mov(e|ing) (forward|ahead)|won't be moving forward|decided (not )?to (move forward|proceed|continue|go) with (other|another)|decided not to (proceed|progress|move (forward|ahead))|(will|won't|will not) be (progressing|proceeding|moving forward|taking)|not be (taking|progressing|moving) .{0,40}(further|forward)|(went|gone|proceed\w*|pursue|continue) with (another|other) candidates?|not been (selected|successful)|were not selected|has not been successful|position has (now )?been filled|no longer (being )?considered|closing (out )?your application|unable to offer you)\b/,
  },
  {
    kind: 'assessment_invitation',
    pattern:
      /\b(online (test|assessment)|coding (challenge|exercise|test|assignment)|take[- ]home|case study|(numerical|verbal|logical|abstract) reasoning|psychometric|personality (test|questionnaire)|(recorded|one-way|on-demand) video interview|skills (assessment|test)|complete (the|our|an|your|a short) (assessment|test|questionnaire|exercise|challenge))\b/,
  },
  {
    kind: 'interview_invitation',
    pattern:
      /\b(invit\w* (you )?to (an? )?(interview|onsite|call|chat|conversation|assessment)|invitation(: | to )(\w+ ){0,2}interview|interview (invitation|request|availability|scheduling|confirmation)|(schedule|book|arrange|set up)( an?| your| a time for( an?| your)?)?( [\w-]+){0,2} (interview|phone screen|call|chat|technical screen|video call)|(phone|technical|recruiter) screen|book a time|availab\w* (for|to) (an? )?(\w+ )?(interview|call|chat)|next (step|stage|round)s? (is|will be|in (our|the) (interview )?process|:)|move you to the next (stage|step|round)|final round|(onsite|video|pairing|system design|technical) interview|assessment (day|centre|center))\b/,
  },
  {
    kind: 'application_confirmation',
    pattern:
      /\b(thank(s| you) for (applying|your application|submitting your application|your interest in)|application (has been )?(received|submitted|confirmation)|confirmation of your application|we('ve| have) (successfully )?(received|got) your application|received your application|we have your application|your application (is in|is with us|reached us)|your application (to|for|at) .{0,80}(is|was|has been) (received|submitted)|confirm(s|ing)? (that )?(we|you|your application) (have )?(received|applied|reached))\b/,
  },
  {
    kind: 'still_reviewing',
    pattern:
      /\b(still (reviewing|considering|assessing)|(is|are|remains?) still (under review|being (reviewed|considered))|no decision (yet|has been)|taking (a little )?longer than|(process|decision|shortlisting|hiring|recruitment|recruiting|search)( for [\w ]{1,30}?)? (is|has been|was|will be) (delayed|slower)|behind (with|on) (shortlisting|interviews|the process)|haven't forgotten (about )?you|(an|any) update (for you )?by (the end of|next))\b/,
  },
  {
    kind: 'recruiter_reply',
    pattern:
      /\b(i('m| am) (a |the )?(\w+ )?(recruiter|sourcer|talent partner|hiring manager)|i (lead|run|head) (recruiting|talent|hiring)|i work (in|on) (talent|recruiting|hiring)|recruit(er|ing) (at|for|with)|(came|come) across your (profile|background)|your (background|experience|profile) (caught|stood out|looks)|caught my eye|great fit for|interested in hearing about|(would|'d) love to (chat|connect|talk|speak)|open to (a )?(chat|conversation)|thanks for (reaching out|your note|getting in touch|your message|following up|asking)|happy to (chat|connect|talk)|great to hear from you)\b/,
  },
];

/** Words that turn an "offer" into marketing: a discount is not a job offer. */
const marketing = /\b(\d+% off|save \d+%|special offer|offer just for you|limited[- ]time|free shipping|discount code|promo(tion)? code|sale ends|deal of the|subscribe|unsubscribe|webinar|newsletter|tips for|how to (ace|negotiate|answer)|guide to|scams?)\b/;

/**
 * Applications and appointments that are not for a job: a practice or press interview, a job centre's
 * appointment, a housing register, a loan, a card, a parcel, a school or a
 * dentist, a place to study, a volunteering role. Read on folded text, in the seven languages, Polish and Czech.
 */
const notAJob = /\b(housing (register|list|application)|social housing|council housing|woningzoekende|sociale (huur)?woning|wohnberechtigungsschein|sozialwohnung|logement social|demande de logement|vivienda (social|protegida)|alloggi? popolar[ei]|case popolari|habitacao social|mock[- ]interviews?|practice interviews?|simulation d'entrevue|entrevue simulee|simulazione di colloquio|simulacao de entrevista|entrevista simulada|simulacion de entrevista|simul\w* (d'|d')?(un )?entretien|probe-?interview|colloquio simulato|proefinterview|sollicitatietraining|ovningsintervju\w*|traningsintervju\w*|podcast|journalist\w*|reporter|periodista|reportaje|reportage|giornalista|jornalista|france travail|pole emploi|arbeitsagentur|jobcenter|vdab|forem|actiris|sepe|centro per l'impiego|iefp|credit card|loan|mortgage|kredit\w*|darlehen|hypothek\w*|prestamo|hipoteca|mutuo|emprestimo|hypotheek|rental application|tenant referencing|huuraanvraag|huurcontract|overdraft|council tax|single person discount|tenancy|visa|passport|library card|insurance|parcel|deliver(y|ed)?|your order|booking|reservation|subscription|dentist|doctor|parents?' evening|parent interviews?|tax return|self-assessment|apartment|appartamento|appartement|wohnung|apartamento|flat viewing|viewing of the flat|affitto|affitti|mietwohnung|vermieter|landlord|lettings?|loyer|alquiler|aluguel|arrendamento|huurwoning|verhuurder|volunteer\w*|ehrenamt\w*|benevol\w*|voluntariado|volontariato|vrijwillig\w*|admissions?|enrol?ment|studienplatz\w*|studiengang|zulassung|inscription (universitaire|en master|en licence)|matricula|iscrizione al (corso|master)|master'?s? (programme|program|degree) application|studi(a|ow) podyplomow\w*|rekrutacj\w* na studia|przyjeci\w* na studia|uczelni\w*|prijimaci\w* rizeni|kredyt\w*|pozyczk\w*|hipote\w*|uver\w*|hypote\w*|pujck\w*|urzad skarbowy|urzedu skarbowego|urzad pracy|urzedu pracy|financni urad|uradu prace|urad prace|wynajem\w*|najem\w*|pronajem\w*|mieszkani\w*)\b/;

/** Korean or Japanese words as a pattern on folded text, read anywhere in a word (folding drops Japanese voicing marks: "ビザ" is read as "ヒサ"). */
function eastAsianWords(words: string[]) {
  return new RegExp(words.map((word) => foldMailLetters(word)).join('|'), 'u');
}

/**
 * The same in Greek, Romanian and Turkish, on folded text: a loan, a visa, a master's programme or
 * admission, a flat to rent, a newspaper's interview, a seminar or a booking, the tax office.
 */
const notAJobAbroad =
  /(?<![\p{L}])(δανει\p{L}*|βιζα|μεταπτυχιακ\p{L}*|δπμσ|εισακτε\p{L}*|μισθωσ\p{L}*|διαμερισμα\p{L}*|ενοικι\p{L}*|εφημεριδ\p{L}*|αφιερωμα\p{L}*|δημοσιογραφ\p{L}*|σεμιναρι\p{L}*|κρατησ\p{L}*|φορολογ\p{L}*|newsletter|imprumut\p{L}*|credit (ipotecar|de nevoi)\p{L}*|viza|admitere|masterat\p{L}*|inchiri\p{L}*|chiria?|apartament\p{L}*|ziar\p{L}*|kredi\p{L}*|vize\p{L}*|yuksek lisans|kiralik|kira sozlesme\p{L}*|roportaj\p{L}*|gazete\p{L}*|bulten\p{L}*)(?![\p{L}])/u;
/** The same in Korean and Japanese, read anywhere in a word. */
const notAJobEastAsian = eastAsianWords(['대출', '비자', '입학', '석사', '박사과정', '학과', '입주', '임대주택', '청약', '수험표', '고사장', '배송', '주문하신', '뉴스레터', '특집', '편집부', '취재', 'ローン', '融資', 'ビザ', '査証', '入学', '大学院', '受験', '賃貸', '内見', '配送', 'メルマガ', '取材', '編集部']);

/** A practice or mock interview, in the seven languages, Polish and Czech, on folded text. */
const practiceInterview =
  /(?<![\p{L}])(mock[- ]interviews?|practice interviews?|interview practice|probe-?interview|simulation d'entretien|entrevista simulada|simulacion de entrevista|colloquio simulato|simulacao de entrevista|proefinterview|probn\w* rozmow\w* kwalifikacyjn\w*|symulacj\w* rozmowy|cvicn\w* pohovor\w*|nanecisto)(?![\p{L}])/u;

/**
 * Mail about the job the user already has: a performance review or self-assessment, an annual
 * appraisal, a payslip. HR systems that also run hiring (Workday, SuccessFactors, Personio) send it.
 */
const workplaceMail =
  /(?<![\p{L}])((mid-year|annual|year-end|performance|quarterly) (self-)?(assessment|review|appraisal|check-in)|performance self-assessment|payslip|timesheet|expense report|entretien (annuel|professionnel)|mitarbeitergesprach|jahresgesprach|leistungsbeurteilung|gehaltsabrechnung|evaluacion del desempeno|valutazione (delle prestazioni|annuale)|busta paga|functioneringsgesprek|beoordelingsgesprek|loonstrook|avaliacao de desempenho|recibo de vencimento|colloquio annuale|jaargesprek|evaluacion anual|avaliacao anual|(self|auto|zelf)-?(evaluation|valutazione|evaluacion|avaliacao|evaluatie))(?![\p{L}])/u;

/** A recruiter reply talks about work; without one of these words "thanks for reaching out" is just mail. */
const aboutWork = /\b(role|position|opening|opportunit\w*|team|hiring|recruit\w*|talent|salary|equity|application|candidate|interview|engineer\w*|developer|job|offer|contract|remote)\b/;

/**
 * Classifies a message from its headers and snippet alone (never a body): which job signal it is, or undefined when it is not one. Stronger signals win when several phrases appear:
 * a rejection often thanks the candidate for applying, an invitation often confirms the application.
 */
export function classifyMessage(message: ClassifiableMessage, context: { fromEmployer?: boolean } = {}): SignalKind | undefined {
  return readKind(message, context);
}

export interface KindReading {
  kind: SignalKind;
  /**
   * False when an end of the application (a rejection, a closed role) also reads as a delay note
   * ("unfortunately… delayed", "the hiring manager has been out") or as an interview being moved:
   * bad news that may not be a decision. Such a message waits for the user however sure the match.
   */
  certain: boolean;
}

/** The kind of a message, and whether it is certain enough to move a status on a confident match. */
export function classifyWithCertainty(message: ClassifiableMessage, context: { fromEmployer?: boolean } = {}): KindReading | undefined {
  const kind = readKind(message, context);
  if (!kind) return undefined;
  // A reply moves a saved application to "applied": only when its own words read as one (a question to
  // the candidate, a request, a first approach), not when it is only someone writing in the thread,
  // whose message may be a step worded in a way Atlas does not know.
  if (kind === 'recruiter_reply') {
    if (saysReply(message)) return { kind, certain: true };
    // Someone writing in the thread in words no phrase knows: a pay figure with a start, or patience
    // asked for, still tells the step; read so, it waits for the user and moves nothing.
    const hinted = hintedStep(message.snippet);
    return { kind: hinted ?? kind, certain: false };
  }
  const ends = kind === 'rejection' || kind === 'position_closed';
  // An invitation is judged too: a delay note that mentions the rounds it holds back ("asked us to
  // hold final rounds until…") names an interview without inviting to one.
  if (!ends && kind !== 'interview_invitation') return { kind, certain: true };
  // Judge the words this message says: a reply's own snippet, the whole message otherwise.
  const said = isReply(message.subject) && readKind({ ...message, subject: '' }, context) ? message.snippet : `${message.subject}\n${message.snippet}`;
  // Thanks for the patience the wait asked for look back on it: "danke für Ihre Geduld. Wir haben uns für eine andere Person entschieden" is a decision.
  const text = ends ? said.replace(/&#39;/g, "'").replace(thanksForPatience, ' ') : said;
  const kinds = new Set(readWithKnowledge(text).map((reading) => reading.kind));
  const english = englishKind(message, text.toLowerCase());
  if (english) kinds.add(english);
  // A cancelled interview that is being rebooked is a booking, not an end: "Absage des Termins, neuer Termin folgt".
  return { kind, certain: !kinds.has('still_reviewing') && !(ends && kinds.has('interview_scheduling')) };
}

/** Thanks for patience shown during a wait, in the seven languages: gratitude for the past, not a delay announced. */
const thanksForPatience =
  /(?<![\p{L}])((many |so much )?thank(s| you)( so much| again)? for (your|the) (patience|understanding)( and (patience|understanding))?|thank(s| you) for bearing with (us|me)|(we |i )?(really )?appreciate your patience|(vielen |herzlichen |besten )?dank(e)?( schon| schön)? (fur|für) (ihre|deine|eure) geduld|merci (beaucoup |encore )?(pour|de) (votre|ta) patience|(muchas )?gracias (de nuevo |otra vez )?por (tu|su|vuestra) paciencia|grazie (ancora |mille )?per la (sua|tua|vostra) pazienza|obrigad[oa] (mais uma vez )?pela (sua |tua )?paci[eê]ncia|(hartelijk )?(bedankt|dank (je|u)) voor (je|jouw|uw) geduld)(?![\p{L}])/giu;

/** A pay figure, in the seven languages' ways of writing one: "£62k", "€48.000", "68.000 im Jahr", "27 000 € brut". */
const payFigure = /(?<![\p{L}])([£€$]|chf|eur|usd|gbp) ?\d|\d[\d.,' ]*\s?(k|€|£|\$|eur|euro|euros|chf|zl|pln|kc|czk|fcfa|xof|kes|ksh|aed)(?![\p{L}])|\d[\d.,' ]*\s?(brutto|gross|per annum|a year|p\.a\.|im jahr|pro jahr|par an|brut|al ano|anuales|all'anno|lordi|por ano|brutos|per jaar|bruto|brut par mois|brutto miesiecznie|hrubeho|hrube|mesicne)/u;
/** Starting work, in the seven languages, on folded text. */
const startingWork = /(?<![\p{L}])(start\w*|begin\w*|beginn\w*|eintritt\w*|anfang\w*|commenc\w*|demarr\w*|empez\w*|incorpor\w*|inizi\w*|comec\w*|inicio|aanvang\w*|indiensttreding|rozpocz\w*|zatrudni\w*|nastup\w*|nastoup\w*|a partir du)(?![\p{L}])/u;
/** Patience asked for or news not there yet, in the seven languages, on folded text. */
const patienceAsked = /(?<![\p{L}])(patience|bearing with us|bear with us|geduld|gedulden|paciencia|pazienza|no news yet|no update yet|noch keine (neuigkeiten|ruckmeldung|entscheidung)|pas encore de (nouvelles|retour|decision)|todavia no (tenemos|hay) (noticias|respuesta)|ancora nessuna (notizia|risposta)|ainda nao (temos|ha) (noticias|resposta)|nog geen (nieuws|beslissing|antwoord))(?![\p{L}])/u;

/**
 * A step a person's message in a thread hints at in words no phrase knows: a pay figure beside a
 * start ("€48.000, starting in February") is an offer, patience asked for is a delay. A question to the
 * candidate is a reply whatever else it says.
 */
export function hintedStep(snippet: string): SignalKind | undefined {
  if (snippet.includes('?')) return undefined;
  const folded = foldMailText(snippet);
  if (payFigure.test(folded) && startingWork.test(folded)) return 'offer';
  if (patienceAsked.test(folded)) return 'still_reviewing';
  // A meeting or task looked back on, and news promised later: the wait after a step, no decision yet.
  if (lookedBackOnStep.test(folded) && newsLater.test(folded)) return 'still_reviewing';
  return undefined;
}

/** A meeting held or a task handed in, looked back on: "thanks for coming in", "great chatting", "got the case". */
const lookedBackOnStep =
  /(?<![\p{L}])(thank(s| you)( so much)? for (coming|your time|meeting|the chat|chatting|speaking|talking)|great (chatting|to meet|meeting|to chat|speaking|talking)|good to (meet|see|chat|talk)|(got|received) (the|your) (case|task|test|assignment|exercise))(?![\p{L}])/u;
/** News promised later, with no decision in it. */
const newsLater = /(?<![\p{L}])(will|'ll|shall) (be in touch|get back to you|let you know)(?![\p{L}])/u;

function saysReply(message: ClassifiableMessage) {
  const own = isReply(message.subject) ? { ...message, subject: '' } : message;
  const text = `${own.subject}\n${own.snippet}`;
  return (
    isFirstApproach(message) ||
    asksTheCandidate(message.snippet) ||
    // "I've passed your CV to our clinical director": the application handed on, said in so many words.
    handedOn.test(foldMailText(text.replace(/&#39;/g, "'"))) ||
    readWithKnowledge(text).some((reading) => reading.kind === 'recruiter_reply') ||
    englishKind(own, text.toLowerCase().replace(/[’‘]/g, "'").replace(/&#39;/g, "'")) === 'recruiter_reply'
  );
}

function readKind(message: ClassifiableMessage, context: { fromEmployer?: boolean }): SignalKind | undefined {
  if (message.labelIds.some((label) => label === 'SENT' || label === 'DRAFT' || label === 'SPAM' || label === 'CATEGORY_PROMOTIONS')) {
    return undefined;
  }
  if (digestSenders.some((pattern) => pattern.test(message.from.email))) return undefined;
  // A job board's digest, whoever sends it: "12 new Physiotherapist jobs in Sydney", "Neue Stellen für Sie".
  if (jobDigestSubject.test(foldMailText(message.subject).trim()) || jobDigestSubjectAbroad.test(foldMailText(message.subject)) || nordicJobDigestSubject.test(foldMailText(message.subject))) return undefined;
  const service = hiringSenderOf(message.from.email);
  if (service?.bulk?.test(message.from.email)) return undefined;
  const whole = readMessage(message, context);
  if (!whole || !isReply(message.subject)) return whole;
  // A reply's subject is the first message's ("Re: Conditional offer…"): what this one says is in its
  // snippet. A decision named only in the subject is not this message's decision.
  // The thread is about the hiring its subject names ("Re: Αίτηση για τη θέση…"), though the reply's own words may not say so.
  const own = readMessage({ ...message, subject: '' }, { ...context, threadAboutHiring: true });
  if (own) return own === 'interview_invitation' || own === 'interview_scheduling' ? whole === 'interview_scheduling' ? whole : own : own;
  // Nothing this reply says names a step: the subject's step was the first message's ("Re: Interview
  // invitation"), so this one is someone answering in the thread, and moves nothing past "applied".
  return 'recruiter_reply';
}

const decisive = new Set<SignalKind>(['offer', 'rejection', 'position_closed']);
const replyPrefix = /^\s*(re|aw|antw|sv|vs|r|rif|rv|res|ref|réf|enc|wg|tr)\s*(\[\d+\])?\s*:/i;

function isReply(subject: string) {
  return replyPrefix.test(subject);
}

function readMessage(message: ClassifiableMessage, context: { fromEmployer?: boolean; threadAboutHiring?: boolean }): SignalKind | undefined {
  // The knowledge base reads the words as written: its sentence ends are told by the capital that follows.
  const cased = withoutPastSteps(`${message.subject}\n${message.snippet}`.replace(/[’‘]/g, "'").replace(/&#39;/g, "'"));
  const text = cased.toLowerCase();
  // Read folded by most of the rules below: folded once.
  const foldedText = foldMailText(text);
  // Other applications and appointments say nothing about a hiring process, unless the mail comes from
  // the employer or a hiring system: "bring your passport to the interview", "Acme Insurance".
  // Schedulers and calendars book dentists and yoga classes too: only a service that exists for hiring counts here.
  const serviceRole = hiringSenderOf(message.from.email)?.role;
  const fromHiringService = serviceRole !== undefined && serviceRole !== 'scheduler' && serviceRole !== 'calendar';
  // A practice interview is never a hiring step, whoever runs it: a careers event, or a tracked employer's own coaching night.
  if (practiceInterview.test(foldedText)) return undefined;
  if (marketing.test(text) || workplaceMail.test(foldedText) || ((notAJob.test(foldedText) || notAJobAbroad.test(foldedText) || notAJobEastAsian.test(foldedText)) && !context.fromEmployer && !fromHiringService)) return undefined;
  // An application started and never sent reports no step, whoever reminds the user of it.
  if (unfinishedApplication.test(foldedText)) return undefined;
  const english = englishKind(message, text);
  const folded = foldMailText(`${message.from.name ?? ''}\n${text}`);
  // Phrases in other languages count only where the mail is about a hiring process: "entrevista" is
  // also what a journalist asks for, "Absage" what an event organiser sends. Mail from an employer
  // the user applied to (its thread, its people, its domain) is about that hiring; a friend's
  // "wie lief das Gespräch?" from a personal address is not, whatever words it uses.
  const fromHiringSystem = hiringSenders.some((domain) => underDomain(domainOf(message.from.email), domain)) || hiringSenderOf(message.from.email) !== undefined;
  const aboutHiring = context.fromEmployer || fromHiringSystem || (!isPersonalMailAddress(message.from.email) && (context.threadAboutHiring || talksAboutHiring(folded)));
  const other = aboutHiring ? multilingualKind(folded) : undefined;
  // The knowledge base of how each step is phrased in the seven languages, under the same condition.
  const known = aboutHiring ? knowledgeKind(cased)?.kind : undefined;
  // What the mail's form says, whatever its words: a calendar invitation to an interview, a link to book a time.
  const shaped = aboutHiring ? kindByForm(message) : undefined;
  // A new mail whose subject is an offer ("Offer - Senior Analyst", "Zusage") from the hiring side is one, whatever its body says.
  const offered = aboutHiring && !isReply(message.subject) && offerSubject.test(foldMailText(message.subject).trim()) ? ('offer' as const) : undefined;
  const readings = [english, other, known, shaped, offered];
  // "We have decided to close your application" ends the candidacy; closing the file the user withdrew is a closed role.
  // The employer closing the application after the candidate's own decision ("Verstanden, wir archivieren Ihre Bewerbung") confirms a withdrawal.
  if (aboutHiring && closesTheApplication.test(foldedText) && ownDecisionUnderstood.test(foldedText)) return 'position_closed';
  if (readings.includes('position_closed') && closesYourApplication.test(text) && !ownWithdrawal.test(text)) return 'rejection';
  if (readings.includes('position_closed')) return 'position_closed';
  // An appointment called off and offered again ("ich muss unseren Termin leider absagen… würde Ihnen stattdessen…") is a booking moved, not a no.
  if (aboutHiring && cancelledAndRebooked.test(foldedText)) return 'interview_scheduling';
  if (readings.includes('rejection')) return 'rejection';
  // A recruiter's first approach about a role is a reply, even when it proposes a call to talk about it.
  if (isFirstApproach(message)) return 'recruiter_reply';
  const statusNote = aboutHiring ? delayRatherThanStep(message, cased) : undefined;
  // A person who says they handed the application on ("he pasado tu CV a la directora… te digo algo
  // pronto") writes about it beyond a status note: the rubric's own example of a reply.
  if ((statusNote ?? strongest(readings)) === 'still_reviewing' && writtenByPerson(message) && handedOn.test(foldedText)) return 'recruiter_reply';
  if (statusNote) return statusNote;
  // Otherwise the stronger reading wins: "thanks for applying! Could we have a first video call?" is an invitation.
  const kind = strongest(readings);
  // A receipt is a system's, written as "we"; a person at the employer writing in the first person
  // ("I've passed your CV on", "ich melde mich") about the application is replying to it.
  if (kind === 'application_confirmation' && writtenByPerson(message) && firstPerson.test(foldMailText(message.snippet))) return 'recruiter_reply';
  // A person at the employer who says the application was handed on ("we've passed your CV to our head chef") replies to it; a receipt does not.
  if (kind === 'application_confirmation' && !hiringSenderOf(message.from.email) && !isAutomatedAddress(message.from.email) && !isPersonalMailAddress(message.from.email) && handedOn.test(foldedText)) return 'recruiter_reply';
  // A thank-you for applying that asks for something ("could you send me a lesson plan?") is a person replying.
  if (kind === 'application_confirmation' && message.snippet.includes('?') && (other === 'recruiter_reply' || readings.includes('recruiter_reply') || knowledgeSays(message, 'recruiter_reply'))) {
    return 'recruiter_reply';
  }
  // A receipt is a template and asks nothing; someone who thanks for the application and then asks the
  // candidate a question ("could you tell us when you could start?") is replying to it.
  if (kind === 'application_confirmation' && !hiringSenderOf(message.from.email) && !isAutomatedAddress(message.from.email) && asksTheCandidate(message.snippet)) {
    return 'recruiter_reply';
  }
  // Assessment platforms send tests: their "video interview" is one recorded alone, and their mail about a
  // candidate ("Acme invited you", "you haven't finished yet") is about the test, however it is worded.
  if (serviceRole === 'assessment' && (!kind || kind === 'interview_invitation' || kind === 'interview_scheduling' || kind === 'application_confirmation' || kind === 'recruiter_reply')) return 'assessment_invitation';
  // A recruiter writing through an ATS ("I'm the recruiter for this role… could you tell me…?") replies, though the ATS sends it.
  if (kind === 'application_confirmation' && serviceRole === 'ats' && firstPerson.test(foldMailText(message.snippet)) && asksTheCandidate(message.snippet)) return 'recruiter_reply';
  // A scheduler's or calendar's mail books a session, whatever the session is called ("Case study presentation"),
  // and so does mail whose own subject says a booking is confirmed, moved or near ("Your interview with Acme is confirmed").
  if (kind === 'assessment_invitation' && (schedulingBySender(message) || (!isReply(message.subject) && knowledgeSaysIn(message.subject, 'interview_scheduling') && !knowledgeSaysIn(message.subject, 'assessment_invitation')))) {
    return 'interview_scheduling';
  }
  // An invitation that asks the candidate to confirm a proposed time ("bitte bestätigen Sie den Termin")
  // has booked nothing yet.
  if ((kind === 'interview_invitation' || kind === 'interview_scheduling') && !schedulingBySender(message) && asksToConfirm.test(foldedText) && knowledgeSaysIn(cased, 'interview_invitation')) {
    return 'interview_invitation';
  }
  // Someone on the employer's side asking the candidate something, or saying they handed the application on, with no step named, is replying.
  if (!kind && aboutHiring && (asksTheCandidate(message.snippet) || handedOn.test(foldedText)) && !isAutomatedAddress(message.from.email) && (context.fromEmployer || !isPersonalMailAddress(message.from.email))) {
    return 'recruiter_reply';
  }
  // An interview mail is an invitation unless it confirms, moves or reminds of a booked one.
  if (kind === 'interview_invitation' || kind === 'interview_scheduling') {
    // A scheduler asking the candidate to pick or share times books nothing yet: it sends a link to choose one.
    if (schedulingBySender(message) && picksATime.test(foldedText)) return 'interview_invitation';
    if (known === 'interview_scheduling' || schedulingBySender(message)) return 'interview_scheduling';
    return shaped ?? schedulingOrInvitation(folded);
  }
  return kind;
}

/** The application handed on to a named person or team, in the seven languages, on folded text. */
const handedOn =
  /(?<![\p{L}])((passed|forwarded|handed|sent) (it |your (cv|resume|application|profile|details|portfolio) )?(on |along |over )?to (our|the|my|their) |shared (it|your (cv|resume|application|profile)) with (our|the|my) |weitergeleitet|weitergegeben|transmis (votre|ton) (cv|dossier|candidature) a|transmis a (notre|nos|la|le)|(trasladado|reenviado|pasado) (tu|su) (cv|candidatura) a|(inoltrato|girato) (il suo|il tuo) (cv|profilo)|(encaminhei|encaminhamos|reencaminhei) (o seu|a sua|o teu|a tua) (cv|candidatura)|doorgestuurd naar|(cv|ozgecmis)[\p{L}']* ([\p{L}']+ ){0,4}ilettim|(am |i )?(trimis|transmis) (cv|cv ul|candidatura) ([\p{L}]+ ){0,3}(catre|lui|la)|προωθησα|전달(했|드렸)|お渡ししました|共有しました)/u;

/** An appointment cancelled and another time proposed in its place, in the seven languages, on folded text. */
const cancelledAndRebooked =
  /(?<![\p{L}])(termin|gesprach|interview|call|meeting|chat|entretien|rendez-vous|entrevista|reunion|colloquio|appuntamento|gesprek|afspraak|conversa)(?![\p{L}])[^.!?]{0,60}(absagen|abgesagt|cancel\w*|annul\w*|cancelar|cancelad\w*|disdire|afzeggen|afgezegd)[^?]{0,120}(stattdessen|alternativ|instead|another (time|day|slot)|a la place|un autre creneau|en su lugar|otro (dia|horario)|invece|un altro (giorno|orario)|em vez|outro (dia|horario)|in plaats daarvan|ander (moment|tijdstip))/u;

/** The employer closing the candidate's application or file, which ends the candidacy unless the candidate withdrew. */
const closesYourApplication = /\b(clos(e|ed|ing)|archiv(e|ed|ing)) (out )?your (application|candidacy|file)\b/;
/** The employer closing the candidate's application or file, in the seven languages, on folded text. */
const closesTheApplication =
  /(?<![\p{L}])((bewerbung|kandidatur)\p{L}* ([\p{L}]+ ){0,4}(geschlossen|archiviert|abgeschlossen)|clo(s|tur)\p{L}* ([\p{L}']+ ){0,3}(your|ta|votre) (application|candidacy|file|candidature|dossier)|(ferme|archive)\p{L}* (ta|votre) (candidature|dossier)|cerr\p{L}* (tu|su) (candidatura|solicitud|postulacion)|chius\p{L}* (la )?(tua|sua) candidatura|(encerr|fech|arquiv)\p{L}* (a )?(sua|tua) candidatura|(je|jouw|uw) sollicitatie ([\p{L}]+ ){0,3}(gesloten|afgesloten|gearchiveerd)|(taken|removed|withdrawn) you (off|from)|(sie|dich) (aus dem|von der) ([\p{L}]+ ){0,2}(genommen|entfernt|gestrichen)|(vous|te) (avons |ai )?retire\p{L}* (du|de la)|(te|le) (hemos |he )?(retirado|sacado) del|(ti|la) (abbiamo |ho )?(rimoss|tolt)\p{L}* da|(o|a|te) (retiramos|removemos|retirei|removi) do|(je|u) (uit|van) de ([\p{L}]+ ){0,2}(gehaald|genomen|verwijderd)|zamyk\p{L}* ([\p{L}]+ ){0,2}(kandydatur|aplikacj)\p{L}*|zamkn\p{L}* ([\p{L}]+ ){0,2}(kandydatur|aplikacj)\p{L}*|uzav(ir|r)\p{L}* ([\p{L}]+ ){0,2}(prihlask|kandidatur)\p{L}*)(?![\p{L}])/u;
/** The candidate's own decision understood, in the seven languages, on folded text. */
const ownDecisionUnderstood =
  /(?<![\p{L}])(withdr[ae]w\p{L}*|your decision|understood|(deine|ihre) entscheidung|verstanden|verstandnis|(votre|ta) decision|(tu|su) decision|entendido|entendemos|(la )?(sua|tua) decisione|comprendiamo|(a )?(sua|tua) decisao|compreendemos|(je|jouw|uw) (beslissing|besluit)|begrijpen|begrepen|letting (me|us) know|new (role|job|position)|neue(n)? (stelle|job|position)|nouveau poste|nouvel emploi|nuevo (trabajo|puesto|empleo)|nuovo (lavoro|ruolo|impiego)|novo (emprego|trabalho|cargo)|nieuwe (baan|functie|job)|verstehe|verstehen|je comprends|nous comprenons|rozumiem|rozumiemy|(pani|pana|twoj\p{L}*) decyzj\p{L}*|rozumim|chapu|chapeme|(vase|vasi|tvoje|tvoji) rozhodnuti)(?![\p{L}])/u;
/** The candidate's own withdrawal or another job taken, acknowledged. */
const ownWithdrawal = /\b(withdr[ae]w\w*|letting (us|me) know|accepted (another|an?other|a new)|your decision|new (job|role|position))\b/;

/** A subject that names an offer as its topic, in the seven languages (not "Oferta de empleo", a job ad). */
const offerSubject = /^(your |a |job )?(offer( letter)?|zusage|vertragsangebot|proposition d'embauche|promesse d'embauche|propuesta( de contratacion)?|proposta( de emprego| de trabalho| di assunzione)?|aanbod|contractvoorstel)(\b| )/;

/** An application the user started and did not send, in the seven languages, on folded text. */
const unfinishedApplication =
  /(?<![\p{L}])(started (an|your) application|(your )?application (is )?(not|isn't) (yet )?(complete|finished|submitted)|(complete|finish) your application|bewerbung (begonnen|angefangen)|begonnen,? aber (noch )?nicht (abgeschickt|abgesendet|abgeschlossen|eingereicht|gesendet|versendet|ubermittelt)|bewerbung (noch )?nicht (abgeschlossen|abgeschickt|eingereicht|fertiggestellt)|unvollstandige bewerbung|candidature n'est pas (encore )?(terminee|finalisee|complete)|n'avez pas (encore )?(finalise|termine|soumis|envoye) (votre|ta) candidature|candidature incomplete|no (has|ha) (completado|finalizado|terminado|enviado) (tu|su) (candidatura|postulacion|solicitud)|(candidatura|postulacion|solicitud) incompleta|candidatura in sospeso|non (hai|ha) (ancora )?(completato|inviato|terminato) la (tua|sua) candidatura|nao (finalizou|concluiu|terminou|completou) (a )?(sua )?candidatura|comecou a se candidatar|sollicitatie (nog )?niet (afgerond|verstuurd|voltooid)|onvoltooide sollicitatie)(?![\p{L}])/u;

/** The title of a calendar event or booking that is an interview, in the seven languages, on folded text. */
const interviewTitle = /(?<![\p{L}])(interview|gesprach|vorstellungsgesprach|bewerbungsgesprach|kennenlerngesprach|entretien|entrevue|entrevista|colloquio|sollicitatiegesprek|screening call|intro call|rencontre|premier echange|kennismaking\w*|kennenlernen|erstgesprach|primera (llamada|conversacion)|primeira conversa|primo incontro|intervju|anstallningsintervju|jobsamtale|ansaettelsessamtale|jobbintervju|samtal|samtale|pohovor\w*|rozhovor\w*|rozmow\w* (kwalifikacyjn|rekrutacyjn)\w*|spotkani\w* rekrutacyjn\w*|(technical|intro|introductory|hiring) (conversation|call|chat)|intro|interviu\p{L}*|discuti\p{L}*|συνεντευξ\p{L}*|mulakat\p{L}*|gorusme\p{L}*)(?![\p{L}])|(인터뷰|면접|커피챗|面接|面談)/u;
/** How a calendar names an invitation, an update or a reminder in its subject: "Einladung: … @ Do. 8. Okt.". */
const calendarSubject =
  /^(invitation|updated invitation|einladung|aktualisierte einladung|invitation mise a jour|invitacion|invitacion actualizada|invito|invito aggiornato|convite|convite atualizado|uitnodiging|bijgewerkte uitnodiging|reminder|rappel|recordatorio|promemoria|lembrete|erinnerung|herinnering|inbjudan|uppdaterad inbjudan|invitasjon|oppdatert invitasjon|opdateret invitation|paminnelse|påmindelse|zaproszenie|zaktualizowane zaproszenie|przypomnienie|pozvanka|aktualizovana pozvanka|pripominka|invitatie|invitatie actualizata|memento|προσκληση|ενημερωμενη προσκληση|υπενθυμιση|davet|guncellenmis davet|davetiye|hatirlatma|초대|업데이트된 초대|알림|招待|更新された招待|リマインター) ?:/;
/** The body a calendar invitation opens with: when and where, after the event's title as Outlook writes it. */
const whenLine = /^([^.:\n]{0,120}[.\n] ?)?(when|wann|quand|cuando|quando|wanneer|nar|når|hvornår|hvornar|kiedy|kdy|cand|ποτε|ne zaman|tarih|일시|일정|日時) ?:/;
/** Where, as an invitation's body says it beside when: an Outlook invitation's subject is the event's title alone. */
const whereLine = /(?<![\p{L}])(where|wo|ou|donde|dove|onde|waar|var|hvor|gdzie|kde|unde|που|yer|장소|場所) ?:/u;
/** The response buttons and time-zone line Outlook puts in an invitation's body ("Annehmen Mit Vorbehalt Ablehnen", "(UTC+01:00) Amsterdam, Berlin"). */
const outlookInvitationBody =
  /(?<![\p{L}])(accept tentative decline|annehmen mit vorbehalt ablehnen|accepter provisoire refuser|aceptar provisional rechazar|accetta provvisorio rifiuta|aceitar provisorio recusar|accepteren voorlopig weigeren)(?![\p{L}])|\(utc ?[+-]\d{1,2}:\d{2}\)/u;
/** A link to a booking page where the candidate picks a time. */
const bookingLink = /(calendly\.com\/|(?<![\w.])cal\.com\/|youcanbook\.me|zcal\.co\/|savvycal\.com\/|office365\.com\/book|outlook\.office\.com\/book|\/bookwithme\/)/;

/**
 * The kind a message's form says, in any language: an invitation a calendar or scheduler sends (or
 * one with a calendar's subject and when-line) for an event titled as an interview is a booking; a
 * link to a booking page asks the candidate to pick a time, which is an invitation.
 */
function kindByForm(message: ClassifiableMessage): SignalKind | undefined {
  const subject = foldMailText(message.subject).trim();
  const body = foldMailText(message.snippet).trim();
  // A calendar's subject prefix, or (as Outlook sends) no prefix but a body that opens with when and then says where.
  const calendarForm = (calendarSubject.test(subject) && (subject.includes(' @ ') || whenLine.test(body) || outlookInvitationBody.test(body))) || (!isReply(message.subject) && whenLine.test(body) && whereLine.test(body));
  if ((schedulingBySender(message) || calendarForm) && interviewTitle.test(subject)) return 'interview_scheduling';
  if (!schedulingBySender(message) && bookingLink.test(message.snippet.toLowerCase())) return 'interview_invitation';
  return undefined;
}

/** The stronger of several readings: "thanks for applying! Could we have a first video call?" is an invitation. */
function strongest(readings: (SignalKind | undefined)[]) {
  const strength = (kind: SignalKind | undefined) => (kind ? strongestFirst.length - strongestFirst.indexOf(kind) : 0);
  return readings.reduce((best, reading) => (strength(reading) > strength(best) ? reading : best), undefined as SignalKind | undefined);
}

/**
 * A status note that names a step without taking it: "we have not yet been able to finish the
 * interviews", "todavía estamos terminando las entrevistas con otros candidatos" speak of interviews
 * but invite no one, and a receipt whose subject says so ("Eingangsbestätigung") that promises an
 * answer later is a confirmation. Read from the knowledge base's own words: an interview named only
 * as a bare plural noun beside a delay is the delay; a delay read only in the snippet under a subject that
 * confirms receipt is the receipt.
 */
function delayRatherThanStep(message: ClassifiableMessage, text: string): SignalKind | undefined {
  // The message's words without the steps it looks back on ("thanks for completing the tests").
  const readings = readWithKnowledge(text);
  if (!readings.some((reading) => reading.kind === 'still_reviewing')) return undefined;
  if (readings.some((reading) => reading.kind === 'offer' || reading.kind === 'assessment_invitation' || reading.kind === 'interview_scheduling')) return undefined;
  const interviews = readings.filter((reading) => reading.kind === 'interview_invitation');
  // An invitation asks to one interview ("un premier entretien"); a delay speaks of interviews in general.
  // "We can only schedule the next interviews after that" speaks of interviews in general too.
  if (interviews.length > 0 && interviews.every((reading) => (!reading.words.includes(' ') && /(s|colloqui|gesprekken|gesprache)$/.test(reading.words)) || /(interviews|rounds|entretiens|entrevistas|colloqui|gesprekken|gesprachen|samtaler|samtalerne|intervjuer|intervjuerna|intervjuene)$/.test(reading.words))) return 'still_reviewing';
  if (!isReply(message.subject) && readWithKnowledge(message.subject).some((reading) => reading.kind === 'application_confirmation') && interviews.length === 0) return 'application_confirmation';
  // A new message saying the application arrived is a receipt, though it promises news later ("Ihre Bewerbung ist eingegangen; nach Ablauf der Frist melden wir uns").
  if (!isReply(message.subject) && interviews.length === 0 && readings.some((reading) => reading.kind === 'application_confirmation' && receiptWord.test(reading.words) && !manyApplications.test(reading.words))) return 'application_confirmation';
  return undefined;
}

/** The last word of a receipt: the application received, arrived, come in, in the seven languages, on folded text. */
const receiptWord = /(received|arrived|reached|eingegangen|angekommen|erhalten|recue?|arrivee?|parvenue?|recibid[ao]|llegado|ricevut[ao]|pervenut[ao]|arrivat[ao]|recebid[ao]|chegou|ontvangen|aangekomen|otrzymal\w*|dotarl\w*|wyslan\w*|przyjal\w*|prijal\w*|prijat\w*|obdrzel\w*|odeslan\w*)$/;

/** Applications in the plural: "the number of applications received" is about a delay, not a receipt. */
const manyApplications = /^(applications|bewerbungen|solicitudes|sollicitaties|candidaturas|postulaciones) /;

/** A recruiter saying they are filling a role, for themselves or a client: "I'm recruiting a…", "je recrute", "my client". */
const recruitingForRole =
  /(?<![\p{L}])((i'?m|i am|we'?re|we are) (currently )?(recruiting|hiring|filling) (a|an|for|the)|(jag|vi) rekryterar (en|ett|till)|(jeg|vi) rekrutterer (en|et|til)|looking to fill (a|an)|(handling|running|leading|managing|working on) (the|a|an) ([\p{L}-]+ ){0,6}(search|mandate|requirement|hiring) (for|at|with)|on an exclusive basis|ich betreue ([\p{L}]+ ){0,2}(die suche|das mandat|die besetzung|den suchauftrag)|(exclusive|retained) (search|mandate)|recruiting (a|an|for)|on behalf of (a|an|my|our) client|my client|(for|with) (a|an|one of our|our) ([\p{L}-]+ ){0,2}client|je recrute|nous recrutons|recrute (un|une|pour)|pour (un|une) (de mes |notre |mon )?client|fur (einen|eine|ein|unseren|meinen) (kunden|mandanten)|para (un|una|um|uma) (cliente|empresa)|per (un|una) (nostro |nostra |mio |mia )?cliente|voor (een|onze|mijn) (klant|opdrachtgever)|estou a recrutar|estamos a recrutar|j'ai un mandat|un mandat (de|d')|for (a|an) ([\p{L}-]+ ){0,3}(company|firm|business|group|organi[sz]ation)|fur (ein|eine|einen) ([\p{L}-]+ ){0,3}\p{L}*(unternehmen|firma|konzern|gruppe)|pour (une|un) ([\p{L}-]+ ){0,3}(entreprise|societe|groupe|organisation)|para (una|un|uma|um) ([\p{L}-]+ ){0,3}(empresa|compania|companhia|grupo|organizacion|organizacao)|per (una|un) ([\p{L}-]+ ){0,3}(azienda|societa|gruppo|realta)|voor (een) ([\p{L}-]+ ){0,3}\p{L}*(bedrijf|organisatie|onderneming|groep)|rekrutuje (na|do|dla)|rekrutujemy (na|do|dla)|dla (mojego |naszego )?klienta|hledam(e)? (pro|na|do)|pro (naseho |meho )?klienta|naborujeme|obsazuji|obsazujeme)(?![\p{L}])/u;

/** Someone saying they are looking for a person ("suche ich eine…", "zoek ik een…"): hiring only beside a candidate's profile, CV or contract terms. */
const lookingForSomeone =
  /(?<![\p{L}])((i'?m|i am|we'?re|we are) (currently )?(looking|searching) for (a|an)|suche ich (eine|einen|ein)|ich suche (eine|einen|ein)|suchen wir (eine|einen|ein)|wir suchen (eine|einen|ein)|busco (un|una|a)|buscamos (un|una|a)|estoy buscando (un|una)|sto cercando (un|una)|stiamo cercando (un|una)|la ricerca di (un|una)|zoek ik (een)|ik zoek (een)|zoeken wij (een)|wij zoeken (een)|procuro (um|uma)|procuramos (um|uma)|estamos buscando (um|uma))(?![\p{L}])/u;
const candidateTerms =
  /(?<![\p{L}])(profile|profil|profilo|perfil|profiel|cv|resume|lebenslauf|curriculum|full-time|part-time|vollzeit|teilzeit|unbefristet|cdi|cdd|temps plein|jornada completa|tempo pieno|tempo indeterminato|fulltime|parttime|vast contract)(?![\p{L}])/u;

/** A recruiter filling a role in Greek, Romanian, Turkish, Korean or Japanese, on folded text: "recrutez un…", "müşterimiz için", "포지션을 제안드리고", "ご紹介したい求人". */
const recruitingForRoleAbroad = new RegExp(
  `(?<![\\p{L}])(recrutez (un|o)|recrutam (un|o)|pentru (o|un) (firma|companie|client)|pentru clientul nostru|για (λογαριασμο )?πελατη|για λογαριασμο|musterimiz (icin|adina)|bir musterimiz)(?![\\p{L}])|${['포지션을 제안', '포지션 제안', '제안드리고 싶', 'ご紹介したい', 'ご提案したい'].map((word) => foldMailLetters(word)).join('|')}`,
  'u',
);
/** Asking whether the candidate would like to hear about it, in those languages. */
const interestAskedAbroad = new RegExp(
  `(?<![\\p{L}])(ati fi interesat\\p{L}*|v ar interesa|θα σασ ενδιεφερε|ενδιαφερεστε|ilgilenir misiniz|ilginizi ceker)(?![\\p{L}])|${['관심 있으시', '가능하실까요', '관심이 있으', 'ご興味', 'ご関心'].map((word) => foldMailLetters(word)).join('|')}`,
  'u',
);

/** Asking whether the candidate would like to hear about it. */
const interestAsked =
  /(?<![\p{L}])(would you be (open|interested)|are you (open|interested)|open to (hearing|a chat|a call|a conversation)|interested in hearing|seriez-vous (interesse|ouverte?)|etes-vous (interesse|ouverte?)|cela vous interesse|hatten sie interesse|haben sie interesse|hattest du interesse|hast du interesse|hatten sie lust|hast du lust|hattest du lust|te interesaria|le interesaria|estarias interesad|te interesa|saresti interessat|sarebbe (interessat|disponibile)|le interessa|heb je interesse|heeft u interesse|zou je open staan|teria interesse|estaria interessad|tem interesse|pourrait vous interesser|pourrait t'interesser|ca vous interesse|ca t'interesse|ca pourrait vous interesser|podemos conversar|vamos conversar|podemos falar|(bylaby|bylby|bylabys|bylbys) (pani |pan )?zainteresowan|czy znajdzie (pani |pan )?(chwile|czas|\d+ minut)|czy (moglibysmy|mozemy) porozmawiac|(mel|mela) byste zajem|zajimalo by (vas|te)|mate zajem|mel(a)? bys zajem)/u;

/**
 * A recruiter's first approach: a person at an organisation (not a hiring system, a no-reply or a
 * free-mail address), in a new conversation, saying they are filling a role and asking whether the
 * candidate is interested.
 */
export function isFirstApproach(message: ClassifiableMessage) {
  // LinkedIn relays a recruiter's own InMail from its address: a person writing, not the job board.
  const relayed = /^inmail[-.]/.test(message.from.email) && domainOf(message.from.email) === 'linkedin.com';
  if (isReply(message.subject) || (hiringSenderOf(message.from.email) && !relayed) || isPersonalMailAddress(message.from.email)) return false;
  if (isAutomatedAddress(message.from.email) || message.labelIds.includes('CATEGORY_PROMOTIONS')) return false;
  const folded = foldMailText(`${message.subject}\n${message.snippet}`);
  const filling = recruitingForRole.test(folded) || recruitingForRoleAbroad.test(folded) || (lookingForSomeone.test(folded) && (isAboutHiring(folded) || candidateTerms.test(folded)));
  return filling && (interestAsked.test(folded) || interestAskedAbroad.test(folded) || asksTheCandidate(message.snippet));
}

/** The first person singular in the seven languages, as a person writes and a template does not. */
const firstPerson = /(?<![\p{L}])(i|i'm|i've|i'll|i'd|ich|je|j'ai|j'|yo|me gustaria|ik|io|eu|gostaria)(?![\p{L}])/u;

/** Mail a person sent from an organisation: not a hiring system, a team inbox or a free-mail address. */
function writtenByPerson(message: ClassifiableMessage) {
  return isPersonAtOrganisation(message.from.email);
}

/**
 * An interview already held, as a message looks back on it ("thank you for your time at the
 * interview", "suite à notre entretien", "nach dem Gespräch", "tras la entrevista"): it invites to
 * nothing, so the words that say the news (an offer, a decision, a delay) are read without it.
 */
const pastInterview = new RegExp(
  [
    "thank(?:s| you) for (?:your time |taking the time )?(?:to |at |during |in |for )?(?:the |your |our |today's |yesterday's )?(?:\\w+ )?(?:interviews?|call|conversations?|chat|meeting)",
    "thank(?:s| you) (?:so much )?for (?:completing|recording|taking|doing|submitting|sending) (?:the |your |our |both |all )?(?:\\w+ ){0,2}(?:assessments?|tests?|exercises?|challenges?|case(?: study)?|video interview|questionnaires?|assignment|task)",
    '(?:after|following) (?:the |your |our )?(?:\\w+ )?(?:interviews?|conversations?|call|assessments?|tests?|trial (?:day|shift)|case study)',
    '(?:nach|seit) (?:dem|unserem|ihrem|deinem|den|unseren|ihren|deinen) (?:\\w+ )?(?:gespräch(?:en)?|interviews?|vorstellungsgespräch(?:en)?|telefonat|probetag|probearbeiten|test)',
    'danke (?:schön )?für (?:das|ihr|dein|unser|die) (?:\\w+ )?(?:gespräch(?:e)?|interview|telefonat|probetag)',
    "(?:suite à|après) (?:notre|votre|vos|nos|ton|tes|la|les|l'|l’) ?(?:\\w+ )?(?:entretiens?|échanges?|journée d'essai|journée d’essai|mise en situation|tests?|séance)",
    "(?:suite à|après) (?:votre |ta )?(?:réussite (?:de |à )?)?(?:l'|l’|la |les |votre |vos )?(?:épreuves?|examens?|tests?)(?: écrites?| en ligne)?",
    '(?:merci|remercions) (?:encore )?(?:pour|de) (?:cet|notre|votre|vos|nos|ton|les|la|l.) ?(?:\\w+ )?(?:entretiens?|échanges?|séance|tests?|journée)',
    '(?:tras|después de) (?:la|las|nuestra|nuestras|tu|tus|su|sus|el) (?:\\w+ )?(?:entrevistas?|conversación|llamada|prueba|día de prueba)',
    'gracias por (?:tu|su) tiempo(?: en la entrevista)?',
    '(?:muchas )?gracias (?:de nuevo |otra vez )?por (?:la|tu|su|nuestra) (?:\\w+ )?(?:entrevista|conversación|llamada|charla)',
    '(?:na|sinds) (?:het|ons|jouw|uw|de) (?:\\w+ )?(?:gesprek(?:ken)?|sollicitatiegesprek|proefdag|assessment)',
    'bedankt voor (?:het|ons|je|jouw|uw|de) (?:\\w+ )?(?:gesprek(?:ken)?|proefdag)',
    'dopo (?:il|il nostro|il suo|la|la sua) (?:\\w+ )?(?:colloquio|giornata di prova|prova)',
    'grazie (?:ancora )?per (?:il|il suo|la sua) (?:tempo|colloquio)',
    // A task handed in and praised ("Ihre Fallstudie hat überzeugt", "la clase muestra les encantó") is a step behind the candidate.
    '(?:ihre|deine|eure) (?:\\w+ )?(?:fallstudie|präsentation|probeaufgabe|aufgabe|testaufgabe|probelektion|probestunde|arbeitsprobe) (?:hat|haben) (?:uns |alle )?(?:\\w+ )?(?:überzeugt|gefallen|beeindruckt)',
    'your (?:\\w+ )?(?:case study|presentation|assignment|task|exercise|demo lesson|sample lesson) (?:was|has|really) (?:\\w+ )?(?:impressive|impressed|excellent|great|strong|convincing)',
    '(?:la|tu|su) (?:clase (?:muestra|demostrativa|de prueba)|prueba|presentación|demostración) (?:les|nos|le) (?:encantó|gustó|convenció)',
    '(?:le|les|nos) (?:gustó|encantó) (?:mucho )?(?:tu|su) (?:entrevista|clase|presentación)',
    '(?:após|depois d[aeo]) (?:a |as |nossa |nossas )?(?:\\w+ )?(?:entrevistas?|conversas?)',
    'obrigad[oa] pela (?:sua )?(?:\\w+ )?(?:entrevista|conversa|disponibilidade)',
  ].join('|'),
  'giu',
);

/**
 * A step named as the condition of a question ("Before we set up a call with the team lead, could you
 * tell me…", "Zanim umówimy rozmowę…"): it invites to nothing yet, so it is read without it.
 */
const stepAsCondition =
  /(?<![\p{L}])(before (?:we|i) (?:can )?(?:set up|schedule|arrange|book|organi[sz]e|invite|move)|before (?:the|your|our|their|the client's) (?:final|next|second|last|2nd|3rd|third) (?:round|interview|stage|meeting)|bevor (?:wir|ich)|avant (?:de (?:planifier|organiser|fixer|programmer)|que nous)|antes de (?:programar|agendar|organizar|marcar|concertar)|prima di (?:fissare|organizzare|programmare)|voordat (?:we|wij|ik)|zanim|než)[^,.;:?!\n]*/giu;

function withoutPastSteps(text: string) {
  return text.replace(pastInterview, ' ').replace(stepAsCondition, ' ');
}

function knowledgeSaysIn(text: string, kind: SignalKind) {
  return readWithKnowledge(text).some((reading) => reading.kind === kind);
}

/** Asking the candidate to choose or share times for an interview not yet booked, in the seven languages, on folded text. */
const picksATime =
  /(?<![\p{L}])((select|choose|pick|share|send|let us know) (all |any |the |a |an |your )?(preferred |interview |suitable )?(times?|slots?|dates?|your availability)|share your availability|(wahlen|teilen) sie (einen |ihre )?(termin|verfugbarkeit)|choisi(r|ssez) (un |vos )?creneau|indique[rz]? vos disponibilites|elig(e|a|ir) (un |tu |su )?horario|indica tu disponibilidad|scegli(ere)? (un |l')?orario|indic(a|hi) (la tua |la sua )?disponibilita|escolh(a|e|er) (um |o )?horario|kies (een )?tijdstip)(?![\p{L}])/u;

/** A request to the candidate to confirm a time they were offered, in the seven languages, on folded text. */
const asksToConfirm =
  /(?<![\p{L}])(please confirm|can you confirm|could you confirm|let me know if (this|that|the time) works|if (this|that|it) works( for you)?|bitte (um )?(kurze )?bestatig\w*|bestatigen sie (bitte )?(den|uns|kurz)|merci de (me |nous )?confirmer|pouvez-vous (me |nous )?confirmer|por favor,? confirma\w*|puedes confirmar|me confirmas|confirma(me|nos)|graag (een )?bevestiging|kun je (dit )?bevestigen|le chiedo di confermare|puo confermare|mi conferma|por favor,? confirme|pode confirmar|once you confirm|after you confirm|sobald sie (mir )?(das |den termin )?bestatigen|nach ihrer (ruckmeldung|bestatigung)|des que vous (me )?(l'aurez )?confirm\w*|en cuanto (me )?(lo )?confirmes|appena (mi )?confermi|zodra je (het )?bevestigt|assim que (voce )?(me )?confirmar)(?![\p{L}])/u;

/**
 * Whether a snippet asks the candidate something: a question that is not a template's offer of help
 * ("Questions? Visit our FAQ").
 */
function asksTheCandidate(snippet: string) {
  const questions = snippet.replace(/&#39;/g, "'").match(/[^.!?]*\?/g) ?? [];
  // A template's offer of help ("Questions? Visit our FAQ", "Any questions?") is no question to the candidate;
  // "Quick couple of questions - are you ok with Saturdays?" is one.
  const helpOffer = (question: string) =>
    /\b(help|hilfe|aide|ayuda|aiuto|hulp|ajuda|faq)\b/i.test(question) ||
    (/\b(questions?|fragen?|preguntas?|domande?|vragen?|duvidas?|dúvidas?)\b/i.test(question) && !/[-–—:]\s*\S+(\s+\S+){2,}\s*\?$/.test(question.trim()));
  return questions.some((question) => question.trim().split(/\s+/).length >= 3 && !helpOffer(question)) || indirectQuestion.test(foldMailText(snippet));
}

/**
 * A question put as a sentence, with no question mark ("le chiedo se sarebbe disponibile a
 * trasferirsi", "I'd like to know whether you could start in May"), in the seven languages, on folded text.
 */
const indirectQuestion =
  /(?<![\p{L}])((i'?d|i would|we'?d|we would) like to (know|ask) (if|whether|when)|(ich|wir) (mochte|mochten|wurde gerne|wurden gerne) (sie |dich )?(fragen|wissen),? ob|(je|nous) (voudrais|voudrions|souhaiterais|souhaiterions) savoir si|(je|nous) (vous|te) (demande|demandons) si|(le|te) (pregunto|preguntamos|pregunto) si|(quisiera|quisieramos|me gustaria|nos gustaria) saber si|(le|ti) (chiedo|chiediamo|domando) se|(vorrei|vorremmo) sapere se|(gostaria|gostariamos) de saber se|(lhe|te) (pergunto|perguntamos) se|(ik|wij|we) (wil|willen|zou|zouden) graag weten of)(?![\p{L}])/u;

function knowledgeSays(message: ClassifiableMessage, kind: SignalKind) {
  return knowledgeSaysIn(`${message.subject}\n${message.snippet}`, kind);
}

/** A booking tool's or calendar's own mail about an interview is a booking, not an invitation to pick one. */
function schedulingBySender(message: ClassifiableMessage) {
  const role = hiringSenderOf(message.from.email)?.role;
  return role === 'scheduler' || role === 'calendar';
}

/**
 * Which reading wins when the English and the other-language phrases disagree. A status note ("still
 * reviewing", "delayed") outranks a thank-you for the application but not a step: an invitation that
 * apologises for the wait is still an invitation.
 */
const strongestFirst: SignalKind[] = [
  'offer',
  'assessment_invitation',
  'interview_scheduling',
  'interview_invitation',
  'still_reviewing',
  'application_confirmation',
  'recruiter_reply',
];

/** Applicant-tracking, scheduling, assessment and e-signature systems that write for employers. */
export const hiringSenders = [...atsDomains, 'successfactors.eu', 'inrecruiting.com', 'personio.com', 'personio.de', 'calendly.com', 'goodtime.io', 'shl.com', 'hirevue.com', 'codility.com', 'hackerrank.com', 'testgorilla.com', 'welcometothejungle.com', 'infojobs.net', 'jobs.nhs.uk', 'trac.jobs', 'docusign.net'];

function underDomain(domain: string, parent: string) {
  return domain === parent || domain.endsWith(`.${parent}`);
}

/** Words of a hiring process in the seven languages, Swedish, Danish, Norwegian, Polish, Czech and Finnish, on folded text ("ø" read as "o", "æ" as "ae"). */
const hiringContext =
  /(?<![\p{L}\p{N}])(application|applying|candida\w*|kandidat\w*|position|role|vacanc\w*|interview|recruit\w*|hiring|talent|talento|capital humano|recursos humanos|cv|curriculum|lebenslauf|job|bewerbung\w*|bewerber\w*|stelle|position|auswahlverfahren\w*|auswahlprozess\w*|vorstellungsgesprach\w*|personal\w*|poste|recrutement|embauche|emploi|entrevue|puesto|solicitud|seleccion|oferta|proceso|vacante|postula\w*|entrevista|posizione|ruolo|selezione|assunzione|colloqui\w*|funcao|vaga|recrutamento|processo|sollicit\w*|vacature|functie|werving|im namen von|on behalf of|au nom de|en nombre de|per conto di|em nome d[ao]|next step|nachsten schritt|prochaine etape|siguiente paso|prossimo passo|proxima etapa|volgende stap|ansokan\w*|ansogning\w*|soknad\w*|sokande|ansoger\w*|soker\w*|tjansten|stilling\w*|rekryter\w*|rekrutter\w*|intervju\w*|jobsamtale|jobbintervju|anstallning\w*|ansaettelse\w*|ansettelse\w*|nasta steg|naeste skridt|neste steg|rekrutac\w*|rekrutuj\w*|stanowisk\w*|aplikacj\w*|kandydat\w*|pracodaw\w*|zatrudni\w*|rozmow\w* (kwalifikacyjn|rekrutacyjn)\w*|prihlask\w*|pozic[ei]|uchazec\w*|vyberov\w* rizen\w*|pohovor\w*|nabor\w*|zamestnavatel\w*|hakemu\w*|hakij\w*|rekrytoin\w*|haastattel\w*|tyopaik\w*|tyosopimu\w*)(?![\p{L}\p{N}])/u;

/** Words of a hiring process in Greek, Romanian and Turkish, on folded text ("ς" read as "σ", "ș" as "s", "ı" as "i"), each matching the words it begins. */
const aegeanHiringContext =
  /(?<![\p{L}\p{N}])(για τη θεσ|για την θεσ|υποψηφι|συνεντευξ|προσληψ|προσλαβ|βιογραφικ|αγγελι|εργοδοτ|θεση εργασιασ|interviu|angaj|recrut|pozitia|postul de|basvur|aday|mulakat|ise alim|ozgecmis|isveren|pozisyon)\p{L}*/u;
/** Words of a hiring process in Korean and Japanese, read anywhere in a word: neither script puts a space before the particles that follow a noun. */
const eastAsianHiringContext = eastAsianWords(['채용', '지원서', '지원자', '입사', '면접', '이력서', '포지션', '서류 전형', '서류전형', '헤드헌', '연봉', '처우', '採用', '応募', '選考', '面接', '面談', '内定', '求人', '履歴書', '職務経歴書', '入社', 'エントリー', 'ポジション']);
/** Words of a hiring process in Arabic, read anywhere in a word: Arabic joins the article and prepositions to them ("بالوظيفة", "لمقابلة"). */
const arabicHiringContext = eastAsianWords(['وظيف', 'مقابلة', 'التوظيف', 'مرشح', 'السيرة الذاتية']);

/** Whether folded text talks about a hiring process in any language Atlas reads. */
function talksAboutHiring(folded: string) {
  return hiringContext.test(folded) || aegeanHiringContext.test(folded) || eastAsianHiringContext.test(folded) || arabicHiringContext.test(folded);
}

/** Whether a text talks about a hiring process in any of the seven languages: a role, an application, a candidate, an interview. */
export function isAboutHiring(text: string) {
  return talksAboutHiring(foldMailText(text));
}

function englishKind(message: ClassifiableMessage, text: string): SignalKind | undefined {
  for (const { kind, pattern } of rules) {
    if (!pattern.test(text)) continue;
    // A recruiter reply comes from a person and is about work.
    if (kind === 'recruiter_reply' && (automatedLocalPart.test(message.from.email.split('@')[0]!) || !aboutWork.test(text))) continue;
    return kind;
  }
  // A person answering in a thread about a role, with no stronger phrase: most often a recruiter's reply.
  if (/^re:/i.test(message.subject.trim()) && /\b(role|position|opening|opportunity|application|candidacy)\b/.test(text)) {
    return domainOf(message.from.email) === 'gmail.com' ? undefined : 'recruiter_reply';
  }
  return undefined;
}
