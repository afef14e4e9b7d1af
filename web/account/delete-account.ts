import { sql } from 'drizzle-orm';
import type { Database } from '../../db/database.ts';
import type { UserTable } from '../../db/user-tables.ts';
import { withUser } from '../../db/with-user.ts';

/**
 * The order to delete in: a table before every table it references, so no foreign key (whatever its
 * ON DELETE rule) blocks a delete; `users` comes last as everything references it.
 */
export function deletionOrder(tables: UserTable[]): UserTable[] {
  const ordered: UserTable[] = [];
  const placed = new Set<string>();
  const visiting = new Set<string>();
  const byName = new Map(tables.map((table) => [table.name, table]));
  const place = (table: UserTable) => {
    if (placed.has(table.name) || visiting.has(table.name)) return;
    visiting.add(table.name);
    // Tables that reference this one go first.
    for (const other of tables) if (other.references.includes(table.name)) place(other);
    visiting.delete(table.name);
    placed.add(table.name);
    ordered.push(table);
  };
  for (const table of tables) place(byName.get(table.name)!);
  return ordered;
}

/**
 * Deletes every row the user owns, in every user table the catalogue lists, and the account itself,
 * in one transaction under the user's row-level security: all of it goes, or (on any failure) none of
 * it. Sessions and access tokens are among those rows, so every credential stops working at commit.
 */
export async function deleteAccountRows(database: Database, options: { userId: string; tables: UserTable[] }) {
  const { userId, tables } = options;
  await withUser(database, userId, async (tx) => {
    for (const table of deletionOrder(tables)) {
      await tx.execute(sql`delete from ${sql.identifier(table.name)} where ${sql.identifier(table.ownerColumn)} = ${userId}`);
    }
  });
}
