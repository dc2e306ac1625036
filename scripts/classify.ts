/**
 * Classifier CLI.
 *   npm run --silent classify -- --jsonl < in.jsonl > out.jsonl
 * Reads one JSON object {"id","text"} per line from stdin and writes exactly one JSON line
 * {"id","label","confidence","lang","flags","reasons"} per good input line to stdout, nothing else.
 * A bad line (not JSON, no string text) gives one error line on stderr and processing goes on.
 * Streams line by line with readline, so memory stays flat for any number of lines.
 *   --lang de|en   skip language detection
 */
import { createInterface } from 'node:readline';
import { classify } from '../libs/classifier/src/index.js';

function usage(code: number): never {
  process.stderr.write('usage: classify --jsonl [--lang de|en] < input.jsonl\n');
  process.exit(code);
}

const args = process.argv.slice(2);
if (!args.includes('--jsonl')) usage(2);
const langIdx = args.indexOf('--lang');
const langArg = langIdx >= 0 ? args[langIdx + 1] : undefined;
if (langIdx >= 0 && langArg !== 'de' && langArg !== 'en') usage(2);
const lang = langArg as 'de' | 'en' | undefined;

let lineNo = 0;
let errors = 0;
const rl = createInterface({ input: process.stdin, crlfDelay: Infinity });
for await (const line of rl) {
  lineNo++;
  if (line.trim() === '') continue;
  let rec: unknown;
  try {
    rec = JSON.parse(line);
  } catch (e) {
    errors++;
    process.stderr.write(`line ${lineNo}: invalid JSON (${(e as Error).message})\n`);
    continue;
  }
  if (typeof rec !== 'object' || rec === null || typeof (rec as { text?: unknown }).text !== 'string') {
    errors++;
    process.stderr.write(`line ${lineNo}: expected an object with a string "text"\n`);
    continue;
  }
  const { id, text } = rec as { id?: unknown; text: string };
  const r = classify(text, lang ? { lang } : {});
  const out = JSON.stringify({ id: id ?? null, label: r.label, confidence: r.confidence, lang: r.lang, flags: r.flags, reasons: r.reasons });
  // respect back-pressure so 100k lines piped to a slow reader do not pile up in memory
  if (!process.stdout.write(out + '\n')) await new Promise<void>((resolve) => process.stdout.once('drain', () => resolve()));
}
