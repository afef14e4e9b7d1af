import { PDFDocument, rgb, StandardFonts } from '@cantoo/pdf-lib';
import { Document, HeadingLevel, Packer, Paragraph } from 'docx';

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
