/**
 * Scores the classifier on labelled JSONL files (format of /work/shared/data/eval/README.md):
 *   npm run classify:eval -- /work/shared/data/eval/complaints.dev.jsonl ...
 * Each record {"id","lang","text","label","task"} is scored on its own task; prints accuracy,
 * macro-F1, per-class precision/recall/F1 and the confusion matrix per file.
 */
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { basename } from 'node:path';
import { classify } from '../libs/classifier/src/index.js';
import { evaluate, formatReport, isTask, mapLabel, TASK_CLASSES, type Task } from '../libs/classifier/src/eval/metrics.js';

async function scoreFile(file: string): Promise<void> {
  const rl = createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Infinity });
  const byTask = new Map<Task, { gold: string[]; predicted: string[] }>();
  let lineNo = 0;
  let bad = 0;
  for await (const line of rl) {
    lineNo++;
    if (line.trim() === '') continue;
    let rec: { text?: unknown; label?: unknown; task?: unknown };
    try {
      rec = JSON.parse(line) as typeof rec;
    } catch {
      bad++;
      process.stderr.write(`${file}:${lineNo}: not JSON\n`);
      continue;
    }
    if (typeof rec.text !== 'string' || typeof rec.label !== 'string' || !isTask(rec.task)) {
      bad++;
      process.stderr.write(`${file}:${lineNo}: needs text, label and a known task\n`);
      continue;
    }
    const task = rec.task;
    const entry = byTask.get(task) ?? { gold: [], predicted: [] };
    byTask.set(task, entry);
    entry.gold.push(mapLabel(task, rec.label));
    entry.predicted.push(mapLabel(task, classify(rec.text).label));
  }
  for (const [task, { gold, predicted }] of byTask) {
    console.log(formatReport(`${basename(file)} [${task}]`, evaluate(TASK_CLASSES[task], gold, predicted)));
  }
  if (bad > 0) console.log(`(${bad} unreadable lines skipped)`);
}

const files = process.argv.slice(2);
if (files.length === 0) {
  process.stderr.write('usage: classify-eval FILE.jsonl...\n');
  process.exit(2);
}
for (const f of files) await scoreFile(f);
