import { extractText, getDocumentProxy } from 'unpdf';
import { describe, expect, it, vi } from 'vitest';
import { cvMediaTypes, type CvFormat } from '../cv/detect-cv-format.ts';
import { extractCvText } from '../cv/extract-cv-text.ts';
import { splitCvIntoPassages } from '../cv/split-cv-into-passages.ts';
import { exportResumeDocx } from './export-resume-docx.ts';
import { layoutResume, type ResumeBlock, type ResumeExportOptions } from './export-resume-layout.ts';
import { exportResumePdf } from './export-resume-pdf.ts';
import { germanHeadings, germanTeacher, nurse, softwareEngineer } from './export-resume-test-resumes.ts';
import type { TailoredResume } from './tailored-resume-schema.ts';
import { readZip } from '../../web/account/test-zip.ts';

const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Every line the résumé prints, in order, as a reader should find it once the text is read back. */
function expectedLines(blocks: ResumeBlock[]): string[] {
  return blocks.flatMap((block) => {
    switch (block.kind) {
      case 'header':
        return [block.name, ...(block.headline ? [block.headline] : []), ...block.contact];
      case 'heading':
        return [block.text];
      case 'entry':
        return [block.title, ...(block.dates ? [block.dates] : [])];
      case 'bullet':
      case 'paragraph':
        return [block.text];
    }
  });
}

/** The lines that are not found, or found only before the line that precedes them. */
function missingInOrder(text: string, lines: string[]): string[] {
  const haystack = collapse(text);
  const missing: string[] = [];
  let from = 0;
  for (const line of lines.map(collapse)) {
    const at = haystack.indexOf(line, from);
    if (at === -1) missing.push(line);
    else from = at + line.length;
  }
  return missing;
}

const exporters = {
  pdf: { exportResume: exportResumePdf, fileName: 'resume.pdf' },
  docx: { exportResume: exportResumeDocx, fileName: 'resume.docx' },
} as const;

async function exportAndRead(format: 'pdf' | 'docx', resume: TailoredResume, options: ResumeExportOptions) {
  const bytes = await exporters[format].exportResume(resume, options);
  const read = await extractCvText({ bytes, declaredType: cvMediaTypes[format], fileName: exporters[format].fileName });
  return { bytes, text: read.text, format: read.format as CvFormat };
}

const examples = [
  ['a software engineer whose résumé runs past two pages', softwareEngineer],
  ['a German teacher with German headings', germanTeacher],
  ['a nurse with certificates and languages on US Letter', nurse],
] as const;

describe.each(['pdf', 'docx'] as const)('an exported %s résumé read back by the CV reader', (format) => {
  it.each(examples)('gives back every heading, role line, bullet and skill of %s, in order', async (_, { resume, options }) => {
    const { text, format: readFormat } = await exportAndRead(format, resume, options);

    expect(readFormat).toBe(format);
    expect(missingInOrder(text, expectedLines(layoutResume(resume, options)))).toEqual([]);
    const keywords = resume.resume.skills!.flatMap((skill) => skill.keywords ?? []);
    expect(missingInOrder(text, keywords)).toEqual([]);
  });

  it.each(examples)('splits %s into passages that are its bullets, whole', async (_, { resume, options }) => {
    const { text, format: readFormat } = await exportAndRead(format, resume, options);
    const passages = splitCvIntoPassages(text, readFormat).map((passage) => passage.text);

    const bullets = layoutResume(resume, options).flatMap((block) => (block.kind === 'bullet' ? [collapse(block.text)] : []));
    expect(bullets.length).toBeGreaterThan(0);
    // A PDF's text layer has no blank line between a bullet and the role line under it, and the CV
    // reader joins a line that ran close to the right margin without a full stop with the next one
    // (tools/cv/split-plain-text-cv.ts). So a long bullet that ends without one can take the next
    // role line along; the bullet itself still comes back whole, at the start of its passage.
    const found = (bullet: string) => passages.some((passage) => passage === bullet || (format === 'pdf' && passage.startsWith(`${bullet} `)));
    expect(bullets.filter((bullet) => !found(bullet))).toEqual([]);
  });

  it('files the English résumé’s bullets under the headings it printed', async () => {
    const { text, format: readFormat } = await exportAndRead(format, nurse.resume, nurse.options);
    const passages = splitCvIntoPassages(text, readFormat);

    expect(passages.find((passage) => passage.text.startsWith('Charge nurse on night shifts'))?.section).toBe('Experience');
    expect(passages.find((passage) => passage.text.startsWith('Spanish'))?.section).toBe('Languages');
  });

  it('prints the German headings given in place of the English ones', async () => {
    const { text } = await exportAndRead(format, germanTeacher.resume, germanTeacher.options);
    const lines = text.split('\n').map((line) => line.trim());

    for (const heading of Object.values(germanHeadings)) expect(lines).toContain(heading);
    expect(lines).not.toContain('Experience');
    expect(collapse(text)).toContain('Studienrat, Städtisches Gymnasium Köln-Mülheim');
    expect(collapse(text)).toContain('08/2015 – heute');
  });
});

