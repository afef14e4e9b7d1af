import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { vector } from '@electric-sql/pglite-pgvector';

/**
 * The extensions the migrations create, which embedded PGlite must load before it opens a data folder
 * that uses them: pgvector for the vectors, pg_trgm for the location and company filters' indexes.
 */
export const embeddedExtensions = { vector, pg_trgm };
