/**
 * The committed migrations and the TypeORM entities describe the same schema: after migrating a
 * fresh database, TypeORM finds nothing to change. (The inbox tables have no entities; their
 * SQL lives in the repositories and is exercised by the other integration tests.)
 */
import { newDataSource } from '../libs/db/src/data-source.js';
import { createTestEnv, type TestEnv } from './support/test-env.js';

let env: TestEnv;

beforeAll(async () => {
  env = await createTestEnv();
});

afterAll(async () => {
  await env?.cleanup();
});

it('has no difference between the entities and the migrated schema', async () => {
  const ds = newDataSource(env.databaseUrl, { poolSize: 1 });
  await ds.initialize();
  try {
    const pending = await ds.driver.createSchemaBuilder().log();
    expect(pending.upQueries.map((q) => q.query)).toEqual([]);
  } finally {
    await ds.destroy();
  }
});
