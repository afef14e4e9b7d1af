import { describe, expect, it } from 'vitest';
import { classifyWithCertainty, hintedStep } from './classify.ts';

const person = { name: 'Dana Cole', email: 'dana.cole@harbourline.example' };
const read = (message: { from?: { name: string | null; email: string }; subject: string; snippet: string }, fromEmployer = true) =>
  classifyWithCertainty({ from: person, labelIds: ['INBOX'], ...message }, { fromEmployer })?.kind;

describe('steps named as conditions, looked back on, or practised', () => {
  it('reads a question asked before a call is set up as a reply, not an invitation', () => {
    expect(read({ subject: 'Analyst role – a question', snippet: 'Hi Sam, before we schedule an interview with the hiring manager, could you tell me your notice period?' })).toBe('recruiter_reply');
  });

  it('reads a wait after a meeting or a task handed in as a status note', () => {
    expect(hintedStep('Thanks for coming in on Monday, the team enjoyed it. We will be in touch.')).toBe('still_reviewing');
    expect(hintedStep('Got the task, thanks! We will get back to you after the panel meets.')).toBe('still_reviewing');
    expect(hintedStep('Thanks, got your CV. We will be in touch after the closing date.')).toBeUndefined();
  });

  it('reads the role given to someone hired elsewhere or to a colleague as a rejection', () => {
    expect(read({ subject: 'Re: Backend role', snippet: 'Thanks for your time. We have decided to hire someone locally because of the on-call rota.' })).toBe('rejection');
    expect(read({ subject: 'Re: Controller role', snippet: 'We have decided to offer the position to a colleague from our Leeds office.' })).toBe('rejection');
  });

  it('reads a client wanting to meet, a last round and a short case as the steps they are', () => {
    expect(read({ subject: 'Re: Platform Engineer', snippet: 'Good news, the client wants to meet you. First round is a video call with their CTO next week.' })).toBe('interview_invitation');
    expect(read({ subject: 'Re: Analyst', snippet: 'The director would like you to meet the CFO for the final round. Could you do Thursday at 11?' })).toBe('interview_invitation');
    expect(read({ subject: 'Re: Finance Ops', snippet: 'Next step is a short case: reconcile the sample ledger we attached and send it back by Monday.' })).toBe('assessment_invitation');
  });

  it('reads an Outlook invitation that opens with its title before when and where as a booking', () => {
    expect(read({ subject: 'Second interview – Analyst', snippet: 'Second interview – Analyst. When: Monday, 9 November 2026 10:00-11:00. Where: 4 Dock Street, floor 2. Accept Tentative Decline' })).toBe('interview_scheduling');
  });

  it('reads a French wish to have the candidate join from a date as an offer', () => {
    expect(read({ subject: 'Re: Votre candidature', snippet: 'Nous serions ravis que vous nous rejoigniez à partir du 4 janvier, pour 3 200 € brut par mois.' })).toBe('offer');
  });

  it('never reads a mock interview night as a hiring step, even from a tracked employer', () => {
    expect(read({ from: { name: 'Harbourline Events', email: 'events@harbourline.example' }, subject: 'You are registered: mock interview evening', snippet: 'Your place at our mock interview evening is confirmed for Thursday at 6pm.' })).toBeUndefined();
  });

  it('reads a closed application after the candidate’s decision, understood in German or French, as a closed role', () => {
    expect(read({ subject: 'Re: Bewerbung', snippet: 'Schade, aber ich verstehe das. Ich habe Ihre Bewerbung bei uns geschlossen.' })).toBe('position_closed');
    expect(read({ subject: 'Re: Candidature', snippet: 'Dommage, je comprends. Je clôture donc votre candidature de notre côté.' })).toBe('position_closed');
  });
});
