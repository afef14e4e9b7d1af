import { describe, expect, it } from 'vitest';
import { boardTokenOf, employerInDisplayName, hiringSenderOf, senderBoardTokens } from './hiring-senders.ts';

describe('the registry of services that write for employers', () => {
  it('knows ATS, scheduling, calendar, assessment, signing and check senders by domain or address', () => {
    const role = (email: string) => hiringSenderOf(email)?.role;
    expect(role('no-reply@us.greenhouse-mail.io')).toBe('ats');
    expect(role('no-reply@hire.lever.co')).toBe('ats');
    expect(role('no-reply@ashbyhq.com')).toBe('ats');
    expect(role('acme@myworkday.com')).toBe('ats');
    expect(role('careers-acme@icims.com')).toBe('ats');
    expect(role('noreply@smartrecruiters.com')).toBe('ats');
    expect(role('noreply@candidates.workablemail.com')).toBe('ats');
    expect(role('no-reply@teamtailor.com')).toBe('ats');
    expect(role('noreply@jobs.personio.com')).toBe('ats');
    expect(role('no-reply@recruitee.com')).toBe('ats');
    expect(role('notifications@calendly.com')).toBe('scheduler');
    expect(role('scheduling@goodtime.io')).toBe('scheduler');
    expect(role('calendar-notification@google.com')).toBe('calendar');
    expect(role('noreply@hirevue.com')).toBe('assessment');
    expect(role('dse@eumail.docusign.net')).toBe('signing');
    expect(role('no-reply@trustid.co.uk')).toBe('checks');
  });

  it('knows the Nordic e-signing services that carry contracts, and reference-check services, as writing for employers', () => {
    const role = (email: string) => hiringSenderOf(email)?.role;
    expect(role('noreply@penneo.com')).toBe('signing');
    expect(role('no-reply@scrive.com')).toBe('signing');
    expect(role('notification@oneflow.com')).toBe('signing');
    expect(role('no-reply@refapp.se')).toBe('checks');
    expect(role('noreply@xref.com')).toBe('checks');
    expect(role('support@skillsurvey.com')).toBe('checks');
  });

  it('knows India’s, the Gulf’s, Norway’s and Finland’s job boards, and their alerts as bulk', () => {
    expect(hiringSenderOf('noreply@naukri.com')?.role).toBe('job_board');
    expect(hiringSenderOf('naukrialerts@naukri.com')?.bulk?.test('naukrialerts@naukri.com')).toBe(true);
    expect(hiringSenderOf('noreply@iimjobs.com')?.bulk?.test('noreply@iimjobs.com')).toBe(false);
    expect(hiringSenderOf('alerts@gulftalent.com')?.bulk?.test('alerts@gulftalent.com')).toBe(true);
    expect(hiringSenderOf('jobbvarsel@finn.no')?.bulk?.test('jobbvarsel@finn.no')).toBe(true);
    expect(hiringSenderOf('hakuvahti@duunitori.fi')?.role).toBe('job_board');
  });

  it('knows a job board’s digests as bulk mail and its receipts as a board’s', () => {
    expect(hiringSenderOf('jobmail@s.seek.com.au')?.bulk?.test('jobmail@s.seek.com.au')).toBe(true);
    expect(hiringSenderOf('noreply@seek.com.au')?.role).toBe('job_board');
    expect(hiringSenderOf('noreply@seek.com.au')?.bulk?.test('noreply@seek.com.au')).toBe(false);
  });

  it('knows the Polish and Czech applicant-tracking systems and job boards, and their digests as bulk', () => {
    expect(hiringSenderOf('powiadomienia@erecruiter.pl')?.role).toBe('ats');
    expect(hiringSenderOf('no-reply@teamio.com')?.role).toBe('ats');
    expect(hiringSenderOf('noreply@pracuj.pl')?.role).toBe('job_board');
    expect(hiringSenderOf('noreply@jobs.cz')?.service).toBe('Jobs.cz');
    expect(hiringSenderOf('info@prace.cz')?.service).toBe('Jobs.cz');
    expect(hiringSenderOf('noreply@nofluffjobs.com')?.role).toBe('job_board');
    expect(hiringSenderOf('noreply@justjoin.it')?.role).toBe('job_board');
    expect(hiringSenderOf('info@startupjobs.cz')?.role).toBe('job_board');
    expect(hiringSenderOf('newsletter@pracuj.pl')?.bulk?.test('newsletter@pracuj.pl')).toBe(true);
    expect(hiringSenderOf('noreply@pracuj.pl')?.bulk?.test('noreply@pracuj.pl')).toBe(false);
  });

  it('reads the employer from a display name without a localised calendar’s name: "(Kalendář Google)"', () => {
    expect(employerInDisplayName({ name: 'Tereza Horáková (Kalendář Google)', email: 'calendar-notification@google.com' })).toBe('Tereza Horáková');
  });

  it('does not take the rest of a big domain for a hiring service: only Google Calendar’s own address at google.com', () => {
    expect(hiringSenderOf('no-reply@accounts.google.com')).toBeUndefined();
    expect(hiringSenderOf('someone@acme.com')).toBeUndefined();
  });

  it('reads the employer board token from an apply URL on each ATS', () => {
    expect(boardTokenOf('https://boards.greenhouse.io/northwind/jobs/123')?.token).toBe('northwind');
    expect(boardTokenOf('https://jobs.lever.co/kestrel-labs/abc-123')?.token).toBe('kestrel-labs');
    expect(boardTokenOf('https://jobs.ashbyhq.com/tessellate/xyz')?.token).toBe('tessellate');
    expect(boardTokenOf('https://lumina.wd3.myworkdayjobs.com/en-US/Lumina_External/job/1')?.token).toBe('lumina');
    expect(boardTokenOf('https://careers-alamedagroup.icims.com/jobs/7712/x/job')?.token).toBe('alamedagroup');
    expect(boardTokenOf('https://jobs.smartrecruiters.com/FarmaltaItalia/744000198877-financial-controller')?.token).toBe('farmaltaitalia');
    expect(boardTokenOf('https://apply.workable.com/brightwave/j/ABC/')?.token).toBe('brightwave');
    expect(boardTokenOf('https://lise-lyon.teamtailor.com/jobs/5521873-x')?.token).toBe('lise-lyon');
    expect(boardTokenOf('https://lumbre-logistica.jobs.personio.com/job/1883201')?.token).toBe('lumbre-logistica');
    expect(boardTokenOf('https://career2.successfactors.eu/career?company=tejoenergia&career_job_req_id=5521')?.token).toBe('tejoenergia');
    expect(boardTokenOf('https://www.welcometothejungle.com/fr/companies/maths-et-moi/jobs/x')?.token).toBe('maths-et-moi');
    expect(boardTokenOf('https://www.acme.com/careers/1')).toBeUndefined();
  });

  it('reads the employer from an ATS sender’s local part or subdomain, never the service’s own words', () => {
    expect(senderBoardTokens({ name: null, email: 'careers-alamedagroup@icims.com' })).toEqual(['alamedagroup']);
    expect(senderBoardTokens({ name: null, email: 'lumina@myworkday.com' })).toEqual(['lumina']);
    expect(senderBoardTokens({ name: null, email: 'no-reply@us.greenhouse-mail.io' })).toEqual([]);
    expect(senderBoardTokens({ name: null, email: 'calendar-notification@google.com' })).toEqual([]);
  });

  it('reads the employer from a display name without the service: "via", "on behalf of", "(Google Calendar)"', () => {
    expect(employerInDisplayName({ name: 'Northwind via Greenhouse', email: 'no-reply@greenhouse.io' })).toBe('Northwind');
    expect(employerInDisplayName({ name: 'TrustID on behalf of Kirkgate', email: 'no-reply@trustid.co.uk' })).toBe('Kirkgate');
    expect(employerInDisplayName({ name: 'Jan Petersen (Google Calendar)', email: 'calendar-notification@google.com' })).toBe('Jan Petersen');
    expect(employerInDisplayName({ name: 'Calendly', email: 'notifications@calendly.com' })).toBeNull();
  });
});
