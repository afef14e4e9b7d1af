import type { gmailSignalKinds } from '../../db/schema.ts';
import { domainOf, type Mailbox } from './addresses.ts';

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
      /\b(offer letter|job offer|offer of employment|(pleased|delighted|happy|excited) to (extend|offer you)|extend (you )?an offer|(formal|verbal|written) offer|your offer (from|at|with)|offer (details|package) (for|from))\b/,
  },
  {
    kind: 'rejection',
    pattern:
      /\b(unfortunately|not (to )?(be )?mov(e|ing) forward|decided to (move forward|proceed|continue) with other|(will|won't|will not) be (progressing|proceeding|moving forward)|not been selected|were not selected|position has (been|now been) filled|regret to inform|pursue other candidates|other candidates (whose|who)|no longer (being )?considered|closing (out )?your application)\b/,
  },
  {
    kind: 'interview_invitation',
    pattern:
      /\b(invit\w* (you )?to (an? )?(interview|onsite|call|chat|conversation)|interview (invitation|request|availability|scheduling|confirmation)|schedule (an? |your |a time for (an? |your )?)?(interview|phone screen|call|chat|technical screen)|(phone|technical|recruiter) screen|book a time|availability (for|to) (an? )?(interview|call|chat)|next (step|round)s? (is|will be|in (our|the) (interview )?process)|onsite interview|video interview)\b/,
  },
  {
    kind: 'application_confirmation',
    pattern:
      /\b(thank(s| you) for (applying|your application|submitting your application|your interest in (joining|the|our))|application (has been )?(received|submitted|confirmation)|we('ve| have) (successfully )?received your application|received your application|your application (to|for|at) .{0,80}(is|was|has been) (received|submitted)|confirm(ing)? (that )?(we|you) (have )?(received|applied))\b/,
  },
  {
    kind: 'recruiter_reply',
    pattern:
      /\b(i('m| am) (a |the )?(recruiter|talent|sourcer|hiring manager)|recruit(er|ing) (at|for|with)|(came|come) across your (profile|background)|your (background|experience|profile) (caught|stood out|looks)|(would|'d) love to (chat|connect|talk|speak)|open to (a )?(chat|conversation)|thanks for (reaching out|your note|getting in touch|your message)|happy to (chat|connect|talk))\b/,
  },
];

/** Words that turn an "offer" into marketing: a discount is not a job offer. */
const marketing = /\b(\d+% off|special offer|limited[- ]time|free shipping|discount|promo(tion)? code|sale ends|deal of the|subscribe|unsubscribe|webinar|newsletter|tips for|how to ace|guide to)\b/;

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
  const text = `${message.subject}\n${message.snippet}`.toLowerCase().replace(/[’‘]/g, "'");
  if (marketing.test(text)) return undefined;
  for (const { kind, pattern } of rules) {
    if (!pattern.test(text)) continue;
    // A personal reply is only a recruiter reply when it answers a thread ("Re:") or comes from a person.
    if (kind === 'recruiter_reply' && automatedLocalPart.test(message.from.email.split('@')[0]!)) continue;
    return kind;
  }
  // A person answering in a thread about a role, with no stronger phrase: most often a recruiter's reply.
  if (/^re:/i.test(message.subject.trim()) && /\b(role|position|opening|opportunity|application|candidacy)\b/.test(text)) {
    return domainOf(message.from.email) === 'gmail.com' ? undefined : 'recruiter_reply';
  }
  return undefined;
}
