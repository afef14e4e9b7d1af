import { sql } from 'drizzle-orm';
import type { Database, Transaction } from './database.ts';

export interface UserTableColumn {
  name: string;
  /** The column's SQL type as Postgres prints it (`uuid`, `timestamp with time zone`, `vector(768)`). */
  type: string;
}

/** A table that holds users' rows, as the database catalogue describes it. */
export interface UserTable {
  name: string;
  /** The column naming the row's owner: `id` for `users`, `user_id` (or a foreign key to users) elsewhere. */
  ownerColumn: string;
  /** The primary key, in index order, for paging through rows; empty when the table has none. */
  primaryKey: UserTableColumn[];
  /** Every column a user may take away: all but secrets, hashes and vectors. */
  exportedColumns: UserTableColumn[];
  /** The other tables this one has foreign keys to. */
  references: string[];
}

/**
 * Secrets never leave in an export, even to their owner: password and token hashes, encrypted Google
 * tokens, OAuth verifiers. Vectors and search indexes are derived data with no meaning outside Atlas.
 */
const secretColumn = /(^|_)(password|secret|token|hash|encrypted|ciphertext|verifier|challenge)(_|$)/;
const derivedType = /^(bytea|tsvector|vector(\(\d+\))?)$/;

export function isExportedColumn(column: UserTableColumn) {
  return !secretColumn.test(column.name) && !derivedType.test(column.type);
}

type Queryable = Database | Transaction;

async function rows<Row>(db: Queryable, query: ReturnType<typeof sql>): Promise<Row[]> {
  return ((await db.execute(query)) as unknown as { rows: Row[] }).rows;
}

/**
 * Every table in the public schema that holds users' rows: `users` itself, each table with a
 * `user_id` column, and each table with a foreign key to `users`. Read from the catalogue, so a table
 * added later is exported and deleted with the account without anyone listing it here.
 */
export async function findUserTables(db: Queryable): Promise<UserTable[]> {
  const tables = await rows<{ table: string; ownerColumn: string }>(
    db,
    sql`
      select c.relname as "table",
        case
          when c.relname = 'users' then 'id'
          when exists (select 1 from pg_attribute a where a.attrelid = c.oid and a.attname = 'user_id' and not a.attisdropped) then 'user_id'
          else (
            select a.attname from pg_constraint k
            join pg_attribute a on a.attrelid = k.conrelid and a.attnum = k.conkey[1]
            where k.conrelid = c.oid and k.contype = 'f' and k.confrelid = 'public.users'::regclass
            order by a.attnum limit 1)
        end as "ownerColumn"
      from pg_class c join pg_namespace n on n.oid = c.relnamespace
      where n.nspname = 'public' and c.relkind in ('r', 'p')
        and (c.relname = 'users'
          or exists (select 1 from pg_attribute a where a.attrelid = c.oid and a.attname = 'user_id' and not a.attisdropped)
          or exists (select 1 from pg_constraint k where k.conrelid = c.oid and k.contype = 'f' and k.confrelid = 'public.users'::regclass))
      order by c.relname = 'users' desc, c.relname`,
  );
  const columns = await rows<{ table: string; name: string; type: string; primaryKeyPosition: number | null }>(
    db,
    sql`
      select c.relname as "table", a.attname as name, format_type(a.atttypid, a.atttypmod) as type,
        array_position(i.indkey::int2[], a.attnum) as "primaryKeyPosition"
      from pg_attribute a
      join pg_class c on c.oid = a.attrelid
      join pg_namespace n on n.oid = c.relnamespace
      left join pg_index i on i.indrelid = c.oid and i.indisprimary
      where n.nspname = 'public' and a.attnum > 0 and not a.attisdropped
        and c.relname in (${sql.join(
          tables.map((table) => sql`${table.table}`),
          sql`, `,
        )})
      order by a.attnum`,
  );
  const foreignKeys = await rows<{ table: string; referenced: string }>(
    db,
    sql`
      select distinct c.relname as "table", f.relname as referenced
      from pg_constraint k
      join pg_class c on c.oid = k.conrelid
      join pg_class f on f.oid = k.confrelid
      join pg_namespace n on n.oid = c.relnamespace
      where n.nspname = 'public' and k.contype = 'f' and c.oid <> f.oid`,
  );
  return tables.map(({ table, ownerColumn }) => {
    const own = columns.filter((column) => column.table === table);
    return {
      name: table,
      ownerColumn,
      primaryKey: own
        .filter((column) => column.primaryKeyPosition !== null)
        .sort((first, second) => first.primaryKeyPosition! - second.primaryKeyPosition!)
        .map(({ name, type }) => ({ name, type })),
      exportedColumns: own.map(({ name, type }) => ({ name, type })).filter(isExportedColumn),
      references: foreignKeys.filter((key) => key.table === table).map((key) => key.referenced),
    };
  });
}
