import { describe, expect, it } from 'vitest';
import { readableSnippet } from './readable-snippet.ts';

describe('readableSnippet', () => {
  it('starts at a whole word when the fragment begins inside one', () => {
    const description = 'We are hiring. Backend engineers build Python services on PostgreSQL for our customers.';

    expect(readableSnippet('ckend engineers build Python services', description)).toBe('…engineers build Python services…');
  });

  it('turns list markers into separators and drops Markdown emphasis', () => {
    const description = 'About us\n* **Python** services\n* SQL and dbt\n- Remote in Europe';

    expect(readableSnippet('* **Python** services\n* SQL and dbt\n- Remote in Europe', description)).toBe('…Python services · SQL and dbt · Remote in Europe');
  });

  it('adds no ellipsis when the snippet is the whole description', () => {
    expect(readableSnippet('Run the Lisbon office.', 'Run the Lisbon office.')).toBe('Run the Lisbon office.');
  });
});
