import { Readable } from 'node:stream';
import { stringify } from 'csv-stringify/sync';
import { sql } from 'drizzle-orm';
import { ZipFile } from 'yazl';
import type { Database } from '../../db/database.ts';
import type { UserTable } from '../../db/user-tables.ts';
import { withUser } from '../../db/with-user.ts';
import { readUserRecords, type UserRecord } from './read-user-records.ts';

function cell(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/** One CSV file, produced a page of rows at a time. */
async function* csvChunks(pages: AsyncIterable<UserRecord[]>, columns: string[]): AsyncGenerator<string> {
  // Email subjects and job descriptions come from strangers: a cell starting with = + - @ must not run
  // as a formula when the user opens the file in a spreadsheet.
  const options = { columns, escape_formulas: true };
  yield stringify([], { ...options, header: true });
  for await (const page of pages) {
    yield stringify(
      page.map((record) => columns.map((column) => cell(record[column]))),
      { ...options, header: false },
    );
  }
}

/** A group name as a safe, unique file name inside the zip. */
function groupFileName(group: string, taken: Set<string>) {
  const base = group.normalize('NFKC').replace(/[^\p{L}\p{N} ._-]+/gu, '_').replace(/^[. ]+|[. ]+$/g, '').slice(0, 80) || 'group';
  let name = base;
  for (let suffix = 2; taken.has(name.toLowerCase()); suffix++) name = `${base}-${suffix}`;
  taken.add(name.toLowerCase());
  return `pipeline-by-group/${name}.csv`;
}

/**
 * The user's account as a zip of CSV files, one per kind of record (`applications.csv`, …), plus the
 * pipeline once more split by application group (`pipeline-by-group/<group>.csv`). Each file is read
 * from the database only when the zip gets to it; the returned stream is the zip.
 */
export async function csvZipExport(options: {
  database: Database;
  userId: string;
  tables: UserTable[];
  exportedAt: Date;
}): Promise<Readable> {
  const { database, userId, tables, exportedAt } = options;
  const zip = new ZipFile();
  const output = zip.outputStream as Readable;
  // yazl does not watch its input streams for errors; a failed read must still end the download.
  zip.on('error', (error: unknown) => output.destroy(error as Error));

  const addCsv = (path: string, table: UserTable, filter?: ReturnType<typeof sql>) => {
    const columns = table.exportedColumns.map((column) => column.name);
    zip.addReadStreamLazy(path, { mtime: exportedAt }, (done) => {
      const stream = Readable.from(csvChunks(readUserRecords(database, { userId, table, filter }), columns));
      stream.on('error', (error) => zip.emit('error', error));
      done(null, stream);
    });
  };

  for (const table of tables) addCsv(`${table.name}.csv`, table);

  const pipeline = tables.find((table) => table.name === 'applications');
  if (pipeline?.exportedColumns.some((column) => column.name === 'group')) {
    const groups = await withUser(database, userId, async (tx) => {
      const result = (await tx.execute(sql`select distinct "group" from applications order by "group"`)) as unknown as {
        rows: { group: string }[];
      };
      return result.rows.map((row) => row.group);
    });
    const taken = new Set<string>();
    for (const group of groups) addCsv(groupFileName(group, taken), pipeline, sql`"group" = ${group}`);
  }
  zip.end();
  return output;
}
