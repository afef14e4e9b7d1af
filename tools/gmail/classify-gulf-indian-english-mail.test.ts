import { describe, expect, it } from 'vitest';
import { classifyWithCertainty } from './classify.ts';

const person = { name: 'Priya Menon', email: 'priya.menon@lotusretail.example' };
const read = (message: { from?: { name: string | null; email: string }; subject: string; snippet: string }, fromEmployer = true) =>
  classifyWithCertainty({ from: person, labelIds: ['INBOX'], ...message }, { fromEmployer })?.kind;

describe('Gulf and Indian business English, and chat shorthand', () => {
  it('reads a meeting asked for in shorthand ("meet u F2F", "lmk which works") as an invitation', () => {
    expect(read({ subject: 'RE: Warehouse Manager', snippet: 'Hi Arjun, our CEO wd like to meet u face to face this Thursday. Can u come by at 4?' })).toBe('interview_invitation');
    expect(read({ subject: 'Re: Logistics Lead', snippet: 'Good news, the client wants a 2nd round with their CFO. Sun 2pm or Mon 11am? Let me know which works better.' })).toBe('interview_invitation');
    expect(read({ subject: 'RE: Planning Manager', snippet: 'Dear Kavya, we would like to schedule your first round with our Head of Operations on Thursday at 3 PM IST over Teams.' })).toBe('interview_invitation');
  });

  it('reads a job board saying the application was sent or went through as a confirmation', () => {
    const board = { name: 'Naukri.com', email: 'noreply@naukri.com' };
    expect(read({ from: board, subject: 'Application sent: Category Manager at Lotus Retail Ltd', snippet: 'Hi Arjun, your application for Category Manager at Lotus Retail Ltd, Chennai has been sent successfully.' }, false)).toBe('application_confirmation');
    expect(read({ from: { name: 'iimjobs', email: 'noreply@iimjobs.com' }, subject: 'Application successful: Finance Manager at Orbit Foods', snippet: 'You have successfully applied to Finance Manager at Orbit Foods. The recruiter has been notified of your application.' }, false)).toBe('application_confirmation');
    // A job board's alert is bulk mail, whatever it lists.
    expect(read({ from: { name: 'Naukri', email: 'naukrialerts@naukri.com' }, subject: '25 new jobs match your profile', snippet: 'Category Manager – Lotus Retail. Apply now.' }, false)).toBeUndefined();
  });

  it('reads a candidature not taken forward as a rejection', () => {
    expect(read({ subject: 'Re: Sr Manager Ops', snippet: 'Dear Rohit, we regret that we are not taking your candidature further, since the client has closed the shortlist with local profiles.' })).toBe('rejection');
    expect(read({ subject: 'Re: Procurement Lead', snippet: 'We will not be taking your profile further for this requirement. Will keep you in mind.' })).toBe('rejection');
  });

  it('reads a final round named only as what comes later as no invitation', () => {
    expect(read({ subject: 'Re: Operations Director', snippet: 'Hi Omar, good feedback from the panel. Could u share ur notice period before the final round with the MD?' })).not.toBe('interview_invitation');
  });

  it('reads an agency handling a search on an exclusive basis as a first approach, not an invitation', () => {
    const agency = { name: 'Sana Mirza | Oasis Search', email: 'sana@oasissearch.example' };
    expect(read({ from: agency, subject: 'Head of Logistics – Jeddah', snippet: 'Hello Imran, we are running the search for a Head of Logistics at a Jeddah retailer (retained search). Would you be open to hearing more? Free for a call later today?' }, false)).toBe('recruiter_reply');
  });
});
