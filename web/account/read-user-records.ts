import { sql, type SQL } from 'drizzle-orm';
import type { Database } from '../../db/database.ts';
import type { UserTable } from '../../db/user-tables.ts';
import { withUser } from '../../db/with-user.ts';

export type UserRecord = Record<string, unknown>;

const keyAlias = (position: number) => `__key_${position}`;

/**
 * The user's rows of one table, page by page in primary-key order. Each page is read in its own short
 * transaction under the user's row-level security, so a slow download never holds a transaction (or
 * the embedded database's single connection) open. `filter` narrows the rows further.
 */
export async function* readUserRecords(
  database: Database,
  options: { userId: string; table: UserTable; filter?: SQL; pageSize?: number },
): AsyncGenerator<UserRecord[]> {
  const { userId, table, filter, pageSize = 500 } = options;
  const columns = table.exportedColumns.map((column) => sql.identifier(column.name));
  const keys = table.primaryKey.map((column) => sql.identifier(column.name));
  const keyTexts = table.primaryKey.map((column, position) => sql`${sql.identifier(column.name)}::text as ${sql.identifier(keyAlias(position))}`);
  const conditions: SQL[] = [sql`${sql.identifier(table.ownerColumn)} = ${userId}`];
  if (filter) conditions.push(filter);

  let after: string[] | undefined;
  for (;;) {
    const pageConditions = [...conditions];
    if (after) {
      const bounds = table.primaryKey.map((column, position) => sql`${after![position]}::${sql.raw(column.type)}`);
      pageConditions.push(sql`(${sql.join(keys, sql`, `)}) > (${sql.join(bounds, sql`, `)})`);
    }
    const query = sql`
      select ${sql.join([...columns, ...keyTexts], sql`, `)}
      from ${sql.identifier(table.name)}
      where ${sql.join(pageConditions, sql` and `)}
      ${keys.length > 0 ? sql`order by ${sql.join(keys, sql`, `)} limit ${pageSize}` : sql``}`;
    const page = await withUser(database, userId, async (tx) => ((await tx.execute(query)) as unknown as { rows: UserRecord[] }).rows);
    if (page.length === 0) return;

    const last = page.at(-1)!;
    after = table.primaryKey.map((_column, position) => String(last[keyAlias(position)]));
    yield page.map((row) => {
      const record = { ...row };
      table.primaryKey.forEach((_column, position) => delete record[keyAlias(position)]);
      return record;
    });
    // Without a primary key there is no order to resume from, so the one query above read everything.
    if (keys.length === 0 || page.length < pageSize) return;
  }
}
