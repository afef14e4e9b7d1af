import type { Database } from '../../db/database.ts';
import type { UserTable } from '../../db/user-tables.ts';
import { readUserRecords } from './read-user-records.ts';

/**
 * The user's whole account as one JSON document, produced piece by piece so a large account never
 * sits in memory: `{ format, version, exportedAt, records: { <table>: [rows…], … } }`.
 */
export async function* jsonExport(options: {
  database: Database;
  userId: string;
  tables: UserTable[];
  exportedAt: Date;
}): AsyncGenerator<string> {
  const { database, userId, tables, exportedAt } = options;
  yield `{"format":"atlas-export","version":1,"exportedAt":${JSON.stringify(exportedAt)},"records":{`;
  for (const [tableIndex, table] of tables.entries()) {
    yield `${tableIndex > 0 ? ',' : ''}${JSON.stringify(table.name)}:[`;
    let first = true;
    for await (const page of readUserRecords(database, { userId, table })) {
      const rows = page.map((record) => JSON.stringify(record)).join(',');
      yield first ? rows : `,${rows}`;
      first = false;
    }
    yield ']';
  }
  yield '}}\n';
}
