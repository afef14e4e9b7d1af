import { deflateSync } from 'node:zlib';
import { PDFDocument, rgb, StandardFonts } from '@cantoo/pdf-lib';
import { Document, HeadingLevel, Packer, Paragraph } from 'docx';
import { ZipFile } from 'yazl';

/** A CV's content, used to build the same CV in every format the tests upload. */
export const sampleCv = {
  name: 'Jane Doe',
  sections: [
    { heading: 'Summary', lines: ['Backend engineer with eight years of building payment systems.'] },
    {
      heading: 'Experience',
      lines: ['Senior Engineer, Acme Payments, 2019 to 2024', '• Built a Go service handling 3,000 requests per second on PostgreSQL', '• Led a team of five engineers'],
    },
    { heading: 'Skills', lines: ['Go, PostgreSQL, Kubernetes, Terraform'] },
  ],
};

/** A one-page PDF with a real text layer, one line per CV line, as word processors export it. */
export async function textPdf(lines: string[] = sampleCvLines()): Promise<Uint8Array> {
  const document = await PDFDocument.create();
  const font = await document.embedFont(StandardFonts.Helvetica);
  const page = document.addPage([595, 842]);
  lines.forEach((line, index) => {
    page.drawText(line, { x: 50, y: 790 - index * 18, size: 11, font });
  });
  return document.save();
}

/** A PDF that opens only with a password, as "protect with password" in a PDF tool makes it. */
export async function encryptedPdf(): Promise<Uint8Array> {
  const document = await PDFDocument.load(await textPdf());
  document.encrypt({ userPassword: 'open-sesame', ownerPassword: 'owner-secret' });
  return document.save();
}

/** A PDF with drawing but no text layer: what a scanner produces (the scan reduced to a shape). */
export async function scannedPdf(): Promise<Uint8Array> {
  const document = await PDFDocument.create();
  const page = document.addPage([595, 842]);
  page.drawRectangle({ x: 40, y: 600, width: 500, height: 200, color: rgb(0.2, 0.2, 0.2) });
  return document.save();
}

/** A DOCX document with Word heading styles and one paragraph per line. */
export async function docxFile(): Promise<Uint8Array> {
  const document = new Document({
    sections: [
      {
        children: [
          new Paragraph({ text: sampleCv.name, heading: HeadingLevel.TITLE }),
          ...sampleCv.sections.flatMap((section) => [
            new Paragraph({ text: section.heading, heading: HeadingLevel.HEADING_1 }),
            ...section.lines.map((line) =>
              line.startsWith('• ') ? new Paragraph({ text: line.slice(2), bullet: { level: 0 } }) : new Paragraph({ text: line }),
            ),
          ]),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}

export function markdownCv(): string {
  return [
    `# ${sampleCv.name}`,
    '',
    ...sampleCv.sections.flatMap((section) => [
      `## ${section.heading}`,
      '',
      ...section.lines.map((line) => (line.startsWith('• ') ? `- ${line.slice(2)}` : `${line}\n`)),
      '',
    ]),
  ].join('\n');
}

export function sampleCvLines(): string[] {
  return [sampleCv.name, ...sampleCv.sections.flatMap((section) => [section.heading, ...section.lines])];
}

/** A Markdown CV that is one word of 99,000 characters: cheap to send, slow for tokenizers and splitters. */
export function longWordMarkdown(): string {
  return `# Jane Doe\n\n${'a'.repeat(99_000)}\n`;
}

/** A DOCX zip bomb: its document part is about 60 KB compressed and inflates to 64 MB. */
export async function docxZipBomb(): Promise<Uint8Array> {
  const zip = new ZipFile();
  zip.addBuffer(
    Buffer.from(
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
        '<Default Extension="xml" ContentType="application/xml"/>' +
        '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    ),
    '[Content_Types].xml',
  );
  zip.addBuffer(Buffer.alloc(64 * 1024 * 1024, ' '), 'word/document.xml');
  zip.end();
  const parts: Buffer[] = [];
  for await (const part of zip.outputStream) parts.push(part as Buffer);
  return new Uint8Array(Buffer.concat(parts));
}

/** A one-page PDF whose content stream is 40 KB compressed and 40 MB inflated, every operator drawing text. */
export async function pdfStreamBomb(): Promise<Uint8Array> {
  const document = await PDFDocument.create();
  const font = await document.embedFont(StandardFonts.Helvetica);
  const page = document.addPage([595, 842]);
  page.drawText('Jane Doe', { x: 50, y: 790, size: 11, font });
  const operators = Buffer.from('BT /F1 1 Tf 1 0 0 1 10 10 Tm (a) Tj ET\n'.repeat(1_000_000));
  const stream = document.context.stream(deflateSync(operators), { Filter: 'FlateDecode', Length: 0 });
  page.node.addContentStream(document.context.register(stream));
  return document.save();
}

/** A PDF of 5,000 blank pages: a few hundred KB that would make every page be opened in turn. */
export async function manyPagePdf(pages = 5_000): Promise<Uint8Array> {
  const document = await PDFDocument.create();
  for (let index = 0; index < pages; index++) document.addPage([595, 842]);
  return document.save();
}

/**
 * A DOCX within every size limit (a few hundred KB packed, under 20 MB unpacked) whose document is
 * hundreds of thousands of tiny paragraphs: parsing it builds a tree far bigger than the file, so a
 * reading with a small heap runs out of memory rather than time.
 */
export async function docxManyParagraphs(paragraphs = 300_000): Promise<Uint8Array> {
  const zip = new ZipFile();
  zip.addBuffer(
    Buffer.from(
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
        '<Default Extension="xml" ContentType="application/xml"/>' +
        '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    ),
    '[Content_Types].xml',
  );
  zip.addBuffer(
    Buffer.from(
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    ),
    '_rels/.rels',
  );
  const paragraph = '<w:p><w:r><w:t>Go</w:t></w:r></w:p>';
  zip.addBuffer(
    Buffer.from(
      '<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>' +
        paragraph.repeat(paragraphs) +
        '</w:body></w:document>',
    ),
    'word/document.xml',
  );
  zip.end();
  const parts: Buffer[] = [];
  for await (const part of zip.outputStream) parts.push(part as Buffer);
  return new Uint8Array(Buffer.concat(parts));
}
