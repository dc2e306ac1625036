/**
 * Named prepared statements for the hot write path (ingest, webhook intake).
 *
 * TypeORM's `query()` sends every statement unnamed, so PostgreSQL parses, analyses and plans it
 * on every call. For the ingest statements (CTEs, LATERAL probes, jsonb_to_recordset) planning
 * took a third of the database's time per event when events arrive one by one (pg_stat_statements
 * with track_planning under bench:ingest at 200 comments/s: 3.0 s planning against 5.5 s
 * execution). A named statement is parsed once per connection, and after five executions
 * PostgreSQL keeps its generic plan when that costs no more than the custom ones.
 *
 * Statements are named by a hash of their text, so only SQL with a fixed text (values always as
 * parameters) belongs here: every distinct text is kept by every connection that ran it.
 */
import { createHash } from 'node:crypto';
import { QueryFailedError, type DataSource, type EntityManager } from 'typeorm';

/**
 * Anything with a `query` method: a DataSource, an EntityManager inside a transaction, or the
 * prepared-statement wrappers below. The repositories take it.
 */
export type Queryable = Pick<EntityManager, 'query'>;

interface PgResult {
  rows: unknown[];
}
interface PgQueryable {
  query(config: { name: string; text: string; values?: unknown[] }): Promise<PgResult>;
}

const names = new Map<string, string>();

/** A stable statement name for an SQL text (the same in every process and connection). */
export function statementName(sql: string): string {
  let name = names.get(sql);
  if (name === undefined) {
    name = 'p_' + createHash('sha1').update(sql).digest('hex').slice(0, 24);
    names.set(sql, name);
  }
  return name;
}

function prepared(target: PgQueryable): Queryable {
  const query = async (sql: string, params?: unknown[]): Promise<unknown> => {
    try {
      // Always the rows (TypeORM answers [rows, count] for a top-level UPDATE or DELETE).
      return (await target.query({ name: statementName(sql), text: sql, values: params })).rows;
    } catch (e) {
      throw new QueryFailedError(sql, params, e as Error);
    }
  };
  return { query } as Queryable;
}

/** Prepared statements on the connection of a transaction's entity manager. */
export async function preparedIn(m: EntityManager): Promise<Queryable> {
  if (!m.queryRunner) throw new Error('preparedIn needs the entity manager of a transaction');
  return prepared((await m.queryRunner.connect()) as PgQueryable);
}

/** Prepared statements on the data source's pool (each statement on whichever connection is free). */
export function preparedOn(ds: DataSource): Queryable {
  const pool = (ds.driver as unknown as { master?: PgQueryable }).master;
  if (!pool) throw new Error('preparedOn needs an initialised PostgreSQL data source');
  return prepared(pool);
}
