import { describe, expect, it } from 'vitest';
import { UnprocessableError, ValidationError } from '../errors.ts';
import { cvMediaTypes } from './detect-cv-format.ts';
import { readCvFileOffThread } from './read-cv-file-off-thread.ts';
import { docxFile, pdfStreamBomb } from './test-cv-files.ts';

describe('readCvFileOffThread', () => {
  it('reads a CV into its text and passages in a worker thread', async () => {
    const reading = await readCvFileOffThread({ bytes: await docxFile(), declaredType: cvMediaTypes.docx, fileName: 'cv.docx' });

    expect(reading.format).toBe('docx');
    expect(reading.passages).toContainEqual({ section: 'Experience', text: 'Led a team of five engineers' });
  });

  it('brings a refusal back with its reason', async () => {
    const error = await readCvFileOffThread({ bytes: new TextEncoder().encode(' '), declaredType: 'text/plain', fileName: 'cv.txt' }).catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).message).toBe('The file contains no text.');
  });

  it('stops a reading that outlasts its time limit and refuses the file with 422', async () => {
    const started = performance.now();
    const error = await readCvFileOffThread({ bytes: await pdfStreamBomb(), declaredType: 'application/pdf', fileName: 'cv.pdf' }, { timeoutMs: 2_000 }).catch(
      (caught: unknown) => caught,
    );

    expect(error).toBeInstanceOf(UnprocessableError);
    expect((error as UnprocessableError).message).toMatch(/took too much time or memory to read/);
    expect(performance.now() - started).toBeLessThan(8_000);
  }, 20_000);
});
