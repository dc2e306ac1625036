/**
 * Throughput of classify() in one process over the eval texts (all files in the eval folder), and
 * in the same run the `sentiment` npm package (AFINN word list) over the same texts as reference.
 * Both get a warm-up pass, then they are timed in alternating rounds (so load from other processes
 * hits both alike) and each reports the median round.
 *   npm run bench:classify [-- DIR_OR_FILES...]
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import Sentiment from 'sentiment';
import { classify } from '../libs/classifier/src/index.js';

const DEFAULT_DIR = '/work/shared/data/eval';
const ROUNDS = 7;
const ROUND_MS = 400;
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

let sink = 0;
/** one timed round: whole passes over the texts for at least ROUND_MS; returns comments/s */
function round(fn: (t: string) => unknown): number {
  let n = 0;
  const start = process.hrtime.bigint();
  let elapsed = 0;
  while (elapsed < ROUND_MS) {
    for (const t of texts) sink += fn(t) === undefined ? 0 : 1;
    n += texts.length;
    elapsed = Number(process.hrtime.bigint() - start) / 1e6;
  }
  return (n / elapsed) * 1000;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[s.length >> 1]!;
}

const sentiment = new Sentiment();
const contenders: [string, (t: string) => unknown][] = [
  ['classify()', (t) => classify(t)],
  ['sentiment (AFINN-165)', (t) => sentiment.analyze(t)],
];
console.log(`${texts.length} texts from ${files.length} file(s), one process, single thread, ${ROUNDS} alternating rounds of ≥${ROUND_MS} ms, median`);
for (const [, fn] of contenders) for (const t of texts) sink += fn(t) === undefined ? 0 : 1; // warm-up pass (JIT, lazy init)
const rates = contenders.map((): number[] => []);
for (let r = 0; r < ROUNDS; r++) contenders.forEach(([, fn], k) => rates[k]!.push(round(fn)));
const medians = rates.map(median);
contenders.forEach(([name], k) => {
  const v = rates[k]!;
  console.log(`${name.padEnd(28)} ${Math.round(medians[k]!).toLocaleString('en-US').padStart(10)} comments/s  (median; rounds ${Math.round(Math.min(...v)).toLocaleString('en-US')}–${Math.round(Math.max(...v)).toLocaleString('en-US')})`);
});
const ratio = medians[0]! / medians[1]!;
console.log(`ratio classify / sentiment: ${ratio.toFixed(2)}x ${ratio >= 1 ? '(at least as fast: target met)' : '(slower than the reference: target missed)'}${sink < 0 ? '' : ''}`);
