import { describe, expect, it } from 'vitest';
import { hiringSenders } from './classify.ts';
import { imitatedSender, offerScam, scamRequest } from './imitated-sender.ts';
import { jobSiteDomains, type ApplicationCandidate } from './match.ts';

const applications: ApplicationCandidate[] = [
  { id: 'a1', company: 'Northwind Robotics', title: 'Backend Engineer', url: 'https://careers.northwind.com/jobs/12' },
  { id: 'a2', company: 'Meridian Private Hospitals', title: 'Theatre Nurse', url: 'https://meridianhealth.wd3.myworkdayjobs.com/en-GB/Careers/job/1' },
  { id: 'a3', company: 'Kranich Mobility', title: 'Go Developer', url: 'https://job-boards.eu.greenhouse.io/kranichmobility/jobs/4471' },
];
const context = { applications, trustedDomains: [...hiringSenders, 'meridianhealth.co.uk'], jobSites: jobSiteDomains };
const check = (email: string, name: string | null = null) => imitatedSender({ name, email }, context);

describe('imitatedSender', () => {
  it('flags lookalikes of trusted domains: digits for letters, another alphabet, a letter too many or too few', () => {
    expect(check('hr@n0rthwind.com')).toMatch(/imitates northwind\.com/);
    expect(check('talent@meridianhea1th.co.uk')).toMatch(/imitates meridianhealth\.co\.uk/);
    expect(check('no-reply@greenhouse-rnail.io')).toMatch(/imitates greenhouse-mail\.io/);
    expect(check('jobs@nortwind.com')).toMatch(/imitates northwind\.com/);
    expect(check('jobs@xn--nrthwind-zdg.com')).not.toBeNull();
  });

  it("flags a trusted domain inside a foreign one, and a company's name wrapped in hiring words off its own domain", () => {
    expect(check('apply@greenhouse.io.apply-portal.net')).toMatch(/carries greenhouse\.io/);
    expect(check('careers@northwind-careers.help')).toMatch(/wraps Northwind Robotics/);
    expect(check('onboarding@mer1dianhealth-jobs.com')).not.toBeNull();
  });

  it('flags a known employer domain dressed in the Nordic and Finnish words for hiring', () => {
    const nordic = { ...context, trustedDomains: [...context.trustedDomains, 'regionsyd.dk', 'vardgruppen.se', 'lansirannikko.fi'] };
    expect(imitatedSender({ name: 'Region Syd – HR', email: 'hr@regionsyd-ansaettelse.com' }, nordic)).toMatch(/imitates regionsyd\.dk/);
    expect(imitatedSender({ name: 'Vårdgruppen', email: 'jobb@vardgruppen-rekrytering.se' }, nordic)).toMatch(/imitates vardgruppen\.se/);
    expect(imitatedSender({ name: 'Länsirannikko', email: 'rekry@lansirannikko-rekrytointi.com' }, nordic)).toMatch(/imitates lansirannikko\.fi/);
    expect(imitatedSender({ name: 'Mette Holm', email: 'mette.holm@regionsyd.dk' }, nordic)).toBeNull();
  });

  it('flags a personal address presenting itself as a tracked company\'s hiring team', () => {
    expect(check('kranich.hr.team@gmail.com', 'Kranich Mobility HR')).toMatch(/personal address/);
    expect(check('sam.friend@gmail.com', 'Sam')).toBeNull();
  });

  it('leaves real employer and hiring-system mail alone, in their many shapes', () => {
    for (const email of [
      'jane@northwind.com',
      'no-reply@us.greenhouse-mail.io',
      'kranichmobility@myworkday.com',
      'people@kmob.io',
      'talent@lumina-group.com',
      'sofia@carvalhal-sroc.pt',
      'khft.recruitment@nhs.net',
      'notifications@calendly.com',
      'recruiting@meridianhealth.co.uk',
      'careers@oakwell-hc.com',
    ]) {
      expect(check(email), email).toBeNull();
    }
  });
});

describe('scamRequest', () => {
  it('names a passport copy or bank details asked for in Danish, Norwegian, Swedish and Finnish, but not the identity number a contract needs', () => {
    expect(scamRequest('Tillykke, du er udvalgt! Send kopi af dit pas og din NemKonto via linket i dag.')).toMatch(/kopi af dit pas/);
    expect(scamRequest('Gratulerer! Send oss bankopplysninger og kopi av pass for å sikre plassen.')).not.toBeNull();
    expect(scamRequest('Grattis! Skicka dina bankuppgifter så registrerar vi dig.')).not.toBeNull();
    expect(scamRequest('Onneksi olkoon! Lähetä passin kopio ja pankkitiedot tänään.')).not.toBeNull();
    expect(scamRequest('Vi sender ansættelseskontrakten, når vi har dit CPR-nummer til lønsystemet.')).toBeNull();
  });

  it('names what an offer asks that no employer asks by mail', () => {
    expect(scamRequest('We are pleased to offer you the role. No interview needed, contact our onboarding manager on Telegram.')).toMatch(/no interview needed|telegram/);
    expect(scamRequest('Sign in with your Microsoft 365 password at the secure portal to accept.')).toMatch(/password/);
    expect(scamRequest('Please find your offer letter attached; we look forward to your start on 1 March.')).toBeNull();
  });

  it('reads the asks in Turkish and Greek folded as mail is, dotless i and final sigma included', () => {
    expect(scamRequest('İşe başlamak için 500 TL para yatırın.')).toMatch(/para yatirin/);
    expect(scamRequest('Στείλτε μας φωτοτυπία ταυτότητας.')).toMatch(/ταυτοτητασ/);
    expect(scamRequest('Μπορείτε να ξεκινήσετε τη Δευτέρα· η σύμβαση επισυνάπτεται.')).toBeNull();
  });
});

describe('offerScam', () => {
  it('judges the asks of mail that offers the job, even where a threat in it reads stronger', () => {
    const threat = 'Tillykke! Du er udvalgt til stillingen. Send kopi af dit pas via linket i dag, ellers annulleres stillingen.';
    expect(offerScam('position_closed', threat)).toMatch(/kopi af dit pas/);
    expect(offerScam('offer', 'We are pleased to offer you the role. Please send your bank details today.')).toMatch(/bank details/);
  });

  it('leaves mail that offers nothing alone, whatever it asks', () => {
    expect(offerScam('recruiter_reply', 'For the right-to-work check, please upload a copy of your passport in the portal.')).toBeNull();
  });
});
