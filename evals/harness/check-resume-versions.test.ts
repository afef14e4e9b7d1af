import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { splitCvIntoPassages } from '../../tools/cv/split-cv-into-passages.ts';
import type { ResumeVersionView } from '../../tools/resume/resume-store.ts';
import { tailorResume } from '../../tools/resume/tailor-resume.ts';
import { resumeVersionExpectationSchema, resumeVersionsProblem } from './check-resume-versions.ts';
import { scenarioSchema } from './scenario-schema.ts';

const cvText = readFileSync(new URL('../fixtures/cvs/site-manager.md', import.meta.url), 'utf8');
const passages = splitCvIntoPassages(cvText, 'markdown').map((passage, index) => ({ id: `cv-${index + 1}`, ...passage }));
const posting = {
  title: 'Site Manager',
  company: 'Pennant Homes',
  description: 'The role\n- Lead site inductions and health and safety inspections.\n\nRequirements\n- SMSTS and a CSCS Black Card.\n- First Aid at Work.',
};

/** A stored version as the tool would save it: the CV's own words, chosen and ordered for the posting. */
async function storedVersion(version = 1): Promise<ResumeVersionView> {
  const result = await tailorResume({ passages, posting });
  return {
    id: `00000000-0000-4000-8000-00000000000${version}`,
    applicationId: '00000000-0000-4000-8000-0000000000a1',
    version,
    origin: 'tailored',
    modelWritten: false,
    tailored: result.tailored,
    keywordReport: result.keywordReport,
    createdAt: '2026-06-01T09:00:00.000Z',
  };
}

const expectations = (...values: unknown[]) => values.map((value) => resumeVersionExpectationSchema.parse(value));

describe('resumeVersionsProblem', () => {
  it("accepts a résumé in the CV's own words with every line cited, and the posting's missing card reported as a gap", async () => {
    const stored = await storedVersion();

    const problem = resumeVersionsProblem(
      expectations({
        version: 1,
        origin: 'tailored',
        modelWritten: false,
        everyLineCited: true,
        copiedFromCv: true,
        removedClaims: [],
        notContains: ['CSCS'],
        resume: { work: { $includes: { highlights: { $includes: { $contains: 'site inductions' } } } } },
        keywords: [
          { keyword: 'CSCS Black', status: 'gap', suggestion: null },
          { keyword: 'site inductions', status: 'covered' },
        ],
      }),
      [stored],
      passages,
    );

    expect(problem).toBeUndefined();
  });

  it('fails a printed line without a citation, naming its pointer', async () => {
    const stored = await storedVersion();
    stored.tailored.citations = stored.tailored.citations.filter((citation) => citation.pointer !== '/work/0/highlights/0');

    expect(resumeVersionsProblem(expectations({ everyLineCited: true }), [stored], passages)).toMatch(/^résumé version 1: prints \/work\/0\/highlights\/0 \(".+"\) without a citation$/);
  });

  it('fails a citation naming a passage that is not in the CV, and one naming a line that is not printed', async () => {
    const foreign = await storedVersion();
    foreign.tailored.citations[0] = { ...foreign.tailored.citations[0]!, passageIds: ['from-the-posting'] };
    expect(resumeVersionsProblem(expectations({ everyLineCited: true }), [foreign], passages)).toContain('cites from-the-posting for /basics/name, which is not a passage of the CV');

    const stray = await storedVersion();
    stray.tailored.citations.push({ pointer: '/work/0/highlights/9', passageIds: ['cv-3'] });
    expect(resumeVersionsProblem(expectations({ everyLineCited: true }), [stray], passages)).toBe('résumé version 1: cites /work/0/highlights/9, which the résumé does not print');
  });

  it('tells a reworded line from a copied one, and finds a forbidden phrase wherever it is printed', async () => {
    const stored = await storedVersion();
    stored.tailored.resume.work![0]!.highlights![0] = 'Expert in Kubernetes and CSCS Black Card holder';

    expect(resumeVersionsProblem(expectations({ everyLineCited: true }), [stored], passages)).toBeUndefined();
    expect(resumeVersionsProblem(expectations({ copiedFromCv: true }), [stored], passages)).toBe(
      'résumé version 1: words /work/0/highlights/0 as "Expert in Kubernetes and CSCS Black Card holder", which the passages it cites do not say',
    );
    expect(resumeVersionsProblem(expectations({ notContains: ['kubernetes'] }), [stored], passages)).toBe(
      'résumé version 1: prints "kubernetes" at /work/0/highlights/0: "Expert in Kubernetes and CSCS Black Card holder"',
    );
  });

  it('fails a gap that carries a suggestion, and a keyword with another status', async () => {
    const stored = await storedVersion();
    const gap = stored.keywordReport.keywords.find((entry) => entry.keyword === 'CSCS Black')!;

    expect(resumeVersionsProblem(expectations({ keywords: [{ keyword: 'cscs black', status: 'covered' }] }), [stored], passages)).toBe(
      'résumé version 1: reports "CSCS Black" as gap, expected covered',
    );
    expect(resumeVersionsProblem(expectations({ keywords: [{ keyword: 'Kubernetes' }] }), [stored], passages)).toContain('has no keyword "Kubernetes" in its report');
    gap.suggestion = 'Add your CSCS card.';
    expect(resumeVersionsProblem(expectations({ keywords: [] }), [stored], passages)).toBe('résumé version 1: suggests "Add your CSCS card." for the gap "CSCS Black"');
  });

  it('checks the versions kept, their numbers, who wrote them and what was removed', async () => {
    const first = await storedVersion(1);
    const second = { ...(await storedVersion(2)), modelWritten: true };
    second.tailored.removedClaims = [{ text: 'Ran sites of 200 homes', reason: 'the passages it cites do not mention 200' }];

    expect(
      resumeVersionsProblem(
        expectations({ version: 1, modelWritten: false }, { version: 2, modelWritten: true, removedClaims: [{ text: { $contains: '200 homes' }, reason: { $contains: '200' } }] }),
        [first, second],
        passages,
      ),
    ).toBeUndefined();
    expect(resumeVersionsProblem(expectations({ version: 1 }), [first, second], passages)).toBe('2 résumé versions, expected 1');
    expect(resumeVersionsProblem(expectations({ version: 2 }, { version: 1 }), [first, second], passages)).toBe('résumé version 1: is version 1, expected 2');
    expect(resumeVersionsProblem(expectations({}, { modelWritten: false }), [first, second], passages)).toBe(
      "résumé version 2: was written by a model, expected the CV's own words",
    );
    expect(resumeVersionsProblem(expectations({}, { removedClaims: [] }), [first, second], passages)).toContain('removedClaims');
  });

  it('is a state check a scenario can name', () => {
    const parsed = scenarioSchema.parse({
      id: 'example',
      title: 'Example',
      category: 'tool',
      seed: {},
      turns: [{ user: 'Hi', exchanges: [{ response: { _source: 'hand-written', candidates: [{ content: { role: 'model', parts: [{ text: 'ok' }] } }] } }] }],
      expect: {
        state: [{ check: 'resumeVersions', applicationId: '00000000-0000-4000-8000-0000000000a1', versions: [{ version: 1, everyLineCited: true }] }],
        limits: { maxSteps: 1, maxTokens: 1 },
      },
    });

    expect(parsed.expect.state[0]).toMatchObject({ check: 'resumeVersions', owner: 'user', versions: [{ version: 1, everyLineCited: true }] });
  });
});
