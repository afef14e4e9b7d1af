import { describe, expect, it } from 'vitest';
import { UnavailableError, UnprocessableError, ValidationError } from '../errors.ts';
import { cvMediaTypes } from './detect-cv-format.ts';
import { readCvFileOffThread } from './read-cv-file-off-thread.ts';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { docxFile, docxManyParagraphs, pdfStreamBomb } from './test-cv-files.ts';

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

  it('counts the time limit from when the thread holds the file, so a slow thread start never refuses a CV', async () => {
    const markdown = new TextEncoder().encode('# Alex Example\n\n## Experience\n\nLed a team of five engineers building TypeScript services.\n');

    // Loading the readers alone takes longer than this limit; reading a few lines of Markdown takes a few milliseconds.
    const reading = await readCvFileOffThread({ bytes: markdown, declaredType: 'text/markdown', fileName: 'cv.md' }, { timeoutMs: 500 });
    const busy = await readCvFileOffThread({ bytes: markdown, declaredType: 'text/markdown', fileName: 'cv.md' }, { startupTimeoutMs: 1 }).catch(
      (caught: unknown) => caught,
    );

    expect(reading.passages).toContainEqual({ section: 'Experience', text: 'Led a team of five engineers building TypeScript services.' });
    // A thread that cannot start in time is the server's trouble: 503, try again, not a refusal of the file.
    expect(busy).toBeInstanceOf(UnavailableError);
    expect((busy as UnavailableError).code).toBe('cv_reader_busy');
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

  it('stops a reading that outgrows its heap and refuses the file with 422 cv_too_large, while this thread keeps answering', async () => {
    const bytes = await docxManyParagraphs();
    const delay = monitorEventLoopDelay({ resolution: 10 });
    delay.enable();
    let ticks = 0;
    const ticker = setInterval(() => ticks++, 50);
    const started = performance.now();

    // A time limit far beyond what the reading takes, so only the heap limit can stop it.
    const error = await readCvFileOffThread({ bytes, declaredType: cvMediaTypes.docx, fileName: 'cv.docx' }, { timeoutMs: 120_000, heapMb: 32 }).catch(
      (caught: unknown) => caught,
    );
    const elapsed = performance.now() - started;
    clearInterval(ticker);
    delay.disable();
    const next = await readCvFileOffThread({ bytes: await docxFile(), declaredType: cvMediaTypes.docx, fileName: 'cv.docx' });

    expect(error).toBeInstanceOf(UnprocessableError);
    expect((error as UnprocessableError).code).toBe('cv_too_large');
    expect((error as UnprocessableError).message).toMatch(/took too much time or memory to read/);
    expect(elapsed).toBeLessThan(60_000);
    // The thread that serves requests was free throughout, and the reading slot was given back.
    expect(ticks).toBeGreaterThan(elapsed / 50 / 4);
    expect(delay.max / 1e6).toBeLessThan(1_000);
    expect(next.format).toBe('docx');
  }, 150_000);
});
