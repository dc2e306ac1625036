// `npm test`: type-check, then every jest test (unit and integration against the local
// PostgreSQL and Redis), then one closing line `N passed, N failed` that CI reads.
// `npm test -- <jest args>` runs jest alone with those arguments (for a quick focused run).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const args = process.argv.slice(2);
const jest = ['--experimental-vm-modules', 'node_modules/jest/bin/jest.js'];

if (args.length > 0) {
  const r = spawnSync(process.execPath, [...jest, ...args], { stdio: 'inherit' });
  process.exit(r.status ?? 1);
}

let passed = 0;
let failed = 0;

console.log('> tsc --noEmit (type-check)');
const tsc = spawnSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.json', '--noEmit'], { stdio: 'inherit' });
if (tsc.status === 0) passed += 1;
else failed += 1;

const dir = mkdtempSync(join(tmpdir(), 'jest-'));
const out = join(dir, 'results.json');
console.log('> jest');
const r = spawnSync(process.execPath, [...jest, '--ci', '--json', `--outputFile=${out}`], { stdio: 'inherit' });
try {
  const results = JSON.parse(readFileSync(out, 'utf8'));
  passed += results.numPassedTests;
  failed += results.numFailedTests;
  // A suite that fails to load has no failed tests but must still fail the run.
  failed += results.testResults.filter((s) => s.status === 'failed' && s.assertionResults.every((a) => a.status !== 'failed')).length;
  if (results.numTotalTests === 0) failed += 1;
} catch (e) {
  console.error(`could not read jest's results: ${e.message}`);
  failed += 1;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
if (r.status !== 0 && failed === 0) failed += 1;

console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
