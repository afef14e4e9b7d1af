import type { gmailSignalKinds } from '../../db/schema.ts';
import { domainOf, isPersonalMailAddress, type Mailbox } from './addresses.ts';
import { foldMailText, multilingualKind, schedulingOrInvitation } from './job-mail-phrases.ts';
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
  /@(e\.)?indeed\.com$/,
  /@(mail\.)?glassdoor\.com$/,
  /@ziprecruiter\.com$/,
  /@(substack|medium|mailchimpapp)\.com$/,
  /@wellfound\.com$/,
];

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
      /\b(regret to inform|sorry to (share|say|tell you|inform)|not (to )?(be )?mov(e|ing) (forward|ahead)|won't be moving forward|decided (not )?to (move forward|proceed|continue|go) with (other|another)|decided not to (proceed|progress|move (forward|ahead))|(will|won't|will not) be (progressing|proceeding|moving forward|taking)|not be (taking|progressing|moving) .{0,40}(further|forward)|(went|gone|proceed\w*|pursue|continue) with (another|other) candidates?|not been (selected|successful)|were not selected|has not been successful|position has (now )?been filled|no longer (being )?considered|closing (out )?your application|unable to offer you)\b/,
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
      /\b(still (reviewing|considering|assessing)|(is|are|remains?) still (under review|being (reviewed|considered))|no decision (yet|has been)|taking (a little )?longer than|(process|decision|shortlisting) (is|has been|will be) (delayed|slower)|behind (with|on) (shortlisting|interviews|the process)|haven't forgotten (about )?you|(an|any) update (for you )?by (the end of|next))\b/,
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
 * Applications and appointments that are not for a job: a loan, a card, a parcel, a school or a
 * dentist, a place to study, a volunteering role. Read on folded text, in the seven languages.
 */
const notAJob = /\b(credit card|loan|mortgage|overdraft|council tax|single person discount|tenancy|visa|passport|library card|insurance|parcel|deliver(y|ed)?|your order|booking|reservation|subscription|dentist|doctor|parents?' evening|parent interviews?|tax return|self-assessment|volunteer\w*|ehrenamt\w*|benevol\w*|voluntariado|volontariato|vrijwillig\w*|admissions?|enrol?ment|studienplatz\w*|studiengang|zulassung|inscription (universitaire|en master|en licence)|matricula|iscrizione al (corso|master)|master'?s? (programme|program|degree) application)\b/;

/** A recruiter reply talks about work; without one of these words "thanks for reaching out" is just mail. */
const aboutWork = /\b(role|position|opening|opportunit\w*|team|hiring|recruit\w*|talent|salary|equity|application|candidate|interview|engineer\w*|developer|job|offer|contract|remote)\b/;

/**
 * Classifies a message from its headers and snippet alone (never a body): which job signal it is, or undefined when it is not one. Stronger signals win when several phrases appear:
 * a rejection often thanks the candidate for applying, an invitation often confirms the application.
 */
export function classifyMessage(message: ClassifiableMessage, context: { fromEmployer?: boolean } = {}): SignalKind | undefined {
  if (message.labelIds.some((label) => label === 'SENT' || label === 'DRAFT' || label === 'SPAM' || label === 'CATEGORY_PROMOTIONS')) {
    return undefined;
  }
  if (digestSenders.some((pattern) => pattern.test(message.from.email))) return undefined;
  const text = `${message.subject}\n${message.snippet}`.toLowerCase().replace(/[’‘]/g, "'").replace(/&#39;/g, "'");
  if (marketing.test(text) || notAJob.test(foldMailText(text))) return undefined;
  const english = englishKind(message, text);
  const folded = foldMailText(`${message.from.name ?? ''}\n${text}`);
  // Phrases in other languages count only where the mail is about a hiring process: "entrevista" is
  // also what a journalist asks for, "Absage" what an event organiser sends. Mail from an employer
  // the user applied to (its thread, its people, its domain) is about that hiring; a friend's
  // "wie lief das Gespräch?" from a personal address is not, whatever words it uses.
  const fromHiringSystem = hiringSenders.some((domain) => underDomain(domainOf(message.from.email), domain));
  const aboutHiring = context.fromEmployer || fromHiringSystem || (!isPersonalMailAddress(message.from.email) && hiringContext.test(folded));
  const other = aboutHiring ? multilingualKind(folded) : undefined;
  if (english === 'position_closed' || other === 'position_closed') return 'position_closed';
  if (english === 'rejection' || other === 'rejection') return 'rejection';
  // Otherwise the stronger reading wins: "thanks for applying! Could we have a first video call?" is an invitation.
  const strength = (kind: SignalKind | undefined) => (kind ? strongestFirst.length - strongestFirst.indexOf(kind) : 0);
  const kind = strength(other) > strength(english) ? other : english;
  // An interview mail is an invitation unless it confirms, moves or reminds of a booked one.
  return kind === 'interview_invitation' || kind === 'interview_scheduling' ? schedulingOrInvitation(folded) : kind;
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

/** Words of a hiring process in the seven languages, on folded text. */
const hiringContext =
  /(?<![\p{L}\p{N}])(application|applying|candida\w*|position|role|vacanc\w*|interview|recruit\w*|hiring|talent|job|bewerbung\w*|bewerber\w*|stelle|position|auswahlverfahren|personal\w*|poste|recrutement|embauche|emploi|puesto|solicitud|seleccion|oferta|proceso|vacante|posizione|selezione|assunzione|funcao|vaga|recrutamento|processo|sollicit\w*|vacature|functie|werving)(?![\p{L}\p{N}])/u;

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
