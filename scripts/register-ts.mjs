// Runs the TypeScript sources directly (`node --import ./scripts/register-ts.mjs file.ts`), so
// the CLI, the benchmarks and `npm run dev` need no build step. Compilation is @swc/core with
// the same decorator settings as the jest transform; type-checking stays with `tsc`.
import { register } from 'node:module';

register('./ts-loader.mjs', import.meta.url);
