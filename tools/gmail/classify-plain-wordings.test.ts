import { describe, expect, it } from 'vitest';
import { classifyMessage, classifyWithCertainty } from './classify.ts';

const message = (from: string, name: string | null, subject: string, snippet: string) => ({ from: { name, email: from }, subject, snippet, labelIds: ['INBOX'] });
const read = (from: string, name: string | null, subject: string, snippet: string) => classifyMessage(message(from, name, subject, snippet), { fromEmployer: true });

describe('steps written the way small employers and public health services write them', () => {
  it('reads "unsuccessful", "not progressed" and a filled role as rejections', () => {
    expect(read('noreply@careers.example', 'Bayside Rehab', 'Your application for Physiotherapist', 'Unfortunately, on this occasion your application has been unsuccessful. We wish you every success.')).toBe('rejection');
    expect(read('noreply@careers.example', 'Harbour Health', 'Your application', 'The panel has completed shortlisting and your application has not been progressed to interview on this occasion.')).toBe('rejection');
    expect(read('tom@clinic.example', 'Tom', 'Re: Physio position', "Thanks for your patience. Just letting you know we've filled the role for now. I'll keep your CV on file.")).toBe('rejection');
    expect(read('ana@saas.example', 'Ana', 'Re: Your test results', 'We have reviewed everyone’s results and decided to progress with candidates who have more API debugging experience.')).toBe('rejection');
  });

  it('reads an appointment recommended, a letter of offer to come and a contract to sign as offers', () => {
    expect(read('megan@health.example', 'Megan', 'RE: REQ512233 - referees', 'I’m pleased to let you know the panel has recommended you for appointment. You will receive the formal letter of offer online.')).toBe('offer');
    expect(read('sam@physio.example', 'Sam', 'Re: Physio role', 'The team loved your practical. We’d love to have you join us from 11 January - I’ve attached the contractor agreement.')).toBe('offer');
    expect(read('sofia@grupo.example', 'Sofia', 'Customer Care Lead', 'Olá Inês, a Marés gostaria de contar consigo como Customer Care Lead! Envio em anexo a proposta.')).toBe('offer');
  });

  it('reads a short phone chat offered as an invitation and a moved interview as scheduling', () => {
    expect(read('jess@care.example', 'Jess', 'Physiotherapist - Castle Hill', 'Thanks for your application. Would you be free for a 15 minute phone chat tomorrow or Thursday about the role?')).toBe('interview_invitation');
    expect(read('anne@hospital.example', 'Anne', 'Second interview - Physiotherapist', 'Apologies, I need to move your second interview on Thursday. Could we do Friday at 1:30pm instead?')).toBe('interview_scheduling');
  });

  it('reads a practical to do as an assessment, a decision held up by leave as a delay, and hours on hold as a closed role', () => {
    expect(read('sam@physio.example', 'Sam', 'Re: Physio role', 'Before we decide we’d like you to do a practical: assess and treat one of our physios, about 40 minutes.')).toBe('assessment_invitation');
    expect(read('anne@hospital.example', 'Anne', 'Re: Second interview', 'Our panel chair has been on unexpected leave, so we haven’t been able to finalise a decision. I hope to have an answer for you by next week.')).toBe('still_reviewing');
    expect(read('jess@care.example', 'Jess', 'Re: Physiotherapist', 'We are reviewing how allied health is delivered, and the physio hours are on hold until that’s done. I’ll be in touch if it reopens.')).toBe('position_closed');
  });

  it('does not move an application on a delay note that names the rounds it holds back', () => {
    const reading = classifyWithCertainty(
      message('jonas@tessera.example', 'Jonas', 'Team Lead - status', 'Unfortunately our hiring for this role has been delayed - leadership has asked us to hold final rounds until the funding closes.'),
      { fromEmployer: true },
    );
    expect(reading?.certain ?? false).toBe(false);
  });
});
