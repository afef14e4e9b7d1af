import { domainOf, type Mailbox } from './addresses.ts';
import { foldText } from '../text/fold-text.ts';

/**
 * What a service that writes for employers is: an applicant-tracking system (confirmations,
 * rejections, offers, its own interview scheduler), a scheduling tool or calendar (bookings,
 * reminders, reschedules), an assessment platform (tests, recorded video interviews), an e-signature
 * service (contracts), a background-check service (pre-employment checks), or a job board that
 * forwards applications and status updates. None of their domains says which employer is writing:
 * the display name, the local part, the subject or the snippet does.
 */
export type HiringSenderRole = 'ats' | 'scheduler' | 'calendar' | 'assessment' | 'signing' | 'checks' | 'job_board';

export interface HiringSender {
  service: string;
  role: HiringSenderRole;
  /** Domains (and their subdomains) the service sends candidate mail from. */
  domains: string[];
  /** Exact addresses, for services whose domain also sends everything else (Google Calendar). */
  addresses?: string[];
  /**
   * Hosts of the service's job pages, and where in their URL the employer's board token sits: a
   * subdomain (`acme.recruitee.com`) or the first path segment (`boards.greenhouse.io/acme`).
   */
  boards?: { host: RegExp; token: 'subdomain' | 'path' | 'query' };
  /** Local parts that are the service's own, not the employer's board token. */
  ownLocalParts?: RegExp;
  /** Mail from this address is bulk mail about jobs, never about one application (alerts, digests, marketing). */
  bulk?: RegExp;
}

const systemLocalParts = /^(no-?reply|do-?not-?reply|donotreply|notifications?|notify|mailer|messages?|jobs?|careers?|apply|candidates?|recruiting|talent|hiring|hr|team|info|support|hello|calendar|invitations?|system|dse|account)([-._+].*)?$/i;

/**
 * The services Atlas knows, by what they are and where they send from. Written from the services' own
 * documentation and sending practice. A service whose domain is one letter from an ordinary word or
 * company ("harri" and "harris", "hosco" and "cosco") is left out: every domain here is trusted, and
 * one a letter away from it is read as imitating it.
 */
