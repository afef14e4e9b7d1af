import type { JsonResume } from './json-resume-schema.ts';

/** A line of text in a résumé and its JSON Pointer. */
export interface ResumeLine {
  pointer: string;
  text: string;
}

const escapePointer = (segment: string) => segment.replace(/~/g, '~0').replace(/\//g, '~1');

/** Every string a résumé prints, with its JSON Pointer, in document order ($schema and meta are not printed). */
export function resumeLines(resume: JsonResume): ResumeLine[] {
  const lines: ResumeLine[] = [];
  const walk = (value: unknown, pointer: string) => {
    if (typeof value === 'string') lines.push({ pointer, text: value });
    else if (Array.isArray(value)) value.forEach((item, index) => walk(item, `${pointer}/${index}`));
    else if (value && typeof value === 'object') for (const [key, item] of Object.entries(value)) walk(item, `${pointer}/${escapePointer(key)}`);
  };
  for (const [key, value] of Object.entries(resume)) if (key !== '$schema' && key !== 'meta') walk(value, `/${escapePointer(key)}`);
  return lines;
}
