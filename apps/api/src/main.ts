import 'reflect-metadata';
import { ConfigError, loadConfig } from '../../../libs/config/src/config.js';
import { preflight, PreflightError } from '../../../libs/nest/src/preflight.js';
import { createApi } from './create-api.js';

async function main(): Promise<void> {
  const config = loadConfig(process.env);
  await preflight(config);
  const app = await createApi(config);
  await app.listen(config.port);
  console.log(`api listening on http://127.0.0.1:${config.port} (OpenAPI: /api/docs)`);
}

main().catch((e: unknown) => {
  if (e instanceof ConfigError || e instanceof PreflightError) console.error(e.message);
  else console.error(e);
  process.exit(1);
});