export const hiringSenderRegistry: HiringSender[] = [
  // Applicant-tracking systems.
  { service: 'Greenhouse', role: 'ats', domains: ['greenhouse.io', 'greenhouse-mail.io'], boards: { host: /^(boards|job-boards)(\.eu)?\.greenhouse\.io$/, token: 'path' } },
  { service: 'Lever', role: 'ats', domains: ['lever.co', 'hire.lever.co'], boards: { host: /^jobs(\.eu)?\.lever\.co$/, token: 'path' } },
  { service: 'Ashby', role: 'ats', domains: ['ashbyhq.com', 'ashbyhq-mail.com'], boards: { host: /^jobs\.ashbyhq\.com$/, token: 'path' } },
  { service: 'Workday', role: 'ats', domains: ['myworkday.com', 'myworkdayjobs.com', 'workday.com'], boards: { host: /^[a-z0-9-]+\.wd\d+\.myworkdayjobs\.com$/, token: 'subdomain' } },
  { service: 'iCIMS', role: 'ats', domains: ['icims.com'], boards: { host: /^(careers-|jobs-)?[a-z0-9-]+\.icims\.com$/, token: 'subdomain' } },
  { service: 'SmartRecruiters', role: 'ats', domains: ['smartrecruiters.com', 'smartrecruiters.net'], boards: { host: /^(jobs|careers)\.smartrecruiters\.com$/, token: 'path' } },
  { service: 'Workable', role: 'ats', domains: ['workable.com', 'workablemail.com'], boards: { host: /^apply\.workable\.com$/, token: 'path' } },
  { service: 'Teamtailor', role: 'ats', domains: ['teamtailor.com', 'teamtailor-mail.com'], boards: { host: /^[a-z0-9-]+\.teamtailor\.com$/, token: 'subdomain' } },
  { service: 'Personio', role: 'ats', domains: ['personio.de', 'personio.com'], boards: { host: /^[a-z0-9-]+\.jobs\.personio\.(de|com)$/, token: 'subdomain' }, bulk: /^(newsletter|marketing|news|events?)@/ },
  { service: 'Recruitee', role: 'ats', domains: ['recruitee.com'], boards: { host: /^[a-z0-9-]+\.recruitee\.com$/, token: 'subdomain' } },
  { service: 'Jobvite', role: 'ats', domains: ['jobvite.com'], boards: { host: /^jobs\.jobvite\.com$/, token: 'path' } },
  { service: 'BambooHR', role: 'ats', domains: ['bamboohr.com'], boards: { host: /^[a-z0-9-]+\.bamboohr\.com$/, token: 'subdomain' } },
  { service: 'SAP SuccessFactors', role: 'ats', domains: ['successfactors.com', 'successfactors.eu', 'sapsf.com', 'sapsf.eu'], boards: { host: /successfactors\.(com|eu)$/, token: 'query' } },
  { service: 'Oracle Taleo', role: 'ats', domains: ['taleo.net'], boards: { host: /^[a-z0-9-]+\.taleo\.net$/, token: 'subdomain' } },
  { service: 'inRecruiting', role: 'ats', domains: ['inrecruiting.com'], boards: { host: /^[a-z0-9-]+\.inrecruiting\.com$/, token: 'subdomain' } },
  { service: 'Pinpoint', role: 'ats', domains: ['pinpointhq.com'], boards: { host: /^[a-z0-9-]+\.pinpointhq\.com$/, token: 'subdomain' } },
  { service: 'Breezy HR', role: 'ats', domains: ['breezy.hr', 'breezyhr.com'], boards: { host: /^[a-z0-9-]+\.breezy\.hr$/, token: 'subdomain' } },
  { service: 'JOIN', role: 'ats', domains: ['join.com'], boards: { host: /^join\.com$/, token: 'path' } },
  { service: 'Softgarden', role: 'ats', domains: ['softgarden.io', 'softgarden.de'], boards: { host: /^[a-z0-9-]+\.softgarden\.io$/, token: 'subdomain' } },
  { service: 'Rexx', role: 'ats', domains: ['rexx-systems.com'] },
  { service: 'Cornerstone', role: 'ats', domains: ['csod.com'], boards: { host: /^[a-z0-9-]+\.csod\.com$/, token: 'subdomain' } },
  { service: 'Oracle Recruiting', role: 'ats', domains: ['oraclecloud.com'] },
  { service: 'd.vinci', role: 'ats', domains: ['dvinci-easy.com'], boards: { host: /^[a-z0-9-]+\.dvinci-easy\.com$/, token: 'subdomain' } },
  { service: 'Umantis', role: 'ats', domains: ['umantis.com'] },
  { service: 'Prescreen', role: 'ats', domains: ['prescreen.io'] },
  { service: 'Concludis', role: 'ats', domains: ['concludis.de'] },
  { service: 'Talentsoft', role: 'ats', domains: ['talent-soft.com', 'talentsoft.com'] },
  { service: 'Zoho Recruit', role: 'ats', domains: ['zohorecruit.com', 'zohorecruit.eu'] },
  { service: 'JazzHR', role: 'ats', domains: ['applytojob.com', 'jazzhr.com'], boards: { host: /^[a-z0-9-]+\.applytojob\.com$/, token: 'subdomain' } },
  { service: 'Avature', role: 'ats', domains: ['avature.net'] },
  { service: 'Jobylon', role: 'ats', domains: ['jobylon.com'] },
  // The Nordic applicant-tracking systems employers in Sweden, Denmark and Norway send through.
  { service: 'Varbi', role: 'ats', domains: ['varbi.com'] },
  { service: 'ReachMee', role: 'ats', domains: ['reachmee.com'] },
  { service: 'HR Manager', role: 'ats', domains: ['hr-manager.net'] },
  { service: 'Webcruiter', role: 'ats', domains: ['webcruiter.no', 'webcruiter.com'] },
  { service: 'Emply', role: 'ats', domains: ['emply.com', 'emply.net'] },
  { service: 'onlyfy', role: 'ats', domains: ['onlyfy.jobs', 'onlyfy.com'], boards: { host: /^[a-z0-9-]+\.onlyfy\.jobs$/, token: 'subdomain' } },
  { service: 'Homerun', role: 'ats', domains: ['homerun.co'], boards: { host: /^[a-z0-9-]+\.homerun\.co$/, token: 'subdomain' } },
  { service: 'Flatchr', role: 'ats', domains: ['flatchr.io'] },
  { service: 'Taleez', role: 'ats', domains: ['taleez.com'] },
  { service: 'Altamira', role: 'ats', domains: ['altamirahrm.com'], boards: { host: /^[a-z0-9-]+\.altamirahrm\.com$/, token: 'subdomain' } },
  { service: 'Gupy', role: 'ats', domains: ['gupy.io', 'gupy.com.br'], boards: { host: /^[a-z0-9-]+\.gupy\.io$/, token: 'subdomain' }, bulk: /^(vagas|newsletter|news|conteudo|marketing)@/ },
  { service: 'Solides', role: 'ats', domains: ['solides.com.br', 'solides.jobs'], boards: { host: /^[a-z0-9-]+\.vagas\.solides\.com\.br$/, token: 'subdomain' } },
  { service: 'Recrutei', role: 'ats', domains: ['recrutei.com.br'], boards: { host: /^[a-z0-9-]+\.recrutei\.com\.br$/, token: 'subdomain' } },
  { service: 'Kenoby', role: 'ats', domains: ['kenoby.com'] },
  { service: 'Pandapé', role: 'ats', domains: ['pandape.com', 'pandape.com.br'], boards: { host: /^[a-z0-9-]+\.pandape\.com$/, token: 'subdomain' } },
  // The Polish and Czech applicant-tracking systems: eRecruiter (Poland), Teamio by LMC, the company behind Jobs.cz (Czechia).
  { service: 'eRecruiter', role: 'ats', domains: ['erecruiter.pl'], bulk: /^(newsletter|marketing|news)@/ },
  { service: 'Teamio', role: 'ats', domains: ['teamio.com', 'lmc.eu'], bulk: /^(newsletter|marketing|news|novinky)@/ },
  // Korean and Japanese applicant-tracking systems: GreetingHR and Ninehire (Korea), HERP and HRMOS (Japan).
  { service: 'GreetingHR', role: 'ats', domains: ['greetinghr.com'], bulk: /^(newsletter|news|marketing|event)@/ },
  { service: 'Ninehire', role: 'ats', domains: ['ninehire.com'], bulk: /^(newsletter|news|marketing)@/ },
  { service: 'HERP', role: 'ats', domains: ['herp.cloud', 'herp.co.jp'], bulk: /^(newsletter|news|marketing|seminar|event)@/ },
  { service: 'HRMOS', role: 'ats', domains: ['hrmos.co'], bulk: /^(newsletter|news|marketing)@/ },
  { service: 'JobAdder', role: 'ats', domains: ['jobadder.com'] },
  { service: 'Welcome to the Jungle', role: 'job_board', domains: ['welcometothejungle.com', 'wttj.co'], boards: { host: /^(www\.)?welcometothejungle\.com$/, token: 'path' } },
  // Scheduling tools and calendars.
  { service: 'Calendly', role: 'scheduler', domains: ['calendly.com'] },
  { service: 'GoodTime', role: 'scheduler', domains: ['goodtime.io'] },
  { service: 'Cronofy', role: 'scheduler', domains: ['cronofy.com'] },
  { service: 'ModernLoop', role: 'scheduler', domains: ['modernloop.io'] },
  { service: 'Prelude', role: 'scheduler', domains: ['prelude.co'] },
  { service: 'Microsoft Bookings', role: 'scheduler', domains: ['bookings.microsoft.com'] },
  { service: 'YouCanBookMe', role: 'scheduler', domains: ['youcanbook.me'] },
  { service: 'Cal.com', role: 'scheduler', domains: ['cal.com'] },
  // TimeRex, the Japanese booking tool employers send interview links and confirmations through.
  { service: 'TimeRex', role: 'scheduler', domains: ['timerex.net'] },
  // Video-meeting services mail their own reminders and registrations, for interviews and anything else.
  { service: 'Zoom', role: 'calendar', domains: ['zoom.us'] },
  { service: 'Google Calendar', role: 'calendar', domains: [], addresses: ['calendar-notification@google.com', 'calendar-noreply@google.com'] },
  // Assessment platforms.
  { service: 'HireVue', role: 'assessment', domains: ['hirevue.com', 'hirevue-app.eu'] },
  { service: 'SHL', role: 'assessment', domains: ['shl.com', 'shlonline.com'] },
  { service: 'Codility', role: 'assessment', domains: ['codility.com'] },
  { service: 'HackerRank', role: 'assessment', domains: ['hackerrank.com', 'hackerrankforwork.com'] },
  { service: 'CodeSignal', role: 'assessment', domains: ['codesignal.com'] },
  { service: 'TestGorilla', role: 'assessment', domains: ['testgorilla.com'] },
  { service: 'Talogy', role: 'assessment', domains: ['talogy.com', 'cut-e.net'] },
  { service: 'Aon Assessment', role: 'assessment', domains: ['aon.com', 'cut-e.com'] },
  { service: 'Pymetrics', role: 'assessment', domains: ['pymetrics.ai', 'pymetrics.com'] },
  { service: 'Willo', role: 'assessment', domains: ['willo.video'] },
  { service: 'Alva Labs', role: 'assessment', domains: ['alvalabs.io'] },
  { service: 'AssessFirst', role: 'assessment', domains: ['assessfirst.com'] },
  { service: 'Sonru', role: 'assessment', domains: ['sonru.com'] },
  { service: 'Ixly', role: 'assessment', domains: ['ixly.nl', 'ixly.com'] },
  { service: 'Criteria', role: 'assessment', domains: ['criteriacorp.com'] },
  { service: 'Saville Assessment', role: 'assessment', domains: ['savilleassessment.com'] },
  { service: 'Arctic Shores', role: 'assessment', domains: ['arcticshores.com'] },
  { service: 'Spark Hire', role: 'assessment', domains: ['sparkhire.com'] },
  { service: 'Wonderlic', role: 'assessment', domains: ['wonderlic.com'] },
  { service: 'Coderbyte', role: 'assessment', domains: ['coderbyte.com'] },
  { service: 'Mercer Mettl', role: 'assessment', domains: ['mettl.com'] },
  // Signing and pre-employment checks.
  { service: 'DocuSign', role: 'signing', domains: ['docusign.net', 'docusign.com'] },
  { service: 'Adobe Sign', role: 'signing', domains: ['adobesign.com', 'echosign.com'] },
  { service: 'Yousign', role: 'signing', domains: ['yousign.com', 'yousign.app'] },
  // The Nordic countries' e-signing services, through which employment contracts are sent.
  { service: 'Penneo', role: 'signing', domains: ['penneo.com'] },
  { service: 'Scrive', role: 'signing', domains: ['scrive.com'] },
  { service: 'Oneflow', role: 'signing', domains: ['oneflow.com'] },
  { service: 'TrustID', role: 'checks', domains: ['trustid.co.uk'] },
  { service: 'Checkr', role: 'checks', domains: ['checkr.com'] },
  { service: 'Sterling', role: 'checks', domains: ['sterlingcheck.com'] },
  // Reference-check services: the employer asks, through them, for the candidate's referees.
  { service: 'Refapp', role: 'checks', domains: ['refapp.se'] },
  { service: 'Xref', role: 'checks', domains: ['xref.com'] },
  { service: 'SkillSurvey', role: 'checks', domains: ['skillsurvey.com'] },
  { service: 'Checkster', role: 'checks', domains: ['checkster.com'] },
  { service: 'Crosschq', role: 'checks', domains: ['crosschq.com'] },
  { service: 'Referoo', role: 'checks', domains: ['referoo.com.au'] },
  // Job boards whose mail reports an application's steps (and whose alerts are bulk).
  { service: 'InfoJobs', role: 'job_board', domains: ['infojobs.net', 'infojobs.it'], bulk: /^(alertas?|alert|newsletter|news)@/ },
  { service: 'karriere.at', role: 'job_board', domains: ['karriere.at'], bulk: /^(jobalarm|newsletter|news)@/ },
  { service: "L'Hôtellerie Restauration", role: 'job_board', domains: ['lhotellerie-restauration.fr'] },
  { service: 'France Travail', role: 'job_board', domains: ['francetravail.fr', 'pole-emploi.fr'], bulk: /^(alertes?|offres|newsletter|actualites)@/ },
  { service: 'HelloWork', role: 'job_board', domains: ['hellowork.com', 'regionsjob.com'], bulk: /^(alertes?|newsletter)@/ },
  { service: 'APEC', role: 'job_board', domains: ['apec.fr'], bulk: /^(alertes?|newsletter)@/ },
  { service: 'jobs.ch', role: 'job_board', domains: ['jobs.ch', 'jobup.ch'], bulk: /^(jobmail|alert|newsletter)@/ },
  { service: 'Totaljobs', role: 'job_board', domains: ['totaljobs.com', 'cwjobs.co.uk'], bulk: /^(jobalerts?|alert|newsletter)/ },
  { service: 'Reed', role: 'job_board', domains: ['reed.co.uk'], bulk: /^(jobalerts?|alert|newsletter)/ },
  { service: 'IrishJobs', role: 'job_board', domains: ['irishjobs.ie', 'jobs.ie'], bulk: /^(jobalerts?|alert|newsletter)/ },
  { service: 'NHS Jobs', role: 'job_board', domains: ['jobs.nhs.uk'] },
  { service: 'Trac Jobs', role: 'job_board', domains: ['trac.jobs'] },
  { service: 'StepStone', role: 'job_board', domains: ['stepstone.de', 'stepstone.be', 'stepstone.nl', 'stepstone.fr', 'stepstone.at'], bulk: /^(jobagent|newsletter|news)/ },
  { service: 'Indeed', role: 'job_board', domains: ['indeed.com', 'indeedemail.com', 'indeed.nl', 'indeed.de', 'indeed.fr', 'indeed.es', 'indeed.it', 'indeed.co.uk', 'indeed.be', 'indeed.pt', 'indeed.ch', 'indeed.at'], bulk: /^(alert|jobalerts?|invitationtoapply|news)/ },
  { service: 'Jobillico', role: 'job_board', domains: ['jobillico.com'], bulk: /^(alertes?|alerts?|newsletter|infolettre)@/ },
  { service: 'SEEK', role: 'job_board', domains: ['seek.com.au', 'seek.co.nz'], bulk: /^(jobmail|alerts?|newsletter|news)@/ },
  { service: 'Monster', role: 'job_board', domains: ['monster.com', 'monster.de', 'monster.fr', 'monster.co.uk', 'monster.be', 'monster.nl'], bulk: /^(jobalerts?|alerts?|newsletter|news)@/ },
  { service: 'Jobat', role: 'job_board', domains: ['jobat.be'], bulk: /^(jobmail|alert|newsletter)@/ },
  { service: 'Catho', role: 'job_board', domains: ['catho.com.br'], bulk: /^(vagas|alertas?|newsletter)@/ },
  { service: 'Vagas.com', role: 'job_board', domains: ['vagas.com.br'], bulk: /^(alertas?|newsletter)@/ },
  { service: 'OCC', role: 'job_board', domains: ['occ.com.mx'], bulk: /^(alertas?|newsletter|boletin)@/ },
  { service: 'Computrabajo', role: 'job_board', domains: ['computrabajo.com', 'computrabajo.com.mx'], bulk: /^(alertas?|newsletter)@/ },
  { service: 'Bumeran', role: 'job_board', domains: ['bumeran.com', 'bumeran.com.mx'], bulk: /^(alertas?|newsletter)@/ },
  // Polish and Czech job boards that forward applications. OLX Praca is left out: OLX sends its whole marketplace's mail from one domain.
  { service: 'Pracuj.pl', role: 'job_board', domains: ['pracuj.pl'], bulk: /^(newsletter|oferty|powiadomienia-ofert|alerty?|rekomendacje|marketing)@/ },
  { service: 'Praca.pl', role: 'job_board', domains: ['praca.pl'], bulk: /^(newsletter|oferty|alerty?|marketing)@/ },
  { service: 'NoFluffJobs', role: 'job_board', domains: ['nofluffjobs.com'], bulk: /^(newsletter|alerts?|offers|marketing)@/ },
  { service: 'Just Join IT', role: 'job_board', domains: ['justjoin.it'], bulk: /^(newsletter|alerts?|offers|marketing)@/ },
  { service: 'Jobs.cz', role: 'job_board', domains: ['jobs.cz', 'prace.cz'], bulk: /^(newsletter|novinky|jobagent|agent|nabidky|marketing)@/ },
  { service: 'StartupJobs', role: 'job_board', domains: ['startupjobs.cz'], bulk: /^(newsletter|novinky|marketing)@/ },
  // Korean and Japanese job boards that forward applications and report their steps.
  { service: 'Wanted', role: 'job_board', domains: ['wanted.co.kr'], bulk: /^(newsletter|news|marketing|recommend|event)@/ },
  { service: 'Saramin', role: 'job_board', domains: ['saramin.co.kr'], bulk: /^(newsletter|news|marketing|recommend|mailing)@/ },
  { service: 'JobKorea', role: 'job_board', domains: ['jobkorea.co.kr'], bulk: /^(newsletter|news|marketing|recommend|mailing)@/ },
  { service: 'Incruit', role: 'job_board', domains: ['incruit.com'], bulk: /^(newsletter|news|marketing|mailing)@/ },
  { service: 'doda', role: 'job_board', domains: ['doda.jp'], bulk: /^(newsletter|news|info|mailmagazine)@/ },
  { service: 'Green', role: 'job_board', domains: ['green-japan.com'], bulk: /^(newsletter|news|info)@/ },
  { service: 'Wantedly', role: 'job_board', domains: ['wantedly.com'], bulk: /^(newsletter|news|info)@/ },
  { service: 'BizReach', role: 'job_board', domains: ['bizreach.jp', 'bizreach.co.jp'], bulk: /^(newsletter|news|info)@/ },
  { service: 'MyCareersFuture', role: 'job_board', domains: ['mycareersfuture.gov.sg'], bulk: /^(alerts?|newsletter|jobalerts?)@/ },
  { service: 'JobStreet', role: 'job_board', domains: ['jobstreet.com', 'jobstreet.com.sg', 'jobstreet.com.my'], bulk: /^(jobmail|alerts?|newsletter|news)@/ },
  // Greek, Romanian and Turkish job boards, and Bayt in the Gulf.
  { service: 'Kariera.gr', role: 'job_board', domains: ['kariera.gr'], bulk: /^(alerts?|newsletter|news|jobalerts?)@/ },
  { service: 'Skywalker.gr', role: 'job_board', domains: ['skywalker.gr'], bulk: /^(alerts?|newsletter|news)@/ },
  { service: 'eJobs.ro', role: 'job_board', domains: ['ejobs.ro'], bulk: /^(alerte?|alerts?|newsletter|noutati)@/ },
  { service: 'BestJobs', role: 'job_board', domains: ['bestjobs.eu'], bulk: /^(alerte?|alerts?|newsletter)@/ },
  { service: 'Hipo.ro', role: 'job_board', domains: ['hipo.ro'], bulk: /^(alerte?|newsletter)@/ },
  { service: 'Kariyer.net', role: 'job_board', domains: ['kariyer.net'], bulk: /^(ik-?bulten|bulten|newsletter|alarm|is-?alarmi|kampanya)@/ },
  { service: 'Yenibiris', role: 'job_board', domains: ['yenibiris.com'], bulk: /^(bulten|newsletter|alarm)@/ },
  { service: 'SecretCV', role: 'job_board', domains: ['secretcv.com'], bulk: /^(bulten|newsletter|alarm)@/ },
  { service: 'Eleman.net', role: 'job_board', domains: ['eleman.net'], bulk: /^(bulten|newsletter|alarm)@/ },
  { service: 'Bayt', role: 'job_board', domains: ['bayt.com'], bulk: /^(alerts?|newsletter|news)@/ },
  // India's and the Gulf's job boards, and Norway's and Finland's.
  { service: 'Naukri', role: 'job_board', domains: ['naukri.com'], bulk: /^(alerts?|naukrialerts?|jobalerts?|newsletter|news|promotions?|info)@/ },
  { service: 'Naukrigulf', role: 'job_board', domains: ['naukrigulf.com'], bulk: /^(alerts?|jobalerts?|newsletter|news|info)@/ },
  { service: 'iimjobs', role: 'job_board', domains: ['iimjobs.com'], bulk: /^(alerts?|jobalerts?|newsletter|news|digest)@/ },
  { service: 'foundit', role: 'job_board', domains: ['foundit.in', 'foundit.ae', 'foundit.sg'], bulk: /^(alerts?|jobalerts?|newsletter|news)@/ },
  { service: 'GulfTalent', role: 'job_board', domains: ['gulftalent.com'], bulk: /^(alerts?|jobalerts?|newsletter|news)@/ },
  { service: 'FINN', role: 'job_board', domains: ['finn.no'], bulk: /^(jobbvarsel|varsel|varsler|nyhetsbrev|newsletter)@/ },
  { service: 'Duunitori', role: 'job_board', domains: ['duunitori.fi'], bulk: /^(hakuvahti|vahti|uutiskirje|newsletter)@/ },
  { service: 'LinkedIn', role: 'job_board', domains: ['linkedin.com'], bulk: /^(jobalerts?-noreply|jobs-listings|news|messages-noreply|newsletters?-noreply|notifications-noreply)@/ },
];

