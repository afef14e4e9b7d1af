import { describe, expect, it } from 'vitest';
import { postingSkills, weighPostingText } from './posting-requirements.ts';

describe('postingSkills', () => {
  it('tells required skills from nice-to-haves by the headings the posting uses', () => {
    const skills = postingSkills({
      title: 'Data Engineer',
      description: [
        'What you will need',
        'Strong SQL and Python.',
        'Experience with Airflow',
        'Bonus points',
        'dbt, Snowflake',
        'Benefits',
        'A Figma licence for everyone',
      ].join('\n'),
    });

    expect(skills.required).toEqual(['SQL', 'Python', 'Apache Airflow']);
    expect(skills.preferred).toEqual(['dbt', 'Snowflake']);
  });

  it('reads "Nice to have: ..." on one line and softened sentences as preferred', () => {
    const skills = postingSkills({
      title: 'Frontend Engineer',
      description: 'Requirements: TypeScript and React. Knowing GraphQL is a plus.\nNice to have: Storybook, Cypress',
    });

    expect(skills.required).toEqual(['TypeScript', 'React']);
    expect(skills.preferred).toEqual(['GraphQL', 'Cypress']);
  });

  it('counts a skill in the title as required even when the text lists it as a bonus', () => {
    const skills = postingSkills({ title: 'Senior Go Developer', description: 'Preferred qualifications:\n- Go and Kafka' });

    expect(skills.required).toEqual(['Go']);
    expect(skills.preferred).toEqual(['Apache Kafka']);
  });

  it('leaves the languages a posting asks for to the language factor, not the skill list', () => {
    const skills = postingSkills({
      title: 'Class Teacher (Primary)',
      description: 'What you bring:\n- Fluent German and English\n- Experience with Microsoft Excel\nNice to have: French',
    });

    expect(skills.required).toEqual(['Excel']);
    expect(skills.preferred).toEqual([]);
  });
});

describe('weighPostingText on an employer blurb under its own name', () => {
  it('drops "About <Company>" sections but keeps "About you" and "About the role"', () => {
    const weighed = weighPostingText(
      ['About Brightwater Foods', 'Our people are at the heart of everything we do.', 'About The Role', 'Run the night shift.', 'About You', 'You hold a forklift licence.'].join('\n'),
    );

    expect(weighed.required).toEqual(['Run the night shift.', 'You hold a forklift licence.']);
  });
});

describe('weighPostingText on an opening about the employer', () => {
  it('drops what the opening says of the employer before it turns to the job, and the hiring verb itself', () => {
    const weighed = weighPostingText(
      "Ledgerline is the finance platform for small businesses: accounts, cards and payroll in one place.\n\nWe're looking for an Executive Assistant to support our CEO. You will own her diary.\n\nWhat you'll bring\n- Excellent minute-taking",
    );
    expect(weighed.required.join(' ')).not.toMatch(/payroll/);
    expect(weighed.required.join(' ')).toMatch(/Executive Assistant/);
    expect(weighed.required.join(' ')).toMatch(/minute-taking/);
    expect(postingSkills({ title: 'Company Secretary', description: 'We are recruiting a Company Secretary to lead the secretariat.' }).required).not.toContain('Recruiting');
  });

  it('keeps an opening that never says whom it hires, and a requirement about hiring people', () => {
    expect(weighPostingText('Kafka and Terraform every day. Experience hiring a small team.').required.join(' ')).toMatch(/Kafka/);
  });
});
