import { describe, expect, it } from 'vitest';
import { matchApplication } from './match.ts';

const applications = [
  { id: 'clinic', company: 'Solbackens vårdcentral', title: 'Distriktssköterska', url: 'https://solbacken.teamtailor.com/jobs/1-distriktsskoterska' },
  { id: 'bakery', company: 'Müllers Backstube', title: 'Bäckereifachverkäuferin', url: null },
  { id: 'icu', company: 'Fjordvik sykehus', title: 'Sykepleier, Intensivavdelingen', url: 'https://candidate.webcruiter.com/nb-no/cv/1/ad/1000000001' },
  { id: 'ward', company: 'Tamar Valley NHS Foundation Trust', title: 'Band 5 Theatre Staff Nurse', url: 'https://www.jobs.nhs.uk/candidate/jobadvert/C1234-26-0001' },
  { id: 'elsewhere', company: 'Harbour Logistics', title: 'Warehouse Team Leader', url: 'https://harbour.wd3.myworkdayjobs.com/en-US/careers/job/1' },
];

describe('names and titles written shorter than the tracked ones', () => {
  it('ties mail heading with the owner of a name in the genitive, without its "s", as a guess', () => {
    const match = matchApplication({ from: { name: 'Maria Åkesson', email: 'maria.akesson@vardgruppen.example' }, subject: 'Din ansökan till Solbacken', snippet: 'Hej! Har du svensk legitimation?' }, applications);
    expect(match).toMatchObject({ applicationId: 'clinic', confident: false });
    expect(matchApplication({ from: { name: 'Jonas Weber', email: 'jonas@baeckerei-gruppe.example' }, subject: 'Ihre Bewerbung bei Müller', snippet: 'Wann könnten Sie anfangen?' }, applications)?.applicationId).toBe('bakery');
  });

  it('does not take a short word for a genitive owner', () => {
    const bakery = [{ id: 'annas', company: 'Annas Bageri', title: 'Bagare', url: null }];
    expect(matchApplication({ from: { name: 'Eva Berg', email: 'eva@stadsbageriet.example' }, subject: 'Hälsningar till Anna', snippet: 'Tack för senast!' }, bakery)).toBeUndefined();
  });

  it('ties a person naming the role with a compound cut to its first part, as a guess', () => {
    const match = matchApplication({ from: { name: null, email: 'ingrid.solberg@helse-region.example' }, subject: 'Stillingen som sykepleier, intensiv', snippet: 'Hei, jeg lurer på om turnusen har helgearbeid hver tredje uke?' }, applications);
    expect(match).toMatchObject({ applicationId: 'icu', confident: false, evidence: ['title'] });
  });

  it('ties a hiring system naming in full a role applied for through it, and never one applied for elsewhere', () => {
    const nhs = matchApplication({ from: { name: 'NHS Jobs', email: 'noreply@jobs.nhs.uk' }, subject: 'Shortlisted: Band 5 Theatre Staff Nurse', snippet: 'Good news, you have been shortlisted. Log in to NHS Jobs to choose an interview time.' }, applications);
    expect(nhs).toMatchObject({ applicationId: 'ward', confident: false });
    // Applied for on the employer's Workday; SmartRecruiters writing about the same title is another employer's.
    expect(matchApplication({ from: { name: null, email: 'noreply@smartrecruiters.com' }, subject: 'Warehouse Team Leader – your application', snippet: 'Thank you for applying.' }, applications)).toBeUndefined();
    // A system writing under an employer's name names that employer, which is none of the tracked ones.
    expect(matchApplication({ from: { name: 'Baltic Freight', email: 'noreply@jobs.nhs.uk' }, subject: 'Band 5 Theatre Staff Nurse', snippet: 'Thank you for applying.' }, applications)).toBeUndefined();
  });
});
