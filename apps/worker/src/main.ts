import 'reflect-metadata';
import { ConfigError, loadConfig } from '../../../libs/config/src/config.js';
import { preflight, PreflightError } from '../../../libs/nest/src/preflight.js';
import { createWorker } from './create-worker.js';

async function main(): Promise<void> {
  const config = loadConfig(process.env);
  await preflight(config);
  await createWorker(config);
  console.log(`worker started (queue prefix ${config.queuePrefix})`);
}

main().catch((e: unknown) => {
  if (e instanceof ConfigError || e instanceof PreflightError) console.error(e.message);
  else console.error(e);
  process.exit(1);
});
