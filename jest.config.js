// Jest runs the TypeScript sources as native ES modules through @swc/jest (decorators and
// their metadata included, which Nest's dependency injection needs). Type-checking is a
// separate step (`npm run typecheck`), so a test run never waits on tsc.
import { swcOptions as swc } from './scripts/swc-options.mjs';

export default {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: { '^.+\\.ts$': ['@swc/jest', swc] },
  roots: ['<rootDir>/apps', '<rootDir>/libs', '<rootDir>/test'],
  testMatch: ['**/*.spec.ts', '**/*.e2e-spec.ts'],
  testTimeout: 30000,
  maxWorkers: 2,
};
