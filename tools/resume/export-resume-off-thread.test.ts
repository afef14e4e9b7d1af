import { describe, expect, it } from 'vitest';
import { extractCvText } from '../cv/extract-cv-text.ts';
import { exportResumeOffThread } from './export-resume-off-thread.ts';
import { exportResumePdf } from './export-resume-pdf.ts';
import { nurse, softwareEngineer } from './export-resume-test-resumes.ts';

/** The longest time this thread's timers could not run while `work` went on. */
async function longestTimerGap(work: () => Promise<unknown>) {
  let last = performance.now();
  let longest = 0;
  const timer = setInterval(() => {
    const now = performance.now();
    longest = Math.max(longest, now - last);
    last = now;
  }, 5);
  await work();
  clearInterval(timer);
  return Math.max(longest, performance.now() - last);
}

describe('exportResumeOffThread', () => {
  it('renders PDF and DOCX in a worker thread, several at once, each readable back', async () => {
    const [pdf, docx, second] = await Promise.all([
      exportResumeOffThread('pdf', softwareEngineer.resume, softwareEngineer.options),
      exportResumeOffThread('docx', nurse.resume, nurse.options),
      exportResumeOffThread('pdf', nurse.resume, nurse.options),
    ]);

    const pdfText = (await extractCvText({ bytes: pdf, declaredType: 'application/pdf', fileName: 'resume.pdf' })).text;
    const docxText = (await extractCvText({ bytes: docx, declaredType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', fileName: 'resume.docx' })).text;
    expect(pdfText).toContain(softwareEngineer.resume.resume.basics!.name!);
    expect(docxText).toContain(nurse.resume.resume.basics!.name!);
    expect(Buffer.from(second.subarray(0, 5)).toString()).toBe('%PDF-');
  });

  it('keeps the request thread free while a PDF renders, unlike rendering on it', async () => {
    const onThisThread = await longestTimerGap(() => exportResumePdf(softwareEngineer.resume, softwareEngineer.options));
    const offThread = await longestTimerGap(() => exportResumeOffThread('pdf', softwareEngineer.resume, { ...softwareEngineer.options, pageSize: 'LETTER' }));

    // Measured against the same render on this thread in the same run, so a busy machine slows both.
    expect(offThread).toBeLessThan(onThisThread / 2);
  });
});