function underDomain(domain: string, parent: string) {
  return domain === parent || domain.endsWith(`.${parent}`);
}

/** The service a sender writes for, when it is one of the registry's. */
export function hiringSenderOf(email: string): HiringSender | undefined {
  const address = email.toLowerCase();
  const domain = domainOf(address);
  return hiringSenderRegistry.find((sender) => sender.addresses?.includes(address) || sender.domains.some((parent) => underDomain(domain, parent)));
}

/** Every domain of a service that writes for many employers: never an employer's own domain. */
export const hiringSenderDomains = hiringSenderRegistry.flatMap((sender) => sender.domains);

/** The service and employer board token an application's apply URL names (`boards.greenhouse.io/acme` → acme). */
export function boardTokenOf(url: string | null): { service: string; token: string } | undefined {
  if (!url) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  const host = parsed.hostname.toLowerCase();
  for (const sender of hiringSenderRegistry) {
    if (!sender.boards || !sender.boards.host.test(host)) continue;
    let token: string | undefined;
    if (sender.boards.token === 'subdomain') token = host.split('.')[0]!.replace(/^(careers|jobs)-/, '');
    else if (sender.boards.token === 'query') token = parsed.searchParams.get('company') ?? undefined;
    else {
      const segments = parsed.pathname.split('/').filter(Boolean);
      // Welcome to the Jungle: /fr/companies/<slug>/jobs/…; others put the token first.
      const companies = segments.indexOf('companies');
      token = companies >= 0 ? segments[companies + 1] : segments.find((segment) => !/^[a-z]{2}(-[a-z]{2})?$/i.test(segment));
    }
    if (token && token.length >= 2 && !/^(www|jobs|careers|apply|boards)$/.test(token)) return { service: sender.service, token: token.toLowerCase() };
  }
  return undefined;
}