describe('exportResumePdf', () => {
  it('embeds subsets of its own font and names no font a reader would have to supply', async () => {
    const bytes = await exportResumePdf(softwareEngineer.resume, softwareEngineer.options);
    const raw = Buffer.from(bytes).toString('latin1');

    expect(raw).toMatch(/\/FontFile2 \d+ 0 R/);
    const fontNames = [...raw.matchAll(/\/BaseFont \/([^\s/>]+)/g)].map((match) => match[1]!);
    expect(fontNames.length).toBeGreaterThan(0);
    expect(fontNames.filter((name) => !/^[A-Z]{6}\+Roboto/.test(name))).toEqual([]);
  });

  it('runs the long résumé over more than one page and ends no page on a heading or a role line', async () => {
    const bytes = await exportResumePdf(softwareEngineer.resume, softwareEngineer.options);
    const document = await getDocumentProxy(new Uint8Array(bytes));
    const { totalPages, text: pages } = await extractText(document, { mergePages: false });
    await document.loadingTask.destroy();

    expect(totalPages).toBeGreaterThan(1);
    const leadIns = layoutResume(softwareEngineer.resume, softwareEngineer.options).flatMap((block) =>
      block.kind === 'heading' ? [block.text] : block.kind === 'entry' ? [collapse(`${block.title} ${block.dates ?? ''}`)] : [],
    );
    const lastLines = pages.slice(0, -1).map((page) => collapse(page.trim().split('\n').at(-1)!));
    expect(lastLines.filter((line) => leadIns.includes(line))).toEqual([]);
  });

  it('sets its page to the size asked for', async () => {
    const sizeOf = async (options: ResumeExportOptions) => {
      const document = await getDocumentProxy(await exportResumePdf(nurse.resume, options));
      const [, , width, height] = (await document.getPage(1)).view;
      await document.loadingTask.destroy();
      return [Math.round(width!), Math.round(height!)];
    };

    expect(await sizeOf({ pageSize: 'LETTER' })).toEqual([612, 792]);
    expect(await sizeOf({ pageSize: 'A4' })).toEqual([595, 842]);
  });

  it('stamps fixed dates and producer, so exporting twice gives the same document', async () => {
    const first = await exportResumePdf(nurse.resume, nurse.options);
    const second = await exportResumePdf(nurse.resume, nurse.options);
    const raw = Buffer.from(first).toString('latin1');

    expect(raw).toContain('(D:20000101000000Z)');
    expect(raw).toContain('(Atlas Job OS)');
    expect(Buffer.from(first).equals(Buffer.from(second))).toBe(true);
  });
});

describe('exportResumeDocx', () => {
  it('writes headings in Word heading styles and bullets as list paragraphs, with no tables or text boxes', async () => {
    const { resume, options } = softwareEngineer;
    const files = await readZip(Buffer.from(await exportResumeDocx(resume, options)));
    const documentXml = files.get('word/document.xml')!;
    const blocks = layoutResume(resume, options);

    const styled = (style: string) => documentXml.match(new RegExp(`<w:pStyle w:val="${style}"/>`, 'g'))?.length ?? 0;
    expect(styled('Title')).toBe(1);
    expect(styled('Heading1')).toBe(blocks.filter((block) => block.kind === 'heading').length);
    expect(documentXml.match(/<w:numPr>/g)?.length).toBe(blocks.filter((block) => block.kind === 'bullet').length);
    expect(files.get('word/numbering.xml')).toContain('<w:numFmt w:val="bullet"/>');
    expect(documentXml).not.toMatch(/<w:tbl\b|<w:txbxContent|<w:drawing|<v:textbox|<w:sectPr[^>]*>[\s\S]*<w:cols w:num="[2-9]"/);
  });

  it('sets its page to the size asked for, in twentieths of a point', async () => {
    const pageSizeXml = async (options: ResumeExportOptions) =>
      (await readZip(Buffer.from(await exportResumeDocx(nurse.resume, options)))).get('word/document.xml')!.match(/<w:pgSz [^>]*>/)![0];

    expect(await pageSizeXml({ pageSize: 'LETTER' })).toMatch(/w:w="12240" w:h="15840"/);
    expect(await pageSizeXml({ pageSize: 'A4' })).toMatch(/w:w="11906" w:h="16838"/);
  });

  it('gives the same bytes for the same résumé, whenever it is exported', async () => {
    const first = await exportResumeDocx(nurse.resume, nurse.options);
    vi.useFakeTimers({ now: new Date('2031-05-17T09:30:00Z'), toFake: ['Date'] });
    try {
      const later = await exportResumeDocx(nurse.resume, nurse.options);
      expect(Buffer.from(later).equals(Buffer.from(first))).toBe(true);
    } finally {
      vi.useRealTimers();
    }
  });
});
