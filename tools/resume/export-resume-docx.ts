/**
 * A tailored résumé as a DOCX document an applicant-tracking system can read: one column of
 * paragraphs, section headings in Word's own Heading 1 style, bullets as list paragraphs of a bullet
 * numbering, and no tables, text boxes, headers or footers, which many ATS parsers skip. The dates of
 * a role sit at a right tab stop on the role's line, so the line reads "title<TAB>dates".
 */
import { AlignmentType, BorderStyle, Document, HeadingLevel, LevelFormat, Packer, Paragraph, TabStopType, TextRun } from 'docx';
import type { TailoredResume } from './tailored-resume-schema.ts';
import { layoutResume, type ResumeBlock, type ResumeExportOptions, type ResumePageSize } from './export-resume-layout.ts';

/** Page sizes in twentieths of a point, as WordprocessingML measures them. */
const pageSizes: Record<ResumePageSize, { width: number; height: number }> = {
  A4: { width: 11906, height: 16838 },
  LETTER: { width: 12240, height: 15840 },
};
/** 50 pt at the sides, as the PDF has. */
const sideMargin = 1000;
const verticalMargin = 900;

const bulletNumbering = 'resume-bullet';
const font = 'Calibri';
const colors = { text: '1A1A1A', muted: '4A4A4A', rule: '9A9A9A' } as const;

/**
 * A fixed core.xml: docx stamps the document with the time of export, which would make two exports of
 * the same résumé differ for no reason the user could see.
 */
