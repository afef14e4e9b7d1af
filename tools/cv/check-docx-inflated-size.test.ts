import { describe, expect, it } from 'vitest';
import { UnprocessableError, ValidationError } from '../errors.ts';
import { checkDocxInflatedSize } from './check-docx-inflated-size.ts';
import { docxFile, docxZipBomb } from './test-cv-files.ts';

/** Rewrites every size a zip declares for its parts to 1 KB, as a bomb built to pass header checks does. */
function withLyingSizes(zip: Uint8Array): Uint8Array {
  const bytes = new Uint8Array(zip);
  const view = new DataView(bytes.buffer);
  for (let offset = 0; offset + 4 <= bytes.byteLength; offset++) {
    const signature = view.getUint32(offset, true);
    if (signature === 0x04034b50) view.setUint32(offset + 22, 1024, true);
    if (signature === 0x02014b50) view.setUint32(offset + 24, 1024, true);
  }
  return bytes;
}

function failure(bytes: Uint8Array): unknown {
  try {
    checkDocxInflatedSize(bytes);
  } catch (error) {
    return error;
  }
  return undefined;
}

describe('checkDocxInflatedSize', () => {
  it('lets a real DOCX through', async () => {
    expect(failure(await docxFile())).toBeUndefined();
  });

  it('refuses a zip bomb whose parts inflate past 20 MB, whatever sizes its headers declare', async () => {
    const bomb = await docxZipBomb();

    for (const bytes of [bomb, withLyingSizes(bomb)]) {
      const error = failure(bytes);
      expect(error).toBeInstanceOf(UnprocessableError);
      expect((error as UnprocessableError).message).toMatch(/unpacks to more than 20 MB/);
    }
  });

  it('refuses a truncated zip as damaged', async () => {
    const docx = await docxFile();

    expect(failure(docx.subarray(0, docx.byteLength - 30))).toBeInstanceOf(ValidationError);
  });
});
