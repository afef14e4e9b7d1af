import type { SignalKind } from './classify.ts';
import { hiringSenderOf } from './hiring-senders.ts';
import type { StubMessage } from './test-gmail-stub.ts';

/*
 * Hand-written, not recorded: a mailbox of 200+ messages generated deterministically from templates
 * modelled on real candidate mail (ATS confirmations from Greenhouse, Lever, Ashby, Workday, iCIMS,
 * SmartRecruiters and Workable; recruiters writing from company domains; interview invitations,
 * rejections and offers) and on the mail that must not match (job alerts, newsletters, shop
 * "offers", personal mail, receipts). Every message carries the truth a test scores Atlas against.
 */

export interface FixtureApplication {
  company: string;
  title: string;
  url: string;
  domain: string;
  ats: Ats;
}

type Ats = 'greenhouse' | 'lever' | 'ashby' | 'workday' | 'icims' | 'smartrecruiters' | 'workable' | 'direct';

export interface Truth {
  kind: SignalKind | null;
  /** The pipeline application the message is about (company + title), when it is about one. */
  application?: { company: string; title: string };
  /** Older than the 90-day window: a first sync must not read it. */
  outsideWindow?: boolean;
}

export interface FixtureMessage extends StubMessage {
  truth: Truth;
}

/**
 * Whether a sync should keep a fixture message: job mail about a pipeline application, and job mail
 * about a role not in the pipeline that an employer's ATS or its own careers inbox sent (kept for
 * review with the employer's name; never an offer from an inbox, the scam's form).
 */
export function keptBySync(message: FixtureMessage) {
  if (!message.truth.kind || message.truth.outsideWindow) return false;
  if (message.truth.application) return true;
  const address = (message.headers.find((header) => header.name === 'From')?.value ?? '').replace(/^.*</, '').replace(/>.*$/, '');
  if (hiringSenderOf(address)?.role === 'ats') return true;
  return message.truth.kind !== 'offer' && /^careers@/.test(address);
}

export const fixtureApplications: FixtureApplication[] = [
  { company: 'Northwind Robotics', title: 'Senior Backend Engineer', url: 'https://boards.greenhouse.io/northwindrobotics/jobs/4012', domain: 'northwindrobotics.com', ats: 'greenhouse' },
  { company: 'Lumen Health', title: 'Staff Software Engineer', url: 'https://jobs.lever.co/lumenhealth/3f1c', domain: 'lumenhealth.io', ats: 'lever' },
  { company: 'Quillstone', title: 'Product Engineer', url: 'https://jobs.ashbyhq.com/quillstone/77a0', domain: 'quillstone.com', ats: 'ashby' },
  { company: 'Harbor & Pine', title: 'Data Engineer', url: 'https://harborpine.wd1.myworkdayjobs.com/careers/job/123', domain: 'harborpine.com', ats: 'workday' },
  { company: 'Brightwave Energy', title: 'Platform Engineer', url: 'https://careers-brightwave.icims.com/jobs/5521', domain: 'brightwave.energy', ats: 'icims' },
  { company: 'Cobalt Analytics', title: 'Machine Learning Engineer', url: 'https://jobs.smartrecruiters.com/CobaltAnalytics/7431', domain: 'cobaltanalytics.com', ats: 'smartrecruiters' },
  { company: 'Fernhill Games', title: 'Gameplay Programmer', url: 'https://apply.workable.com/fernhill-games/j/AB12', domain: 'fernhill.gg', ats: 'workable' },
  { company: 'Orbital Foods', title: 'Backend Engineer', url: 'https://boards.greenhouse.io/orbitalfoods/jobs/881', domain: 'orbitalfoods.com', ats: 'greenhouse' },
  { company: 'Orbital Foods', title: 'Engineering Manager', url: 'https://boards.greenhouse.io/orbitalfoods/jobs/902', domain: 'orbitalfoods.com', ats: 'greenhouse' },
  { company: 'Tessellate', title: 'Frontend Engineer', url: 'https://tessellate.ai/careers/frontend-engineer', domain: 'tessellate.ai', ats: 'direct' },
  { company: 'Meridian Bank', title: 'Software Engineer II', url: 'https://meridianbank.wd5.myworkdayjobs.com/ext/job/991', domain: 'meridianbank.com', ats: 'workday' },
  { company: 'Saltmarsh Labs', title: 'Site Reliability Engineer', url: 'https://jobs.lever.co/saltmarsh/12ab', domain: 'saltmarshlabs.com', ats: 'lever' },
];