function corePropertiesXml(title: string, creator: string | undefined): string {
  const escape = (value: string) => value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
  const fixedDate = '2000-01-01T00:00:00Z';
  return [
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">',
    `<dc:title>${escape(title)}</dc:title>`,
    creator === undefined ? '' : `<dc:creator>${escape(creator)}</dc:creator>`,
    `<dcterms:created xsi:type="dcterms:W3CDTF">${fixedDate}</dcterms:created>`,
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${fixedDate}</dcterms:modified>`,
    '</cp:coreProperties>',
  ].join('');
}

function blockParagraphs(block: ResumeBlock, contentWidth: number): Paragraph[] {
  switch (block.kind) {
    case 'header':
      return [
        ...(block.name === '' ? [] : [new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(block.name)] })]),
        ...(block.headline ? [new Paragraph({ style: 'Subtitle', children: [new TextRun(block.headline)] })] : []),
        ...(block.contact.length === 0
          ? []
          : [new Paragraph({ spacing: { after: 120 }, children: [new TextRun({ text: block.contact.join('  ·  '), size: 18, color: colors.muted })] })]),
      ];
    case 'heading':
      return [new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(block.text)] })];
    case 'entry':
      return [
        new Paragraph({
          keepNext: true,
          spacing: { before: 120, after: 40 },
          tabStops: [{ type: TabStopType.RIGHT, position: contentWidth }],
          children: [
            new TextRun({ text: block.title, bold: true }),
            ...(block.dates === undefined ? [] : [new TextRun({ text: `\t${block.dates}`, color: colors.muted })]),
          ],
        }),
      ];
    case 'bullet':
      return [new Paragraph({ numbering: { reference: bulletNumbering, level: 0 }, spacing: { after: 20 }, children: [new TextRun(block.text)] })];
    case 'paragraph':
      return [new Paragraph({ spacing: { after: 60 }, children: [new TextRun(block.text)] })];
  }
}

/** The docx document for a tailored résumé. */
export function resumeDocxDocument(tailored: TailoredResume, options: ResumeExportOptions = {}): { document: Document; title: string; author?: string } {
  const page = pageSizes[options.pageSize ?? 'A4'];
  const contentWidth = page.width - 2 * sideMargin;
  const blocks = layoutResume(tailored, options);
  const header = blocks.find((block) => block.kind === 'header');
  const author = header?.name ? header.name : undefined;
  const title = author ? `${author} – résumé` : 'Résumé';
  const document = new Document({
    title,
    ...(author === undefined ? {} : { creator: author }),
    styles: {
      default: { document: { run: { font, size: 20, color: colors.text } } },
      paragraphStyles: [
        { id: 'Title', name: 'Title', basedOn: 'Normal', next: 'Normal', quickFormat: true, run: { font, size: 40, bold: true, color: colors.text }, paragraph: { spacing: { after: 40 } } },
        { id: 'Subtitle', name: 'Subtitle', basedOn: 'Normal', next: 'Normal', quickFormat: true, run: { font, size: 23, color: colors.muted }, paragraph: { spacing: { after: 40 } } },
        {
          id: 'Heading1',
          name: 'Heading 1',
          basedOn: 'Normal',
          next: 'Normal',
          quickFormat: true,
          run: { font, size: 24, bold: true, color: colors.text },
          // keepNext keeps a heading on the page of what follows it, as the PDF does.
          paragraph: { keepNext: true, spacing: { before: 240, after: 80 }, border: { bottom: { style: BorderStyle.SINGLE, size: 4, space: 2, color: colors.rule } } },
        },
      ],
    },
    numbering: {
      config: [
        {
          reference: bulletNumbering,
          levels: [{ level: 0, format: LevelFormat.BULLET, text: '•', alignment: AlignmentType.LEFT, style: { paragraph: { indent: { left: 360, hanging: 240 } } } }],
        },
      ],
    },
    sections: [
      {
        properties: { page: { size: page, margin: { top: verticalMargin, bottom: verticalMargin, left: sideMargin, right: sideMargin } } },
        children: blocks.flatMap((block) => blockParagraphs(block, contentWidth)),
      },
    ],
  });
  return author === undefined ? { document, title } : { document, title, author };
}

/** 1980-01-01 00:00, the earliest time a zip entry can carry, in MS-DOS date and time form. */
const fixedZipDate = (0 << 9) | (1 << 5) | 1;
const fixedZipTime = 0;

/**
 * Stamps every entry of a zip archive with the same fixed time, in place. docx zips its parts with
 * the time of export, so two exports of one résumé would differ in those bytes alone; fixed, the
 * same résumé always gives the same file. Walks the central directory, which names every entry and
 * where its local header is (APPNOTE.TXT 4.3.7 and 4.3.12).
 */
function fixZipTimestamps(zip: Uint8Array): void {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  let end = zip.byteLength - 22;
  while (end >= 0 && view.getUint32(end, true) !== 0x06054b50) end -= 1;
  if (end < 0) throw new Error('The DOCX archive has no end-of-central-directory record.');
  const entries = view.getUint16(end + 10, true);
  let entry = view.getUint32(end + 16, true);
  for (let index = 0; index < entries; index += 1) {
    if (view.getUint32(entry, true) !== 0x02014b50) throw new Error('The DOCX archive has a damaged central directory.');
    view.setUint16(entry + 12, fixedZipTime, true);
    view.setUint16(entry + 14, fixedZipDate, true);
    const local = view.getUint32(entry + 42, true);
    view.setUint16(local + 10, fixedZipTime, true);
    view.setUint16(local + 12, fixedZipDate, true);
    entry += 46 + view.getUint16(entry + 28, true) + view.getUint16(entry + 30, true) + view.getUint16(entry + 32, true);
  }
}

/** Renders a tailored résumé as a DOCX document; the same résumé and options always give the same bytes. */
export async function exportResumeDocx(tailored: TailoredResume, options: ResumeExportOptions = {}): Promise<Uint8Array> {
  const { document, title, author } = resumeDocxDocument(tailored, options);
  const buffer = await Packer.toBuffer(document, false, [{ path: 'docProps/core.xml', data: corePropertiesXml(title, author) }]);
  const bytes = new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  fixZipTimestamps(bytes);
  return bytes;
}
