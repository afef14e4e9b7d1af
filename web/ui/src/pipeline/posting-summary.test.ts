import { describe, expect, it } from 'vitest';
import { postingSummary } from './posting-summary.ts';

describe('postingSummary', () => {
  it('names the places, remote, contract and pay range an application saved from a page keeps', () => {
    const line = postingSummary({ locations: ['Berlin, Germany', 'Hamburg'], workplaceType: 'hybrid', employmentType: 'Full-time', salaryMin: 70_000, salaryMax: 90_000, salaryCurrency: 'EUR' });

    expect(line).toBe('Berlin, Germany; Hamburg · Hybrid · Full-time · €70,000–€90,000');
  });

  it('leaves out what the page did not say, and shows a single figure without a currency as it is', () => {
    const line = postingSummary({ locations: [], workplaceType: 'remote', employmentType: null, salaryMin: null, salaryMax: 650, salaryCurrency: null });

    expect(line).toBe('Remote · 650');
  });
});