/**
 * Employer identifiers an ATS puts in its sender: the local part (`careers-acme@icims.com`,
 * `acme@myworkday.com`) or a subdomain (`acme.recruitee.com`), without the service's own words.
 */
export function senderBoardTokens(from: Mailbox): string[] {
  const sender = hiringSenderOf(from.email);
  if (!sender || sender.role === 'calendar') return [];
  const [local, domain] = [from.email.split('@')[0]!.toLowerCase(), domainOf(from.email)];
  const tokens: string[] = [];
  const fromLocal = local.replace(/^(careers|jobs|recruiting|talent|hr)[-._]/, '').replace(/[-._](careers|jobs|recruiting|talent|hr)$/, '');
  if (!systemLocalParts.test(fromLocal) && !(sender.ownLocalParts?.test(local) ?? false)) tokens.push(fromLocal);
  const parent = sender.domains.find((candidate) => underDomain(domain, candidate));
  if (parent && domain !== parent) {
    const sub = domain.slice(0, -parent.length - 1).split('.')[0]!;
    if (!/^(mail|email|e|em|us|eu|app|jobs|careers|notifications?|hire|eumail|na\d*|em\d+)$/.test(sub)) tokens.push(sub);
  }
  return tokens.filter((token) => token.length >= 2);
}

