/**
 * Throughput of classify() in one process over the eval texts (all files in the eval folder), and
 * in the same run the `sentiment` npm package (AFINN word list) over the same texts as reference.
 *   npm run bench:classify [-- DIR_OR_FILES...]
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import Sentiment from 'sentiment';
import { classify } from '../libs/classifier/src/index.js';

const DEFAULT_DIR = '/work/shared/data/eval';
const args = process.argv.slice(2);
const paths = args.length > 0 ? args : [DEFAULT_DIR];
const files = paths.flatMap((p) => (statSync(p).isDirectory() ? readdirSync(p).filter((f) => f.endsWith('.jsonl')).map((f) => join(p, f)) : [p]));
const texts: string[] = [];
for (const f of files) {
  for (const line of readFileSync(f, 'utf8').split('\n')) {
    if (line.trim() === '') continue;
    try {
      const rec = JSON.parse(line) as { text?: unknown };
      if (typeof rec.text === 'string') texts.push(rec.text);
    } catch {
      /* skip unreadable lines: the benchmark measures speed, not data quality */
    }
  }
}
if (texts.length === 0) {
  process.stderr.write('no texts found\n');
  process.exit(2);
}

function measure(name: string, fn: (t: string) => unknown): number {
  let sink = 0;
  for (const t of texts) sink += fn(t) === undefined ? 0 : 1; // warm-up pass (JIT, lazy init)
  const minMs = 2000;
  let n = 0;
  const start = process.hrtime.bigint();
  let elapsed = 0;
  while (elapsed < minMs) {
    for (const t of texts) sink += fn(t) === undefined ? 0 : 1;
    n += texts.length;
    elapsed = Number(process.hrtime.bigint() - start) / 1e6;
  }
  const perSec = (n / elapsed) * 1000;
  console.log(`${name.padEnd(28)} ${Math.round(perSec).toLocaleString('en-US').padStart(10)} comments/s  (${n} texts in ${elapsed.toFixed(0)} ms${sink < 0 ? '' : ''})`);
  return perSec;
}

const sentiment = new Sentiment();
console.log(`${texts.length} texts from ${files.length} file(s), one process, single thread`);
const ours = measure('classify()', (t) => classify(t));
const ref = measure('sentiment (AFINN-165)', (t) => sentiment.analyze(t));
console.log(`ratio classify / sentiment: ${(ours / ref).toFixed(2)}x ${ours >= ref ? '(at least as fast: target met)' : '(slower than the reference: target missed)'}`);