/** Companies that write to the user but are not in the pipeline: their mail is job mail, and still not stored. */
const outsiders: FixtureApplication[] = [
  { company: 'Zephyr Logistics', title: 'Backend Developer', url: '', domain: 'zephyrlogistics.com', ats: 'greenhouse' },
  { company: 'Kestrel Media', title: 'Full Stack Engineer', url: '', domain: 'kestrelmedia.co.uk', ats: 'lever' },
  { company: 'Pinecone Dental', title: 'IT Support Engineer', url: '', domain: 'pineconedental.com', ats: 'direct' },
];

const recruiters = [
  ['Maya', 'Okafor'],
  ['Daniel', 'Berg'],
  ['Priya', 'Raman'],
  ['Tom', 'Hollis'],
  ['Ines', 'Carvalho'],
  ['Kenji', 'Watanabe'],
  ['Sara', 'Lindqvist'],
  ['Omar', 'Haddad'],
];

function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = state;
    value = Math.imul(value ^ (value >>> 15), value | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
}

const slug = (company: string) => company.toLowerCase().replace(/&/g, '').replace(/[^a-z0-9]+/g, '');

function atsSender(application: FixtureApplication) {
  const { company } = application;
  switch (application.ats) {
    case 'greenhouse':
      return `"${company} Hiring Team" <no-reply@us.greenhouse-mail.io>`;
    case 'lever':
      return `"${company}" <no-reply@hire.lever.co>`;
    case 'ashby':
      return `"${company} Recruiting" <no-reply@ashbyhq.com>`;
    case 'workday':
      return `"${company} Careers" <${slug(company)}@myworkday.com>`;
    case 'icims':
      return `"${company} Talent Acquisition" <${slug(company)}-talent@icims.com>`;
    case 'smartrecruiters':
      return `"${company}" <noreply@smartrecruiters.com>`;
    case 'workable':
      return `"${company}" <noreply@candidates.workablemail.com>`;
    case 'direct':
      return `"${company} Careers" <careers@${application.domain}>`;
  }
}

function personSender(application: FixtureApplication, person: string[]) {
  const [first, last] = person as [string, string];
  return `"${first} ${last}" <${first.toLowerCase()}.${last.toLowerCase()}@${application.domain}>`;
}

type Template = (a: FixtureApplication, first: string) => { subject: string; snippet: string };

const confirmations: Template[] = [
  (a) => ({ subject: `Thank you for applying to ${a.company}`, snippet: `Hi, thank you for your interest in ${a.company}! We have received your application for the ${a.title} role and our team will review it shortly.` }),
  (a) => ({ subject: `Your application to ${a.company}`, snippet: `Thanks for applying for ${a.title}. This email confirms we've received your application. If your experience is a match, someone from our recruiting team will reach out.` }),
  (a) => ({ subject: `${a.company}: Application received - ${a.title}`, snippet: `We're excited you applied! Your application has been received and is being reviewed by the hiring team.` }),
  (a) => ({ subject: `We've received your application for ${a.title}`, snippet: `Dear candidate, thank you for submitting your application to ${a.company}. You can track its status in your candidate home.` }),
  (a) => ({ subject: `Application confirmation: ${a.title}`, snippet: `Thank you for your application to ${a.company}. Due to the volume of applications we may not be able to respond to everyone individually.` }),
];

