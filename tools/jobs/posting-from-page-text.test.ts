import { describe, expect, it } from 'vitest';
import { postingFromPageText } from './posting-from-page-text.ts';

const body = [
  'We are looking for an engineer who enjoys hard problems and small teams, with room to grow into a lead role.',
  'Responsibilities: build and run services; review code; talk to customers every week.',
  'Requirements: 3+ years of experience with TypeScript.',
].join('\n');

describe('postingFromPageText', () => {
  it('reads the company from a "Company:" line before the site name or the title', () => {
    const posting = postingFromPageText({ url: 'https://jobs.example/1', title: 'Platform Engineer | Careers', siteName: 'Careers Hub', text: `Company: Initrode\n${body}` });

    expect(posting).toMatchObject({ title: 'Platform Engineer', company: 'Initrode', source: 'web', externalId: 'https://jobs.example/1' });
  });

  it('takes the company beside the role in the title, then the host, when the page names none', () => {
    expect(postingFromPageText({ url: 'https://x.example/1', title: 'Data Engineer at Globex', siteName: null, text: body })?.company).toBe('Globex');
    expect(postingFromPageText({ url: 'https://careers.acme-robotics.com/1', title: 'Data Engineer', siteName: null, text: body })?.company).toBe('Acme Robotics');
  });

  it('reads remote work, the contract and hourly pay as yearly', () => {
    const posting = postingFromPageText({
      url: 'https://jobs.example/2',
      title: 'Support Engineer',
      siteName: 'Hooli',
      text: `Location: Remote - Europe\nThis is a contract role.\nPay: $50 - $60 per hour\n${body}`,
    });

    expect(posting).toMatchObject({ locations: ['Remote - Europe'], workplaceType: 'remote', employmentType: 'Contract', salaryMin: 104_000, salaryMax: 124_800, salaryCurrency: 'USD' });
  });

  it('finds no posting in text that does not read as one', () => {
    const essay = 'The history of tea is long. Tea came to Europe in the sixteenth century and changed how people spent their afternoons. '.repeat(5);

    expect(postingFromPageText({ url: 'https://blog.example/tea', title: 'A history of tea', siteName: 'Blog', text: essay })).toBeNull();
  });
});
