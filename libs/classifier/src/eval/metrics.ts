/**
 * Classification metrics, pure: accuracy, per-class precision/recall/F1, macro-F1 and the
 * confusion matrix. Used by scripts/classify-eval.ts; kept here so the maths is unit-tested.
 */
import type { Label } from '../classifier.types.js';

export interface ClassMetrics {
  label: string;
  precision: number;
  recall: number;
  f1: number;
  support: number;
}

export interface EvalReport {
  classes: string[];
  n: number;
  accuracy: number;
  macroF1: number;
  perClass: ClassMetrics[];
  /** confusion[gold][predicted] = count, both indexed like `classes` */
  confusion: number[][];
}

export type Task = 'complaint-vs-rest' | 'sentiment3' | 'question-vs-rest';

export const TASK_CLASSES: Record<Task, string[]> = {
  'complaint-vs-rest': ['complaint', 'not_complaint'],
  sentiment3: ['complaint', 'praise', 'other'],
  'question-vs-rest': ['question', 'not_question'],
};

/** Maps a predicted (or gold) label onto the task's classes (README of the eval data). */
export function mapLabel(task: Task, label: Label | string): string {
  switch (task) {
    case 'complaint-vs-rest':
      return label === 'complaint' ? 'complaint' : 'not_complaint';
    case 'question-vs-rest':
      return label === 'question' ? 'question' : 'not_question';
    case 'sentiment3':
      return label === 'complaint' || label === 'praise' ? label : 'other';
  }
}

export function isTask(s: unknown): s is Task {
  return s === 'complaint-vs-rest' || s === 'sentiment3' || s === 'question-vs-rest';
}

/** F1 of a class with no predictions and no gold items is 0 here (sklearn's zero_division=0). */
export function evaluate(classes: readonly string[], gold: readonly string[], predicted: readonly string[]): EvalReport {
  if (gold.length !== predicted.length) throw new Error(`gold (${gold.length}) and predicted (${predicted.length}) differ in length`);
  const index = new Map(classes.map((c, i) => [c, i]));
  const confusion = classes.map(() => classes.map(() => 0));
  let correct = 0;
  for (let i = 0; i < gold.length; i++) {
    const g = index.get(gold[i]!);
    const p = index.get(predicted[i]!);
    if (g === undefined) throw new Error(`unknown gold class "${gold[i]}"`);
    if (p === undefined) throw new Error(`unknown predicted class "${predicted[i]}"`);
    confusion[g]![p]!++;
    if (g === p) correct++;
  }
  const perClass = classes.map((label, k) => {
    const tp = confusion[k]![k]!;
    const support = confusion[k]!.reduce((a, b) => a + b, 0);
    const predictedK = confusion.reduce((a, row) => a + row[k]!, 0);
    const precision = predictedK === 0 ? 0 : tp / predictedK;
    const recall = support === 0 ? 0 : tp / support;
    const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
    return { label, precision, recall, f1, support };
  });
  const macroF1 = perClass.length === 0 ? 0 : perClass.reduce((a, c) => a + c.f1, 0) / perClass.length;
  return { classes: [...classes], n: gold.length, accuracy: gold.length === 0 ? 0 : correct / gold.length, macroF1, perClass, confusion };
}

const pct = (x: number): string => (x * 100).toFixed(1);

/** Human-readable report: accuracy and macro-F1 as percentages, per-class table, confusion matrix. */
export function formatReport(name: string, r: EvalReport): string {
  const w = Math.max(12, ...r.classes.map((c) => c.length + 1));
  const lines = [`== ${name}: n=${r.n}  accuracy ${pct(r.accuracy)}  macro-F1 ${pct(r.macroF1)}`];
  lines.push(`${'class'.padEnd(w)} ${'prec'.padStart(6)} ${'recall'.padStart(6)} ${'F1'.padStart(6)} ${'support'.padStart(8)}`);
  for (const c of r.perClass) lines.push(`${c.label.padEnd(w)} ${pct(c.precision).padStart(6)} ${pct(c.recall).padStart(6)} ${pct(c.f1).padStart(6)} ${String(c.support).padStart(8)}`);
  lines.push(`confusion (rows = gold, columns = predicted)`);
  lines.push(`${''.padEnd(w)} ${r.classes.map((c) => c.padStart(w)).join(' ')}`);
  r.confusion.forEach((row, i) => lines.push(`${r.classes[i]!.padEnd(w)} ${row.map((n) => String(n).padStart(w)).join(' ')}`));
  return lines.join('\n');
}
