/**
 * A local stand-in for Facebook's Graph API, so replies, hiding and deleting work in the demo
 * without a real page: `npm run dev` starts it when META_GRAPH_URL is not set. It speaks the
 * same documented endpoints as the fake used by the tests (test/support/fake-graph.ts) and
 * logs every call. Not for production: connect a real page and leave META_GRAPH_URL unset.
 */
import { DEMO_PAGE_ID } from '../libs/demo/src/demo-comments.js';
import { DEMO_PAGE_TOKEN } from '../libs/demo/src/seed.js';
import { startFakeGraph } from '../test/support/fake-graph.js';

// `--port N` (scripts/dev.mjs passes GRAPH_SANDBOX_PORT); nothing else configures the sandbox.
const arg = process.argv.indexOf('--port');
const port = arg > 0 ? Number(process.argv[arg + 1]) : 3999;
if (!Number.isInteger(port) || port < 1 || port > 65535) {
  console.error(`graph sandbox: --port must be a port number from 1 to 65535; got "${process.argv[arg + 1]}"`);
  process.exit(1);
}
const graph = await startFakeGraph({ pageId: DEMO_PAGE_ID, pageName: 'Bäckerei Sonnenschein', token: DEMO_PAGE_TOKEN, port });
console.log(`Graph API sandbox on ${graph.url} (page ${DEMO_PAGE_ID}); replies and moderation of the demo page land here`);
let seen = 0;
setInterval(() => {
  for (const r of graph.requests.slice(seen)) console.log(`${r.method} ${r.path}${r.body && Object.keys(r.body).length ? ' ' + JSON.stringify(r.body).slice(0, 200) : ''}`);
  seen = graph.requests.length;
}, 500).unref();
process.on('SIGTERM', () => void graph.close().then(() => process.exit(0)));
process.on('SIGINT', () => void graph.close().then(() => process.exit(0)));
