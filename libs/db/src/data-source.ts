import { DataSource, type DataSourceOptions } from 'typeorm';
import { ChannelEntity } from './entities/channel.entity.js';
import { MembershipEntity } from './entities/membership.entity.js';
import { UserEntity } from './entities/user.entity.js';
import { WorkspaceEntity } from './entities/workspace.entity.js';
import { InitialSchema1763776800000 } from './migrations/1763776800000-initial-schema.js';
import { FkLookupIndexes1763780400000 } from './migrations/1763780400000-fk-lookup-indexes.js';
import { Answering1763884800000 } from './migrations/1763884800000-answering.js';
import { LeanIngestWrites1763971200000 } from './migrations/1763971200000-lean-ingest-writes.js';

export const ENTITIES = [UserEntity, WorkspaceEntity, MembershipEntity, ChannelEntity];
export const MIGRATIONS = [InitialSchema1763776800000, FkLookupIndexes1763780400000, Answering1763884800000, LeanIngestWrites1763971200000];

/** TypeORM options shared by the api, the worker, the CLI and tests. Never `synchronize`. */
export function dataSourceOptions(databaseUrl: string, extra: { poolSize?: number; applicationName?: string } = {}): DataSourceOptions {
  return {
    type: 'postgres',
    url: databaseUrl,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    synchronize: false,
    migrationsRun: false,
    migrationsTransactionMode: 'each',
    logging: ['error'],
    extra: { max: extra.poolSize ?? 20, application_name: extra.applicationName ?? 'inbox' },
  };
}

/**
 * Applies pending migrations under an advisory lock, so an api and a worker (or N api
 * instances) starting together never race on the same migration.
 */
export async function runMigrations(ds: DataSource): Promise<string[]> {
  const runner = ds.createQueryRunner();
  await runner.connect();
  try {
    await runner.query('SELECT pg_advisory_lock(827164)');
    const done = await ds.runMigrations({ transaction: 'each' });
    return done.map((m) => m.name);
  } finally {
    await runner.query('SELECT pg_advisory_unlock(827164)').catch(() => undefined);
    await runner.release();
  }
}

export function newDataSource(databaseUrl: string, extra?: { poolSize?: number; applicationName?: string }): DataSource {
  return new DataSource(dataSourceOptions(databaseUrl, extra));
}
