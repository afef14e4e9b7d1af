import { Readability } from '@mozilla/readability';

/** What the extension sends Atlas about the page: the posting's data and main text, nothing else. */
export interface PageReading {
  url: string;
  structuredData?: string;
  page: { title: string; siteName: string | null; text: string };
}

// The same limits Atlas enforces; text beyond them is cut here, before anything leaves the browser.
// Both together, escaped as JSON, stay under the server's 1 MB body limit.
const maxTextLength = 60_000;
const maxStructuredLength = 300_000;
const blockTags = new Set(['P', 'DIV', 'LI', 'UL', 'OL', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'TR', 'SECTION', 'ARTICLE', 'HEADER', 'FOOTER', 'DT', 'DD', 'TABLE', 'BLOCKQUOTE', 'PRE']);

/** Text with a line per block, so labelled lines ("Location: Berlin") survive, without layout. */
function blockText(root: Node): string {
  let text = '';
  const walk = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) text += node.textContent?.replace(/\s+/g, ' ') ?? '';
    if (node.nodeName === 'BR') text += '\n';
    const block = blockTags.has(node.nodeName);
    if (block) text += '\n';
    node.childNodes.forEach(walk);
    if (block) text += '\n';
  };
  walk(root);
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .join('\n');
}

/** The page's JSON-LD blocks and top-level schema.org JobPosting microdata items, whole, up to the limit. */
function structuredData(): string | undefined {
  const blocks = [
    ...[...document.querySelectorAll('script[type="application/ld+json"]')].map((script) => script.outerHTML),
    ...[...document.querySelectorAll('[itemscope][itemtype]')]
      .filter((item) => /JobPosting$/.test(item.getAttribute('itemtype')?.trim() ?? '') && !item.parentElement?.closest('[itemscope]'))
      .map((item) => item.outerHTML),
  ];
  let markup = '';
  for (const block of blocks) {
    if (markup.length + block.length > maxStructuredLength) break;
    markup += `${block}\n`;
  }
  return markup || undefined;
}

/** Reads the page the user opened the extension on; runs in that page, only when the user clicks. */
export function readPage(): PageReading {
  const article = new Readability(document.cloneNode(true) as Document).parse();
  // An inert document: markup parsed here runs no handlers and loads nothing.
  const content = article?.content ? new DOMParser().parseFromString(article.content, 'text/html').body : document.body;
  const text = blockText(content).slice(0, maxTextLength);
  const siteName = article?.siteName ?? document.querySelector('meta[property="og:site_name"]')?.getAttribute('content') ?? null;
  return {
    url: location.href,
    structuredData: structuredData(),
    page: { title: (article?.title || document.title).slice(0, 500), siteName: siteName?.slice(0, 200) ?? null, text },
  };
}

(globalThis as { atlasReadPage?: () => PageReading }).atlasReadPage = readPage;