/**
 * The employer a hiring service's display name names, without the service's words: "Acme via
 * Greenhouse", "Acme Careers", "Jan Petersen (Google Calendar)", "Lena via Docusign". Null when the
 * display name is only the service.
 */
export function employerInDisplayName(from: Mailbox): string | null {
  const sender = hiringSenderOf(from.email);
  let name = (from.name ?? '').trim();
  if (!name) return null;
  const behalf = /\bon behalf of\s+(.+)$/i.exec(name);
  if (behalf) return behalf[1]!.trim();
  name = name.replace(/\s*\((google calendar|kalendarz google|kalendář google|google kalender|agenda google|calendario de google|calendly|outlook|google 캘린더|google カレンダー|calendar google|ημερολόγιο google|google takvim)\)\s*$/i, '').replace(/\s+(via|through|par|über|uber|a través de|tramite|via de)\s+.+$/i, '');
  // The service's own name, however written ("IrishJobs.ie", "Indeed Emplois", "karriere.at Job-Alarm").
  const bare = (text: string) => foldText(text).replace(/[^a-z0-9]/g, '');
  if (sender && [sender.service, ...sender.domains.map((domain) => domain.split('.')[0]!)].some((own) => bare(own).length >= 3 && bare(name).startsWith(bare(own)))) return null;
  return name || null;
}
