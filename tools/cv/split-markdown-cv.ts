import { Lexer, type Token } from 'marked';
import type { CvPassage } from './cv-passage.ts';
import { sectionHeading } from './section-heading.ts';

/** The words of inline Markdown without its markup: "**Go** at [Acme](https://…)" reads "Go at Acme". */
function plainText(tokens: Token[]): string {
  return tokens
    .map((token): string => {
      if (token.type === 'html' || token.type === 'image' || token.type === 'checkbox') return '';
      if (token.type === 'br') return ' ';
      const { tokens: children, text } = token as { tokens?: Token[]; text?: unknown };
      if (children && children.length > 0) return plainText(children);
      return typeof text === 'string' ? text : '';
    })
    .join('');
}

/**
 * Splits a Markdown CV by its structure, read with marked's lexer: headings start sections; each
 * paragraph, list item, table row and code block is a block. A paragraph line that is only a section
 * name ("**Experience**") is taken as a heading, as in the other formats.
 */
export function splitMarkdownCv(markdown: string): CvPassage[] {
  const passages: CvPassage[] = [];
  let section: string | null = null;
  const add = (text: string) => passages.push({ section, text });

  const walk = (tokens: Token[]) => {
    for (const token of tokens) {
      switch (token.type) {
        case 'heading':
          section = plainText(token.tokens ?? []).trim();
          break;
        case 'paragraph':
        case 'text': {
          // A CV written as plain text and saved as .md puts a heading on the line above its content,
          // which Markdown reads as one paragraph; such a line still starts a section.
          let lines: string[] = [];
          for (const line of plainText(token.tokens ?? [token]).split('\n')) {
            const heading = sectionHeading(line);
            if (heading === undefined) {
              lines.push(line);
              continue;
            }
            if (lines.length > 0) add(lines.join('\n'));
            lines = [];
            section = heading;
          }
          if (lines.length > 0) add(lines.join('\n'));
          break;
        }
        case 'list':
          for (const item of token.items as { tokens: Token[] }[]) walk(item.tokens);
          break;
        case 'blockquote':
          walk(token.tokens ?? []);
          break;
        case 'code':
          add(token.text as string);
          break;
        case 'table':
          for (const row of token.rows as { tokens: Token[] }[][]) add(row.map((cell) => plainText(cell.tokens)).join(' | '));
          break;
      }
    }
  };
  walk(Lexer.lex(markdown));
  return passages;
}