const interviews: Template[] = [
  (a) => ({ subject: `Interview invitation: ${a.title} at ${a.company}`, snippet: `Hi! We'd like to invite you to an interview for the ${a.title} position. Please use the link below to book a time that suits you.` }),
  (a) => ({ subject: `Next steps with ${a.company}`, snippet: `Thanks for your time so far. The next step in our process is a 45-minute technical screen with one of our engineers. Could you send me your availability for next week?` }),
  (a) => ({ subject: `${a.company} - let's schedule your phone screen`, snippet: `Great news: the team reviewed your application for ${a.title} and would like to schedule a phone screen. Pick a slot here.` }),
  (a) => ({ subject: `Re: ${a.title} role`, snippet: `Thanks for getting back to me. I'd love to invite you to a video interview with our hiring manager. Does Thursday at 3pm work?` }),
  (a) => ({ subject: `Onsite interview for ${a.title}`, snippet: `We're happy to move you forward to the onsite interview loop. You'll meet four members of the ${a.company} team.` }),
];

const rejections: Template[] = [
  (a) => ({ subject: `Your application to ${a.company}`, snippet: `Thank you for your interest in the ${a.title} role. Unfortunately, we have decided to move forward with other candidates whose experience more closely matches our needs.` }),
  (a) => ({ subject: `Update on your ${a.title} application`, snippet: `After careful consideration, we regret to inform you that we will not be moving forward with your application at this time. We wish you the best in your search.` }),
  (a) => ({ subject: `${a.company} application status`, snippet: `Thanks for taking the time to apply. The position has been filled, and we will be closing your application. We encourage you to apply for future openings.` }),
  (a) => ({ subject: `Regarding your application for ${a.title}`, snippet: `We appreciate your interest in ${a.company}. You have not been selected to continue in the process for this role.` }),
];

const offers: Template[] = [
  (a) => ({ subject: `Offer letter - ${a.title}`, snippet: `Congratulations! We are delighted to extend you an offer to join ${a.company} as ${a.title}. Please find your offer letter attached.` }),
  (a) => ({ subject: `Your offer from ${a.company}`, snippet: `Hi, as discussed on our call, I'm pleased to extend a formal offer for the ${a.title} position. Let me know when you have time to go over the details.` }),
  (a) => ({ subject: `Great news from ${a.company}`, snippet: `The team loved meeting you and we are excited to offer you the ${a.title} role! Your written offer with compensation details will follow today.` }),
];

const recruiterReplies: Template[] = [
  (a, first) => ({ subject: `Re: ${a.title} at ${a.company}`, snippet: `Hi, thanks for reaching out! I'm the recruiter for this role and would love to chat. -- ${first}` }),
  (a) => ({ subject: `${a.title} opportunity at ${a.company}`, snippet: `I came across your profile and your background in distributed systems stood out. Would you be open to a chat about the ${a.title} role?` }),
  (a, first) => ({ subject: `Re: Quick question about the ${a.title} position`, snippet: `Good question: the position is hybrid, two days a week in the office. Happy to talk through anything else. Best, ${first}` }),
  (a) => ({ subject: `Re: Following up on my application`, snippet: `Thanks for your note. Your application is with the hiring manager now and I expect to have an update for you by Friday.` }),
];

interface NegativeTemplate {
  from: string;
  subject: string;
  snippet: string;
  labels: string[];
  /** Some look like job mail to a careless reader; the truth says they are not. */
}

