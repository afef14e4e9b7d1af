import { PGlite } from '@electric-sql/pglite';
import { afterEach, describe, expect, it } from 'vitest';
import { analyzeChangedTables, startEmbeddedAutoAnalyze } from './embedded-auto-analyze.ts';

describe('planner statistics on embedded PGlite', () => {
  let client: PGlite | undefined;
  afterEach(async () => {
    await client?.close();
  });

  async function tableOf(rows: number) {
    client = await PGlite.create();
    await client.exec(`create table postings (id int primary key, title text); insert into postings select g, 'Nurse ' || g from generate_series(1, ${rows}) g;`);
    return client;
  }
  const estimatedRows = async (db: PGlite) => (await db.query<{ reltuples: number }>(`select reltuples from pg_class where relname = 'postings'`)).rows[0]!.reltuples;

  it('analyses a table once enough of it changed, so the planner knows its size, and leaves it alone until it changes again', async () => {
    const db = await tableOf(5000);
    expect(await estimatedRows(db)).toBeLessThan(0);

    expect(await analyzeChangedTables(db)).toEqual(['postings']);
    expect(await estimatedRows(db)).toBe(5000);
    expect(await analyzeChangedTables(db)).toEqual([]);

    await db.exec(`insert into postings select g, 'Welder ' || g from generate_series(5001, 5300) g`);
    expect(await analyzeChangedTables(db)).toEqual([]);
    await db.exec(`insert into postings select g, 'Teacher ' || g from generate_series(5301, 6000) g`);
    expect(await analyzeChangedTables(db)).toEqual(['postings']);
    expect(await estimatedRows(db)).toBe(6000);
  });

  it('analyses a small table the first time it holds rows, as a CV of thirty passages is', async () => {
    const db = await tableOf(30);

    expect(await analyzeChangedTables(db)).toEqual(['postings']);
    expect(await estimatedRows(db)).toBe(30);
    await db.exec(`insert into postings values (31, 'Pharmacist')`);
    expect(await analyzeChangedTables(db)).toEqual([]);
  });

  it('runs by itself on its interval', async () => {
    const db = await tableOf(2000);
    const auto = startEmbeddedAutoAnalyze(db, { intervalMilliseconds: 20 });

    for (let attempt = 0; attempt < 100 && (await estimatedRows(db)) < 0; attempt++) await new Promise((resolve) => setTimeout(resolve, 20));
    await auto.stop();

    expect(await estimatedRows(db)).toBe(2000);
  });
});
