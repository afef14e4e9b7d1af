import { describe, expect, it } from 'vitest';
import { atsKeywordReport } from './ats-keyword-report.ts';
import type { JsonResume } from './json-resume-schema.ts';
import { postingAsks } from './posting-asks.ts';
import type { ResumePassage } from './resume-passage.ts';
import { resumeLines } from './resume-lines.ts';

const posting = {
  title: 'Data Engineer',
  company: 'Gridwise',
  description: ['Requirements', '- Kafka and Snowflake', '- Discharge planning of batch jobs; discharge planning reviews', '- Apache Flink', 'Nice to have', '- Terraform'].join('\n'),
};
const resume: JsonResume = {
  basics: { name: 'Ada Example', summary: 'Data engineer who runs Apache Kafka and Kafka Connect.' },
  work: [{ name: 'Acme', position: 'Data Engineer', highlights: ['Moved Kafka topics to Snowflake; kafka lag alerts', 'Led discharge planning for batch jobs', 'Planning discharges is not the phrase'] }],
  skills: [{ keywords: ['Kafka', 'SQL'] }],
};
const passages: ResumePassage[] = [
  { id: 'p1', section: 'Experience', text: 'Moved Kafka topics to Snowflake; kafka lag alerts' },
  { id: 'p2', section: 'Skills', text: 'Terraform modules for the warehouse' },
];

function count(pattern: RegExp) {
  const lines = resumeLines(resume).map((line) => ({ pointer: line.pointer, count: line.text.match(pattern)?.length ?? 0 })).filter((line) => line.count > 0);
  return { occurrences: lines.reduce((sum, line) => sum + line.count, 0), pointers: lines.map((line) => line.pointer) };
}

describe('atsKeywordReport', () => {
  const report = atsKeywordReport({ resume, passages, asks: postingAsks(posting) });
  const entry = (keyword: string) => report.keywords.find((candidate) => candidate.keyword === keyword)!;

  it('counts a skill under any of its names exactly as often as the résumé says it, line by line', () => {
    expect(entry('Kafka')).toMatchObject({ status: 'covered', ...count(/(?:Apache )?\bKafka\b/gi) });
    expect(entry('Kafka').occurrences).toBe(5);
    expect(entry('Snowflake')).toMatchObject({ status: 'covered', ...count(/\bSnowflake\b/g) });
  });

  it('counts a phrase only where its words come in its order', () => {
    expect(entry('Discharge planning')).toMatchObject({ status: 'covered', ...count(/\bdischarge planning\b/gi) });
    expect(entry('Discharge planning').occurrences).toBe(1);
  });

  it('points a nice-to-have the CV states but the résumé leaves out to its passage', () => {
    expect(entry('Terraform')).toMatchObject({ weight: 'preferred', status: 'in-cv-not-shown', occurrences: 0, pointers: [], cvPassageIds: ['p2'] });
    expect(entry('Terraform').suggestion).toContain('Terraform modules for the warehouse');
  });

  it('reports what the CV lacks as a gap, with nothing to add', () => {
    const gaps = report.keywords.filter((keyword) => keyword.status === 'gap');

    expect(gaps.length).toBeGreaterThan(0);
    expect(gaps.every((gap) => gap.suggestion === null && gap.cvPassageIds.length === 0 && gap.occurrences === 0)).toBe(true);
    expect(report.requiredCovered).toBe(report.keywords.filter((keyword) => keyword.weight !== 'preferred' && keyword.status === 'covered').length);
  });
});