const negatives: NegativeTemplate[] = [
  { from: '"LinkedIn Job Alerts" <jobalerts-noreply@linkedin.com>', subject: '30+ new jobs for "Backend Engineer" in London', snippet: 'Northwind Robotics, Orbital Foods and 28 others are hiring. Apply now to be among the first applicants.', labels: ['INBOX', 'CATEGORY_UPDATES'] },
  { from: '"Indeed" <alert@indeed.com>', subject: 'Senior Backend Engineer jobs near you', snippet: 'New jobs matching your search: Senior Backend Engineer at Lumen Health, Data Engineer at Harbor & Pine. Easily apply.', labels: ['INBOX', 'CATEGORY_UPDATES'] },
  { from: '"Glassdoor" <noreply@mail.glassdoor.com>', subject: 'Interview tips: how to answer "tell me about yourself"', snippet: 'Prepare for your next interview with these questions real candidates were asked at top companies.', labels: ['INBOX', 'CATEGORY_PROMOTIONS'] },
  { from: '"The Pragmatic Engineer" <pragmaticengineer@substack.com>', subject: 'The state of tech hiring in 2026', snippet: 'Offers are down, interview loops are longer, and rejections come faster. Here is what the data says.', labels: ['INBOX', 'CATEGORY_UPDATES'] },
  { from: '"Outdoor Gear Co" <deals@outdoorgear.example>', subject: 'Special offer: 30% off tents this weekend', snippet: 'Our biggest sale of the season. Offer ends Sunday. Free shipping on orders over $50.', labels: ['INBOX', 'CATEGORY_PROMOTIONS'] },
  { from: '"Mum" <margaret.h@gmail.com>', subject: 'Sunday lunch?', snippet: 'Are you coming on Sunday? Dad is making the lamb. Let me know by Friday so I can get enough.', labels: ['INBOX'] },
  { from: '"Jamie Patel" <jamie.patel@gmail.com>', subject: 'Re: offer on the flat', snippet: 'The agent said the sellers accepted our offer! Can you send me the mortgage documents tonight?', labels: ['INBOX'] },
  { from: '"GitHub" <notifications@github.com>', subject: '[atlas/atlas] Fix flaky sync test (#412)', snippet: 'merged this pull request. The interview scheduler tests no longer depend on the clock.', labels: ['INBOX', 'CATEGORY_UPDATES'] },
  { from: '"Northwind Robotics" <news@northwindrobotics.com>', subject: 'Northwind Robotics newsletter: meet our new warehouse robot', snippet: 'This quarter we shipped Atlas 2, opened an office in Leeds and welcomed 40 new colleagues. Read the full story.', labels: ['INBOX', 'CATEGORY_PROMOTIONS'] },
  { from: '"Monzo" <help@monzo.com>', subject: 'Your statement is ready', snippet: 'Your monthly statement for your current account is now available in the app.', labels: ['INBOX', 'CATEGORY_UPDATES'] },
  { from: '"Trainline" <auto-confirm@info.thetrainline.com>', subject: 'Your booking confirmation', snippet: 'Thanks for booking with Trainline. Your e-tickets for London Kings Cross to York are attached.', labels: ['INBOX', 'CATEGORY_UPDATES'] },
  { from: '"Alex Chen" <alex.chen@gmail.com>', subject: 'Re: interview practice?', snippet: 'Happy to do a mock interview with you on Wednesday evening. Bring your system design questions.', labels: ['INBOX'] },
  { from: '"Coursera" <no-reply@m.learn.coursera.org>', subject: 'Congratulations on completing Machine Learning', snippet: 'You have earned a certificate. Share it with your network and on your CV.', labels: ['INBOX', 'CATEGORY_PROMOTIONS'] },
  { from: '"Local Library" <noreply@library.example.gov>', subject: 'Your application for a library card', snippet: 'Your library card is ready to collect from the front desk with proof of address.', labels: ['INBOX'] },
  { from: '"Wellfound" <team@wellfound.com>', subject: 'Startups are hiring engineers like you', snippet: 'Quillstone and 12 other startups viewed your profile this week. Update your profile to stand out.', labels: ['INBOX', 'CATEGORY_UPDATES'] },
  { from: '"Landlord" <r.fisher@fisherlettings.co.uk>', subject: 'Boiler service next Tuesday', snippet: 'The engineer will come between 8 and 12. Please make sure someone is in.', labels: ['INBOX'] },
  { from: '"Amazon.co.uk" <shipment-tracking@amazon.co.uk>', subject: 'Your parcel is on its way', snippet: 'Your order of "Designing Data-Intensive Applications" has been dispatched.', labels: ['INBOX', 'CATEGORY_UPDATES'] },
  { from: '"Running Club" <secretary@harrierrunners.org>', subject: 'Saturday parkrun and social', snippet: 'We are meeting at the gate at 8:45. Coffee afterwards at the usual place.', labels: ['INBOX'] },
  { from: '"Lumen Health" <marketing@lumenhealth.io>', subject: 'Webinar: the future of remote care', snippet: 'Join our product team for a live demo and Q&A. Register now, spaces are limited.', labels: ['INBOX', 'CATEGORY_PROMOTIONS'] },
  { from: '"Sam" <sam.okoro@outlook.com>', subject: 'Congrats on the new role!', snippet: 'Heard from Priya that you have been interviewing a lot. Fingers crossed, let us celebrate when you hear back.', labels: ['INBOX'] },
];

