/**
 * Import of comments from a JSONL or CSV file through the same pipeline as webhooks: each line
 * is checked on its own (a bad line is listed with its number and reason, never fatal), good
 * lines go in batches as stored inbound events (source "import") to the ingest queue. The
 * dedupe key of a batch is the hash of its lines, so importing the same file again stores
 * nothing new; messages are unique per channel and id anyway.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { parse as parseCsv } from 'csv-parse';
import { parseGenericWebhook } from '../../connectors/src/generic/generic-webhook.js';
import { dedupeKey, type IntakeService } from '../../ingest/src/intake.service.js';

export interface ImportTarget {
  workspaceId: string;
  channelId: string;
  externalAccountId: string;
}

export interface ImportReport {
  lines: number;
  accepted: number;
  rejected: { line: number; reason: string }[];
  batches: number;
  duplicateBatches: number;
}

export type ImportFormat = 'jsonl' | 'csv';

/** CSV columns (header row required); see README "Import". */
export const CSV_COLUMNS = ['id', 'text', 'author_id', 'author_name', 'created_at', 'parent_id', 'post_id', 'post_url', 'post_title', 'action', 'type', 'from_owner'];

export function formatOf(path: string): ImportFormat | null {
  if (/\.jsonl?$|\.ndjson$/i.test(path)) return 'jsonl';
  if (/\.csv$/i.test(path)) return 'csv';
  return null;
}

/** Turns a CSV row into the generic JSON shape. */
export function csvRowToItem(row: Record<string, string>): Record<string, unknown> {
  const v = (k: string) => (row[k] === undefined || row[k] === '' ? undefined : row[k]);
  const item: Record<string, unknown> = { id: v('id'), text: v('text'), createdAt: v('created_at'), parentId: v('parent_id'), action: v('action'), type: v('type') };
  if (v('author_id')) item.author = { id: v('author_id'), name: v('author_name') };
  if (v('post_id')) item.post = { id: v('post_id'), url: v('post_url'), title: v('post_title') };
  if (v('from_owner')) item.fromOwner = /^(1|true|yes)$/i.test(v('from_owner')!);
  for (const k of Object.keys(item)) if (item[k] === undefined) delete item[k];
  return item;
}

async function* jsonlLines(path: string, onBytes: (n: number) => void): AsyncGenerator<{ line: number; value: unknown } | { line: number; error: string }> {
  const stream = createReadStream(path, { encoding: 'utf8' });
  const rl = createInterface({ input: stream, crlfDelay: Infinity });
  let n = 0;
  for await (const text of rl) {
    n += 1;
    onBytes(Buffer.byteLength(text) + 1);
    if (text.trim() === '') continue;
    try {
      yield { line: n, value: JSON.parse(text) };
    } catch (e) {
      yield { line: n, error: `not valid JSON: ${(e as Error).message}` };
    }
  }
}

async function* csvLines(path: string, onBytes: (n: number) => void): AsyncGenerator<{ line: number; value: unknown } | { line: number; error: string }> {
  const stream = createReadStream(path);
  stream.on('data', (chunk) => onBytes(chunk.length));
  const parser = stream.pipe(parseCsv({ columns: true, bom: true, skip_empty_lines: true, relax_column_count: true, info: true }));
  for await (const rec of parser as AsyncIterable<{ record: Record<string, string>; info: { lines: number } }>) {
    yield { line: rec.info.lines, value: csvRowToItem(rec.record) };
  }
}

export async function importFile(
  intake: IntakeService,
  target: ImportTarget,
  path: string,
  opts: { format?: ImportFormat; batchSize?: number; onProgress?: (bytesDone: number, bytesTotal: number) => void } = {},
): Promise<ImportReport> {
  const format = opts.format ?? formatOf(path);
  if (!format) throw new Error(`cannot tell the format of ${path}: name it .jsonl or .csv, or pass --format`);
  const total = (await stat(path)).size;
  let done = 0;
  const onBytes = (n: number) => {
    done += n;
    opts.onProgress?.(Math.min(done, total), total);
  };
  const batchSize = opts.batchSize ?? 500;
  const report: ImportReport = { lines: 0, accepted: 0, rejected: [], batches: 0, duplicateBatches: 0 };
  let batch: unknown[] = [];
  const flush = async () => {
    if (batch.length === 0) return;
    const payload = batch;
    batch = [];
    const [stored] = await intake.accept([
      { workspaceId: target.workspaceId, channelId: target.channelId, dedupeKey: dedupeKey('import', target.channelId, JSON.stringify(payload)), source: 'import', payload },
    ]);
    report.batches += 1;
    if (stored?.duplicate) report.duplicateBatches += 1;
  };
  const source = format === 'jsonl' ? jsonlLines(path, onBytes) : csvLines(path, onBytes);
  for await (const entry of source) {
    report.lines += 1;
    if ('error' in entry) {
      report.rejected.push({ line: entry.line, reason: entry.error });
      continue;
    }
    let reason: string | null = null;
    try {
      const parsed = parseGenericWebhook([entry.value], target.externalAccountId, new Date(0));
      if (parsed.items.length === 0) reason = parsed.rejected[0]?.reason ?? 'not a usable comment';
    } catch (e) {
      reason = (e as Error).message;
    }
    if (reason) {
      report.rejected.push({ line: entry.line, reason });
      continue;
    }
    batch.push(entry.value);
    report.accepted += 1;
    if (batch.length >= batchSize) await flush();
  }
  await flush();
  opts.onProgress?.(total, total);
  return report;
}
