import { inflateRawSync } from 'node:zlib';
import { cvLimits, cvTooLarge } from './cv-limits.ts';
import { invalidCv } from './detect-cv-format.ts';

const endOfCentralDirectory = 0x06054b50;
const centralDirectoryEntry = 0x02014b50;
const localFileHeader = 0x04034b50;

const damaged = () => invalidCv('The DOCX document could not be read; it may be damaged. Save it again or upload a PDF.');
const tooLarge = () =>
  cvTooLarge(`The DOCX document unpacks to more than ${cvLimits.docxInflatedBytes / 1024 / 1024} MB; save it without embedded media or upload a PDF.`);

/**
 * Inflates every part of a DOCX (a zip) against one byte budget before the document reader sees it.
 * The sizes a zip declares can lie, so each part is really inflated, with zlib stopping at the budget:
 * a compressed bomb costs at most the budget in memory and milliseconds of CPU.
 */
export function checkDocxInflatedSize(bytes: Uint8Array): void {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The end record sits in the last 22 bytes plus a comment of up to 64 KB.
  let end = -1;
  for (let offset = bytes.byteLength - 22; offset >= Math.max(0, bytes.byteLength - 22 - 0xffff); offset--) {
    if (view.getUint32(offset, true) === endOfCentralDirectory) {
      end = offset;
      break;
    }
  }
  if (end < 0) throw damaged();
  const entries = view.getUint16(end + 10, true);
  let entry = view.getUint32(end + 16, true);
  let budget = cvLimits.docxInflatedBytes;
  for (let index = 0; index < entries; index++) {
    if (entry + 46 > bytes.byteLength || view.getUint32(entry, true) !== centralDirectoryEntry) throw damaged();
    const method = view.getUint16(entry + 10, true);
    const compressedSize = view.getUint32(entry + 20, true);
    const local = view.getUint32(entry + 42, true);
    entry += 46 + view.getUint16(entry + 28, true) + view.getUint16(entry + 30, true) + view.getUint16(entry + 32, true);
    if (local + 30 > bytes.byteLength || view.getUint32(local, true) !== localFileHeader) throw damaged();
    const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    const data = bytes.subarray(start, Math.min(bytes.byteLength, start + compressedSize));
    let inflated: number;
    if (method === 0) inflated = data.byteLength;
    else if (method === 8) {
      try {
        inflated = inflateRawSync(data, { maxOutputLength: budget + 1 }).byteLength;
      } catch (error) {
        if ((error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') throw tooLarge();
        throw damaged();
      }
    } else throw damaged();
    budget -= inflated;
    if (budget < 0) throw tooLarge();
  }
}
