import { describe, expect, it } from 'vitest';
import { drawInterviewQuestions } from './draw-interview-questions.ts';

const nursePosting = {
  title: 'Intensive Care Staff Nurse',
  company: 'St Anne’s Hospital',
  description: [
    'About us',
    'We are a 600-bed teaching hospital with a culture of kindness and free parking for staff.',
    'The role',
    '- Deliver high-quality care to critically ill patients and support their families through difficult decisions',
    '- Work closely with consultants, physiotherapists and pharmacists on daily ward rounds',
    '- Maintain accurate records and follow infection prevention and safety policies',
    'Requirements',
    '- NMC registration and ALS certification',
    '- Experience with ventilated patients',
  ].join('\n'),
};

const nursePassages = [
  { position: 0, section: null, text: 'Aoife Brennan' },
  { position: 1, section: 'Experience', text: 'Staff Nurse, Medical Assessment Unit, Cork University Hospital, 2019–2024' },
  { position: 2, section: 'Experience', text: 'Cared for up to six acutely unwell patients per shift and escalated deteriorating patients using NEWS2' },
];

const backendPosting = {
  title: 'Senior Backend Engineer',
  company: 'Ledgerly',
  description: [
    'What you will do',
    'Design and run the payment services that reconcile card transactions across twelve currencies every night.',
    'Mentor two mid-level engineers and review their designs.',
    'What you bring',
    'Strong Go and PostgreSQL experience.',
    'Experience running Kafka in production.',
    'Nice to have: Terraform.',
  ].join('\n'),
};

const backendPassages = [
  { position: 0, section: 'Experience', text: 'Senior Engineer, Acme Payments, 2020–2024' },
  { position: 1, section: 'Experience', text: 'Built a Go service handling 3,000 requests per second on PostgreSQL' },
];

describe('drawInterviewQuestions', () => {
  it("asks about the posting's duties, not its boilerplate, and numbers questions in order", () => {
    const questions = drawInterviewQuestions({ posting: nursePosting, passages: nursePassages });

    expect(questions.map((question) => question.id)).toEqual(questions.map((_question, index) => `q${index + 1}`));
    expect(questions[0]).toMatchObject({ kind: 'role' });
    expect(questions[0]!.text).toContain('Intensive Care Staff Nurse');
    const roleQuestions = questions.filter((question) => question.kind === 'role').slice(1);
    expect(roleQuestions.length).toBe(2);
    expect(roleQuestions[0]!.text).toContain('critically ill patients');
    expect(questions.some((question) => /parking|teaching hospital/.test(question.text))).toBe(false);
  });

  it('picks behavioural questions from the situations the posting names', () => {
    const nurse = drawInterviewQuestions({ posting: nursePosting, passages: nursePassages }).filter((question) => question.kind === 'behavioural');
    const backend = drawInterviewQuestions({ posting: backendPosting, passages: backendPassages }).filter((question) => question.kind === 'behavioural');

    expect(nurse.some((question) => /someone you were serving/.test(question.text))).toBe(true);
    expect(nurse.find((question) => /someone you were serving/.test(question.text))!.basis).toContain('patients');
    expect(backend.some((question) => /helped grow/.test(question.text))).toBe(true);
    expect(nurse.length).toBeLessThanOrEqual(3);
  });

  it('asks about a shared skill by quoting the CV line, and about a missing one as a gap', () => {
    const questions = drawInterviewQuestions({ posting: backendPosting, passages: backendPassages });

    const skill = questions.filter((question) => question.kind === 'skill');
    expect(skill.length).toBeGreaterThan(0);
    expect(skill[0]!.text).toContain('Built a Go service handling 3,000 requests per second on PostgreSQL');
    const gaps = questions.filter((question) => question.kind === 'gap');
    expect(gaps.map((question) => question.text).join(' ')).toContain('Kafka');
    expect(gaps.every((question) => question.basis.startsWith('Posting'))).toBe(true);
    // Skills the CV shows are never asked about as gaps.
    expect(gaps.some((question) => /\bGo\b|PostgreSQL/.test(question.text))).toBe(false);
  });

  it('still gives a full set of questions for a posting with no description', () => {
    const questions = drawInterviewQuestions({ posting: { title: 'Barista', company: 'Bean There', description: null }, passages: [] });

    expect(questions.length).toBeGreaterThanOrEqual(3);
    expect(questions.filter((question) => question.kind === 'behavioural').length).toBe(2);
  });

  it("asks about work the CV describes, not its header or skills list, and quotes the posting's own words for a gap", () => {
    const posting = {
      title: 'Warehouse Supervisor',
      company: 'Brightwater Foods',
      description: ['Requirements', 'Counterbalance forklift licence required.', 'Experience running shifts with SAP for stock control.'].join('\n'),
    };
    const passages = [
      { position: 0, section: null, text: 'Dele Ade · Leeds · SAP certified' },
      { position: 1, section: 'Skills', text: 'SAP, stock control, rota planning' },
      { position: 2, section: 'Experience', text: 'Ran the night shift of 14 pickers and reconciled stock in SAP every morning.' },
    ];

    const questions = drawInterviewQuestions({ posting, passages });

    const skill = questions.find((question) => question.kind === 'skill')!;
    expect(skill.text).toContain('Ran the night shift of 14 pickers');
    const gap = questions.find((question) => question.kind === 'gap')!;
    expect(gap.text).toContain('“Counterbalance forklift licence required.”');
  });

  it('still asks about a skill the CV only lists, without quoting the list', () => {
    const posting = { title: 'Data Analyst', company: 'Polaris', description: 'Requirements\nStrong SQL and Tableau.' };
    const passages = [{ position: 0, section: 'Skills', text: 'SQL, Tableau, Excel' }];

    const skill = drawInterviewQuestions({ posting, passages }).find((question) => question.kind === 'skill')!;

    expect(skill.text).toMatch(/^Your CV lists SQL\./);
    expect(skill.text).not.toContain('Excel');
  });
});