/**
 * The fixture mailbox: for each pipeline application a thread of realistic candidate mail, mail from
 * companies not in the pipeline, sent mail, and a long tail of mail that must not match.
 */
export function buildFixtureMailbox(options: { userEmail: string; now: Date }): FixtureMessage[] {
  const next = random(20260417);
  const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)]!;
  const messages: FixtureMessage[] = [];
  const dayMs = 24 * 60 * 60 * 1000;
  let sequence = 0;
  const { userEmail, now } = options;

  function add(message: { from: string; subject: string; snippet: string; labels: string[]; daysAgo: number; threadId?: string; to?: string; truth: Truth }) {
    sequence += 1;
    const date = new Date(now.getTime() - message.daysAgo * dayMs);
    // As Gmail writes ids: the arrival time in milliseconds above 20 bits that tell messages apart.
    const id = ((BigInt(Math.round(date.getTime())) << 20n) | BigInt(sequence)).toString(16).padStart(16, '0');
    messages.push({
      id,
      threadId: message.threadId ?? id,
      labelIds: message.labels,
      snippet: message.snippet,
      internalDate: date.getTime(),
      headers: [
        { name: 'Delivered-To', value: userEmail },
        { name: 'From', value: message.from },
        { name: 'To', value: message.to ?? userEmail },
        { name: 'Subject', value: message.subject },
        { name: 'Date', value: date.toUTCString().replace('GMT', '+0000') },
        { name: 'Message-ID', value: `<${id}@mail.example>` },
        { name: 'List-Unsubscribe', value: '<mailto:unsubscribe@example.invalid>' },
      ],
      truth: message.truth,
    });
    return id;
  }

  const threadsPerApplication = [...fixtureApplications, ...fixtureApplications];
  for (const [index, application] of threadsPerApplication.entries()) {
    const inPipeline = { company: application.company, title: application.title };
    const person = pick(recruiters);
    const start = 10 + Math.floor(next() * 70);
    const second = index >= fixtureApplications.length;
    const confirmation = pick(confirmations)(application, person[0]!);
    // Second pass: a recruiter conversation and an outcome, so each application sees several kinds.
    if (!second) {
      add({ from: atsSender(application), ...confirmation, labels: ['INBOX', 'CATEGORY_UPDATES'], daysAgo: start, truth: { kind: 'application_confirmation', application: inPipeline } });
      const invite = pick(interviews)(application, person[0]!);
      add({ from: next() < 0.5 ? personSender(application, person) : atsSender(application), ...invite, labels: ['INBOX', 'IMPORTANT'], daysAgo: start - 4, truth: { kind: 'interview_invitation', application: inPipeline } });
      continue;
    }
    const reply = pick(recruiterReplies)(application, person[0]!);
    add({ from: personSender(application, person), ...reply, labels: ['INBOX', 'IMPORTANT'], daysAgo: start, truth: { kind: 'recruiter_reply', application: inPipeline } });
    const outcome = next();
    if (outcome < 0.45) {
      add({ from: atsSender(application), ...pick(rejections)(application, person[0]!), labels: ['INBOX', 'CATEGORY_UPDATES'], daysAgo: start - 6, truth: { kind: 'rejection', application: inPipeline } });
    } else if (outcome < 0.7) {
      add({ from: personSender(application, person), ...pick(offers)(application, person[0]!), labels: ['INBOX', 'IMPORTANT'], daysAgo: Math.max(1, start - 9), truth: { kind: 'offer', application: inPipeline } });
    } else {
      add({ from: personSender(application, person), ...pick(interviews)(application, person[0]!), labels: ['INBOX', 'IMPORTANT'], daysAgo: Math.max(1, start - 3), truth: { kind: 'interview_invitation', application: inPipeline } });
    }
  }

  // Every template once for one application each, so every phrasing is scored.
  const everyTemplate: [SignalKind, Template[]][] = [
    ['application_confirmation', confirmations],
    ['interview_invitation', interviews],
    ['rejection', rejections],
    ['offer', offers],
    ['recruiter_reply', recruiterReplies],
  ];
  for (const [kind, templates] of everyTemplate) {
    for (const [index, template] of templates.entries()) {
      const application = fixtureApplications[(index * 5 + kind.length) % fixtureApplications.length]!;
      const person = recruiters[index % recruiters.length]!;
      const fromPerson = kind === 'recruiter_reply' || kind === 'offer';
      add({
        from: fromPerson ? personSender(application, person) : atsSender(application),
        ...template(application, person[0]!),
        labels: ['INBOX'],
        daysAgo: 2 + index * 3,
        truth: { kind, application: { company: application.company, title: application.title } },
      });
    }
  }

  // Job mail from companies the user never saved: real signals, but about nothing in the pipeline.
  for (const outsider of outsiders) {
    add({ from: atsSender(outsider), ...pick(confirmations)(outsider, 'Alex'), labels: ['INBOX', 'CATEGORY_UPDATES'], daysAgo: 5 + Math.floor(next() * 40), truth: { kind: 'application_confirmation' } });
    add({ from: personSender(outsider, pick(recruiters)), ...pick(rejections)(outsider, 'Alex'), labels: ['INBOX'], daysAgo: 3 + Math.floor(next() * 20), truth: { kind: 'rejection' } });
  }

  // Older than the window: a first sync stops before these.
  for (const application of fixtureApplications.slice(0, 4)) {
    add({ from: atsSender(application), ...confirmations[0]!(application, 'Alex'), labels: ['INBOX'], daysAgo: 120 + Math.floor(next() * 60), truth: { kind: 'application_confirmation', application: { company: application.company, title: application.title }, outsideWindow: true } });
  }

  // The user's own sent mail: never a signal by itself.
  for (let index = 0; index < 10; index++) {
    const application = pick(fixtureApplications);
    add({
      from: `"Alex Morgan" <${userEmail}>`,
      to: `talent@${application.domain}`,
      subject: `Question about the ${application.title} interview`,
      snippet: 'Hi, thanks again for the invitation to interview. Could you tell me who I will be meeting?',
      labels: ['SENT'],
      daysAgo: 1 + Math.floor(next() * 60),
      truth: { kind: null },
    });
  }

  // The long tail: about two thirds of a real inbox is neither job mail nor personal mail about jobs.
  while (messages.length < 215) {
    const template = pick(negatives);
    add({ from: template.from, subject: template.subject, snippet: template.snippet, labels: template.labels, daysAgo: 1 + Math.floor(next() * 85), truth: { kind: null } });
  }
  return messages;
}
