import { decodeHTML } from 'entities';
import { convert } from 'html-to-text';

const conversion = {
  wordwrap: false as const,
  selectors: [
    // Link targets and images are noise in a description a model and a search index read.
    { selector: 'a', options: { ignoreHref: true } },
    { selector: 'img', format: 'skip' },
    // Headings keep their case: shouting "ABOUT US" would change what a search or a model matches.
    ...['h1', 'h2', 'h3', 'h4', 'h5', 'h6'].map((selector) => ({ selector, options: { uppercase: false } })),
  ],
};

/**
 * Turns a posting's HTML into plain text: entities decoded, markup, scripts and styles dropped.
 * `escaped` is for sources that send the HTML itself entity-escaped (Greenhouse's `content`,
 * many JSON-LD descriptions), which must be decoded once before it can be read as HTML.
 */
export function htmlToPlainText(html: string, options: { escaped?: boolean } = {}): string {
  const markup = options.escaped ? decodeHTML(html) : html;
  // No-break spaces become spaces so full-text search splits words there; blank lines at either end
  // go, but a first line's indent stays (it is a list bullet's).
  return convert(markup, conversion)
    .replace(/\u00a0/g, ' ')
    .replace(/^\s*\n/, '')
    .trimEnd();
}

/** True when text looks like HTML that was entity-escaped as a whole ("&lt;p&gt;...") rather than HTML. */
export function looksEntityEscaped(text: string): boolean {
  return !/<[a-z!/]/i.test(text) && /&lt;\/?[a-z]/i.test(text);
}

/** A description a source sends in titled HTML parts, as plain text: each part under its title, empty ones left out. */
export function sectionsToPlainText(sections: { title?: string | null; html?: string | null }[]): string {
  return sections
    .map(({ title, html }) => {
      const text = htmlToPlainText(html ?? '');
      return text && title?.trim() ? `${title.trim()}\n${text}` : text;
    })
    .filter((part) => part.trim() !== '')
    .join('\n\n');
}

/** A short text a source sends with entities in it ("CI&amp;T"), decoded, tags dropped and spaces collapsed: for names and titles. */
export function plainName(text: string): string {
  return decodeHTML(text.replace(/<[^>]*>/g, ' '))
    .replace(/[\s\u00a0]+/g, ' ')
    .trim();
}

// UTF-8 read as Latin-1 ("itâ\u0080\u0099s"): a lead byte, then continuation bytes of which at least one is a C1 control,
// which no real text contains, so text that merely has accented letters is never touched.
const misreadUtf8 = /[\u00c2-\u00df][\u0080-\u00bf]|[\u00e0-\u00ef][\u0080-\u00bf]{2}|[\u00f0-\u00f4][\u0080-\u00bf]{3}/g;

/** Text some sources send with UTF-8 mis-decoded as Latin-1 ("itâ\u0080\u0099s"), repaired ("it’s"); other text unchanged. */
export function repairMisreadUtf8(text: string): string {
  return text.replace(misreadUtf8, (sequence) => {
    if (!/[\u0080-\u009f]/.test(sequence)) return sequence;
    const repaired = Buffer.from(sequence, 'latin1').toString('utf8');
    return repaired.includes('\ufffd') ? sequence : repaired;
  });
}
