import { PDFDocument } from '@cantoo/pdf-lib';
import { describe, expect, it } from 'vitest';
import { UnprocessableError, ValidationError } from '../errors.ts';
import { cvMediaTypes } from './detect-cv-format.ts';
import { extractCvText } from './extract-cv-text.ts';
import { docxFile, encryptedPdf, manyPagePdf, markdownCv, scannedPdf, textPdf } from './test-cv-files.ts';

const encode = (text: string) => new TextEncoder().encode(text);

async function rejection(file: { bytes: Uint8Array; declaredType: string; fileName: string }) {
  const error = await extractCvText(file).catch((caught: unknown) => caught);
  expect(error).toBeInstanceOf(ValidationError);
  return (error as ValidationError).message;
}

describe('extractCvText', () => {
  it('reads the text layer of a PDF line by line', async () => {
    const { format, text } = await extractCvText({ bytes: await textPdf(), declaredType: 'application/pdf', fileName: 'cv.pdf' });

    expect(format).toBe('pdf');
    expect(text).toContain('Summary\nBackend engineer with eight years of building payment systems.');
    expect(text).toContain('• Led a team of five engineers');
  });

  it('reads a PDF handed over as a Node Buffer, as the upload middleware gives it', async () => {
    const { text } = await extractCvText({ bytes: Buffer.from(await textPdf()), declaredType: 'application/pdf', fileName: 'cv.pdf' });

    expect(text).toContain('Led a team of five engineers');
  });

  it('reads the paragraphs of a DOCX document', async () => {
    const { format, text } = await extractCvText({ bytes: await docxFile(), declaredType: cvMediaTypes.docx, fileName: 'cv.docx' });

    expect(format).toBe('docx');
    expect(text.split('\n\n')).toContain('Led a team of five engineers');
  });

  it('tells Markdown from plain text by the declared type or the extension', async () => {
    const bytes = encode(markdownCv());

    expect((await extractCvText({ bytes, declaredType: 'text/markdown', fileName: 'cv' })).format).toBe('markdown');
    expect((await extractCvText({ bytes, declaredType: 'application/octet-stream', fileName: 'cv.md' })).format).toBe('markdown');
    expect((await extractCvText({ bytes, declaredType: 'text/plain', fileName: 'cv.txt' })).format).toBe('text');
  });

  it('drops the byte order mark and Windows line endings of a text file', async () => {
    const { text } = await extractCvText({ bytes: encode('\uFEFFJane Doe\r\nSkills\r\nGo'), declaredType: 'text/plain', fileName: 'cv.txt' });

    expect(text).toBe('Jane Doe\nSkills\nGo');
  });

  it('refuses a password-protected PDF and says how to fix it', async () => {
    expect(await rejection({ bytes: await encryptedPdf(), declaredType: 'application/pdf', fileName: 'cv.pdf' })).toMatch(/password-protected/);
  });

  it('refuses a PDF with no text layer, such as a scan', async () => {
    expect(await rejection({ bytes: await scannedPdf(), declaredType: 'application/pdf', fileName: 'scan.pdf' })).toMatch(/no text layer/);
  });

  it('refuses a damaged PDF', async () => {
    const truncated = (await textPdf()).slice(0, 400);

    expect(await rejection({ bytes: truncated, declaredType: 'application/pdf', fileName: 'cv.pdf' })).toMatch(/could not be read/);
  });

  it('refuses a file named .pdf that is not a PDF', async () => {
    expect(await rejection({ bytes: encode('just some text'), declaredType: 'application/pdf', fileName: 'cv.pdf' })).toMatch(/not a readable PDF/);
  });

  it('refuses a PDF uploaded as plain text', async () => {
    expect(await rejection({ bytes: await textPdf(), declaredType: 'text/plain', fileName: 'cv.txt' })).toMatch(/is a PDF but was uploaded as plain text/);
  });

  it('refuses an image, whatever it is called', async () => {
    const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0]);

    expect(await rejection({ bytes: png, declaredType: 'application/pdf', fileName: 'cv.pdf' })).toMatch(/image\/png are not supported/);
  });

  it('refuses a legacy Word document', async () => {
    // The Compound File Binary signature that .doc files and password-protected Office files start with.
    const cfb = new Uint8Array(1024);
    cfb.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

    expect(await rejection({ bytes: cfb, declaredType: 'application/msword', fileName: 'cv.doc' })).toMatch(/legacy Word/);
  });

  it('refuses a text format other than Markdown or plain text, such as CSV', async () => {
    expect(await rejection({ bytes: encode('Jane Doe'), declaredType: 'text/csv', fileName: 'cv.csv' })).toMatch(/not supported/);
  });

  it('refuses text that is not UTF-8 or that holds binary data', async () => {
    expect(await rejection({ bytes: Uint8Array.from([0x4a, 0x61, 0xff, 0xfe, 0x6e]), declaredType: 'text/plain', fileName: 'cv.txt' })).toMatch(/UTF-8/);
    expect(await rejection({ bytes: encode('Jane\u0000Doe'), declaredType: 'text/plain', fileName: 'cv.txt' })).toMatch(/not a text file/);
  });

  it('refuses an empty file', async () => {
    expect(await rejection({ bytes: encode(' \n\n '), declaredType: 'text/plain', fileName: 'cv.txt' })).toMatch(/contains no text/);
  });

  it('refuses a file over 5 MB before reading it', async () => {
    const big = new Uint8Array(5 * 1024 * 1024 + 1).fill(0x61);

    expect(await rejection({ bytes: big, declaredType: 'text/plain', fileName: 'cv.txt' })).toMatch(/larger than 5 MB/);
  });

  it('accepts a PDF whose owner password only restricts printing', async () => {
    const document = await PDFDocument.load(await textPdf());
    document.encrypt({ ownerPassword: 'owner-secret', permissions: { printing: false } });

    const { text } = await extractCvText({ bytes: await document.save(), declaredType: 'application/pdf', fileName: 'cv.pdf' });

    expect(text).toContain('Led a team of five engineers');
  });

  it('refuses a CV with a run of over 500 characters without a space, and keeps a long link', async () => {
    const link = `https://example.com/${'a'.repeat(400)}`;
    const { text } = await extractCvText({ bytes: encode(`Jane Doe\n\nPortfolio: ${link}`), declaredType: 'text/plain', fileName: 'cv.txt' });
    expect(text).toContain(link);

    const error = await extractCvText({ bytes: encode(`Jane Doe\n\n${'a'.repeat(501)}`), declaredType: 'text/plain', fileName: 'cv.txt' }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(UnprocessableError);
    expect((error as UnprocessableError).message).toMatch(/more than 500 characters with no space/);
  });

  it('refuses a PDF of more than 40 pages before reading any page', async () => {
    const error = await extractCvText({ bytes: await manyPagePdf(41), declaredType: 'application/pdf', fileName: 'cv.pdf' }).catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(UnprocessableError);
    expect((error as UnprocessableError).message).toBe('The PDF has 41 pages; a CV of at most 40 pages is read.');
  });

  it('reads a PDF of 40 pages', async () => {
    const document = await PDFDocument.load(await textPdf());
    for (let index = 1; index < 40; index++) document.addPage([595, 842]);

    const { text } = await extractCvText({ bytes: await document.save(), declaredType: 'application/pdf', fileName: 'cv.pdf' });

    expect(text).toContain('Led a team of five engineers');
  });

  it('refuses a CV whose text is longer than 100,000 characters with a reason', async () => {
    const error = await extractCvText({ bytes: encode('word '.repeat(20_001)), declaredType: 'text/plain', fileName: 'cv.txt' }).catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(UnprocessableError);
    expect((error as UnprocessableError).message).toBe('The CV text is longer than 100,000 characters; upload a shorter version.');
  });
});
