import type { gmailSignalKinds } from '../../db/schema.ts';
import { domainOf, type Mailbox } from './addresses.ts';
import { foldMailText, multilingualKind } from './job-mail-phrases.ts';
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
    kind: 'interview_invitation',
    pattern:
      /\b(invit\w* (you )?to (an? )?(interview|onsite|call|chat|conversation|assessment)|invitation(: | to )(\w+ ){0,2}interview|interview (invitation|request|availability|scheduling|confirmation)|(schedule|book|arrange|set up)( an?| your| a time for( an?| your)?)?( \w+)? (interview|phone screen|call|chat|technical screen|video call)|(phone|technical|recruiter) screen|book a time|availab\w* (for|to) (an? )?(\w+ )?(interview|call|chat)|next (step|stage|round)s? (is|will be|in (our|the) (interview )?process|:)|move you to the next (stage|step|round)|final round|(onsite|video|pairing|system design|technical) interview|take-home|coding (exercise|challenge)|assessment (day|centre|center))\b/,
  },
  {
    kind: 'application_confirmation',
    pattern:
      /\b(thank(s| you) for (applying|your application|submitting your application|your interest in)|application (has been )?(received|submitted|confirmation)|confirmation of your application|we('ve| have) (successfully )?(received|got) your application|received your application|we have your application|your application (is in|is with us|reached us)|your application (to|for|at) .{0,80}(is|was|has been) (received|submitted)|confirm(s|ing)? (that )?(we|you|your application) (have )?(received|applied|reached))\b/,
  },
  {
    kind: 'recruiter_reply',
    pattern:
      /\b(i('m| am) (a |the )?(\w+ )?(recruiter|sourcer|talent partner|hiring manager)|i (lead|run|head) (recruiting|talent|hiring)|i work (in|on) (talent|recruiting|hiring)|recruit(er|ing) (at|for|with)|(came|come) across your (profile|background)|your (background|experience|profile) (caught|stood out|looks)|caught my eye|great fit for|interested in hearing about|(would|'d) love to (chat|connect|talk|speak)|open to (a )?(chat|conversation)|thanks for (reaching out|your note|getting in touch|your message|following up|asking)|happy to (chat|connect|talk)|great to hear from you)\b/,
  },
];

/** Words that turn an "offer" into marketing: a discount is not a job offer. */
const marketing = /\b(\d+% off|save \d+%|special offer|offer just for you|limited[- ]time|free shipping|discount code|promo(tion)? code|sale ends|deal of the|subscribe|unsubscribe|webinar|newsletter|tips for|how to (ace|negotiate|answer)|guide to|scams?)\b/;

/** Applications and appointments that are not for a job: a loan, a card, a parcel, a school or a dentist. */
const notAJob = /\b(credit card|loan|mortgage|overdraft|council tax|single person discount|tenancy|visa|passport|library card|insurance|parcel|deliver(y|ed)?|your order|booking|reservation|subscription|dentist|doctor|parents?' evening|parent interviews?|tax return|self-assessment)\b/;

/** A recruiter reply talks about work; without one of these words "thanks for reaching out" is just mail. */
const aboutWork = /\b(role|position|opening|opportunit\w*|team|hiring|recruit\w*|talent|salary|equity|application|candidate|interview|engineer\w*|developer|job|offer|contract|remote)\b/;

/**
 * Classifies a message from its headers and snippet alone (never a body): which of the five job
 * signals it is, or undefined when it is not one. Stronger signals win when several phrases appear:
 * a rejection often thanks the candidate for applying, an invitation often confirms the application.
 */
export function classifyMessage(message: ClassifiableMessage): SignalKind | undefined {
  if (message.labelIds.some((label) => label === 'SENT' || label === 'DRAFT' || label === 'SPAM' || label === 'CATEGORY_PROMOTIONS')) {
    return undefined;
  }
  if (digestSenders.some((pattern) => pattern.test(message.from.email))) return undefined;
  const text = `${message.subject}\n${message.snippet}`.toLowerCase().replace(/[’‘]/g, "'").replace(/&#39;/g, "'");
  if (marketing.test(text) || notAJob.test(text)) return undefined;
  const english = englishKind(message, text);
  const folded = foldMailText(`${message.from.name ?? ''}\n${text}`);
  // Phrases in other languages count only where the mail is about a hiring process: "entrevista" is
  // also what a journalist asks for, "Absage" what an event organiser sends.
  const fromHiringSystem = hiringSenders.some((domain) => underDomain(domainOf(message.from.email), domain));
  const other = fromHiringSystem || hiringContext.test(folded) ? multilingualKind(folded) : undefined;
  if (english === 'rejection' || other === 'rejection') return 'rejection';
  // "The process is delayed", "no decision yet": the employer writing, with no step to record.
  if (other === 'delay') return english === 'offer' || english === 'interview_invitation' ? english : 'recruiter_reply';
  // Otherwise the stronger reading wins: "thanks for applying! Could we have a first video call?" is an invitation.
  const strength = (kind: SignalKind | undefined) => (kind ? strongestFirst.length - strongestFirst.indexOf(kind) : 0);
  return strength(other) > strength(english) ? other : english;
}

const strongestFirst: SignalKind[] = ['rejection', 'offer', 'interview_invitation', 'application_confirmation', 'recruiter_reply'];

/** Applicant-tracking, scheduling, assessment and e-signature systems that write for employers. */
const hiringSenders = [...atsDomains, 'successfactors.eu', 'inrecruiting.com', 'personio.com', 'personio.de', 'calendly.com', 'goodtime.io', 'shl.com', 'hirevue.com', 'codility.com', 'hackerrank.com', 'testgorilla.com', 'welcometothejungle.com', 'infojobs.net', 'jobs.nhs.uk', 'trac.jobs', 'docusign.net'];

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
