import { describe, expect, it } from 'vitest';
import { UnprocessableError } from '../errors.ts';
import { extractCvText } from './extract-cv-text.ts';
import { maximumPassageCharacters } from './fit-passage-length.ts';
import { splitCvIntoPassages } from './split-cv-into-passages.ts';
import { textPdf } from './test-cv-files.ts';

describe('splitCvIntoPassages', () => {
  it('files each bullet and paragraph of a PDF under the heading above it', () => {
    const text = [
      'Jane Doe',
      'jane@example.test',
      'PROFESSIONAL EXPERIENCE',
      'Senior Engineer, Acme Payments',
      '• Built a Go service handling 3,000 requests per second',
      '▪ Led a team of five engineers',
      'Technical Skills:',
      'Go, PostgreSQL, Kubernetes',
    ].join('\n');

    expect(splitCvIntoPassages(text, 'pdf')).toEqual([
      { section: null, text: 'Jane Doe' },
      { section: null, text: 'jane@example.test' },
      { section: 'PROFESSIONAL EXPERIENCE', text: 'Senior Engineer, Acme Payments' },
      { section: 'PROFESSIONAL EXPERIENCE', text: 'Built a Go service handling 3,000 requests per second' },
      { section: 'PROFESSIONAL EXPERIENCE', text: 'Led a team of five engineers' },
      { section: 'Technical Skills', text: 'Go, PostgreSQL, Kubernetes' },
    ]);
  });

  it('joins a bullet that the PDF wrapped onto a second line', () => {
    const text = ['Experience', '• Migrated the billing platform from a monolith to services and', 'cut deploy time from hours to minutes'].join('\n');

    expect(splitCvIntoPassages(text, 'pdf')).toEqual([
      { section: 'Experience', text: 'Migrated the billing platform from a monolith to services and cut deploy time from hours to minutes' },
    ]);
  });

  it('joins a PDF bullet wrapped at the right margin, even when the second line starts with a capital', async () => {
    const pdf = await textPdf([
      'Experience',
      '• Moved forty services from virtual machines to Kubernetes, cutting',
      'Cloud spend by a third within one year',
      '• Built a Go service',
      'Staff Engineer, Beta Corp',
    ]);
    const { text } = await extractCvText({ bytes: pdf, declaredType: 'application/pdf', fileName: 'cv.pdf' });

    expect(splitCvIntoPassages(text, 'pdf')).toEqual([
      { section: 'Experience', text: 'Moved forty services from virtual machines to Kubernetes, cutting Cloud spend by a third within one year' },
      { section: 'Experience', text: 'Built a Go service' },
      { section: 'Experience', text: 'Staff Engineer, Beta Corp' },
    ]);
  });

  it('keeps lines that only mention a section word as passages', () => {
    const text = ['Skills', 'Skills: Go, Rust', 'Experience with Go and gRPC'].join('\n');

    expect(splitCvIntoPassages(text, 'text')).toEqual([
      { section: 'Skills', text: 'Skills: Go, Rust' },
      { section: 'Skills', text: 'Experience with Go and gRPC' },
    ]);
  });

  it('splits a long paragraph at sentence boundaries, keeping every word', () => {
    const sentence = 'Designed and ran the ledger service that reconciles card payments across twelve currencies every night. ';
    const paragraph = sentence.repeat(12).trim();

    const passages = splitCvIntoPassages(`Summary\n\n${paragraph}`, 'docx');

    expect(passages.length).toBeGreaterThan(1);
    expect(passages.every((passage) => passage.text.length <= maximumPassageCharacters && passage.text.endsWith('night.'))).toBe(true);
    expect(passages.map((passage) => passage.text).join(' ')).toBe(paragraph);
  });

  it('reads a Markdown CV by its headings, lists and tables, without the markup', () => {
    const markdown = [
      '# Jane Doe',
      '',
      '**Experience**',
      '',
      '- Built **Go** services at [Acme](https://acme.example)',
      '  - Cut p99 latency by 40%',
      '',
      '## Languages',
      '',
      '| Language | Level |',
      '| --- | --- |',
      '| German | C1 |',
    ].join('\n');

    expect(splitCvIntoPassages(markdown, 'markdown')).toEqual([
      { section: 'Experience', text: 'Built Go services at Acme' },
      { section: 'Experience', text: 'Cut p99 latency by 40%' },
      { section: 'Languages', text: 'German | C1' },
    ]);
  });

  it('finds headings in a Markdown file written as plain text', () => {
    const markdown = 'Jane Doe\n\nExperience\n- Built Go services on PostgreSQL\n\nSkills\nGo, Kubernetes\n';

    expect(splitCvIntoPassages(markdown, 'markdown')).toEqual([
      { section: null, text: 'Jane Doe' },
      { section: 'Experience', text: 'Built Go services on PostgreSQL' },
      { section: 'Skills', text: 'Go, Kubernetes' },
    ]);
  });

  it('leaves out separators that say nothing', () => {
    expect(splitCvIntoPassages('Summary\n—\n|\nBackend engineer', 'text')).toEqual([{ section: 'Summary', text: 'Backend engineer' }]);
  });

  it('refuses a CV of more than 500 passages, each of which would be embedded', () => {
    const bullets = Array.from({ length: 501 }, (_item, index) => `- Shipped feature ${index}`).join('\n');

    expect(splitCvIntoPassages(bullets.replace('- Shipped feature 500', ''), 'markdown')).toHaveLength(500);
    expect(() => splitCvIntoPassages(bullets, 'markdown')).toThrow(UnprocessableError);
  });
});
