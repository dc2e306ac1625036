/**
 * The generic webhook and the file import, through the real pipeline (api, BullMQ, worker,
 * PostgreSQL).
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getQueueToken } from '@nestjs/bullmq';
import type { Queue } from 'bullmq';
import { importFile } from '../libs/importer/src/importer.js';
import { IntakeService } from '../libs/ingest/src/intake.service.js';
import { QueueName } from '../libs/queue/src/queues.js';
import { createTestEnv, eventually, type TestEnv } from './support/test-env.js';
import { http, newGenericChannel, newMember, postGeneric, startStack, type Stack } from './support/stack.js';

let env: TestEnv;
let stack: Stack;
let admin: Awaited<ReturnType<typeof newMember>>;
let channel: Awaited<ReturnType<typeof newGenericChannel>>;

beforeAll(async () => {
  env = await createTestEnv();
  stack = await startStack(env);
  admin = await newMember(stack, { role: 'admin' });
  channel = await newGenericChannel(stack, admin);
});

afterAll(async () => {
  await stack?.close();
  await env?.cleanup();
});

const texts = async (channelId: string) =>
  ((await stack.ds.query('SELECT external_id, text, label FROM messages WHERE channel_id = $1 ORDER BY external_id', [channelId])) as {
    external_id: string;
    text: string;
    label: string;
  }[]);

describe('generic webhook', () => {
  it('accepts one comment or an array, lists bad elements with reasons and stores the good ones', async () => {
    const one = await postGeneric(stack, channel.id, { id: 'rev-1', text: 'Sehr freundliche Beratung, gerne wieder!', author: { id: 'k1', name: 'Kunde 1' } }, channel.webhookSecret);
    expect(one.status).toBe(202);
    expect(one.body).toMatchObject({ accepted: 1, rejected: [] });
    const batch = await postGeneric(
      stack,
      channel.id,
      [
        { id: 'rev-2', text: 'Warum antwortet niemand auf meine Mail?!', type: 'review', somethingNew: true },
        { id: 'rev-3', text: 42 },
        { id: 'rev-4', text: 'Gibt es Gutscheine?', createdAt: '2026-11-01T09:00:00Z' },
      ],
      channel.webhookSecret,
    );
    expect(batch.status).toBe(202);
    expect(batch.body.accepted).toBe(2);
    expect(batch.body.rejected).toEqual([{ path: '[1]', reason: expect.stringContaining('text') }]);
    const rows = await eventually(async () => {
      const r = await texts(channel.id);
      return r.length === 3 ? r : null;
    });
    expect(rows.map((r) => r.external_id)).toEqual(['rev-1', 'rev-2', 'rev-4']);
    expect(rows.find((r) => r.external_id === 'rev-4')!.label).toBe('question');
  });

  it('refuses a wrong signature, a body with nothing usable, and an unknown channel', async () => {
    const raw = JSON.stringify({ id: 'x', text: 'hi' });
    const bad = await http(stack, 'POST', `/api/webhooks/generic/${channel.id}`, { raw, headers: { 'content-type': 'application/json', 'x-signature-256': 'sha256=00' } });
    expect(bad.status).toBe(401);
    const nothing = await postGeneric(stack, channel.id, [{ text: 'no id' }], channel.webhookSecret);
    expect(nothing.status).toBe(400);
    expect(nothing.body.rejected[0].reason).toContain('id');
    const unknown = await postGeneric(stack, '00000000-0000-4000-8000-000000000000', { id: 'x', text: 'hi' }, channel.webhookSecret);
    expect(unknown.status).toBe(404);
    const [{ n }] = (await stack.ds.query(`SELECT count(*)::int n FROM inbound_events WHERE payload::text LIKE '%no id%'`)) as { n: number }[];
    expect(n).toBe(0);
  });
});

describe('import', () => {
  const dir = mkdtempSync(join(tmpdir(), 'import-'));

  it('imports JSONL and CSV through the pipeline, lists rejected lines, and re-importing creates no duplicates', async () => {
    const imp = await newGenericChannel(stack, admin);
    const [row] = (await stack.ds.query('SELECT external_account_id FROM channels WHERE id = $1', [imp.id])) as { external_account_id: string }[];
    const target = { workspaceId: admin.workspaceId, channelId: imp.id, externalAccountId: row!.external_account_id };
    const intake = new IntakeService(stack.ds, stack.api.get<Queue>(getQueueToken(QueueName.Ingest)));

    const jsonl = join(dir, 'comments.jsonl');
    writeFileSync(
      jsonl,
      [
        JSON.stringify({ id: 'j1', text: 'Die Torte war ein Traum, danke!', author: { id: 'a1', name: 'Ana' }, createdAt: '2026-10-01T10:00:00Z' }),
        '{broken',
        JSON.stringify({ id: 'j2', text: 'Habt ihr auch vegane Torten?', parentId: 'j1' }),
        JSON.stringify({ id: 'j3' }),
        '',
      ].join('\n'),
    );
    const csv = join(dir, 'comments.csv');
    writeFileSync(csv, 'id,text,author_id,author_name,created_at\nc1,"Lieferung kam beschädigt an, sehr ärgerlich",b1,"Bea, B.",2026-10-02T08:00:00Z\nc2,,b2,Bo,\n');

    const progress: number[] = [];
    const first = await importFile(intake, target, jsonl, { onProgress: (done) => progress.push(done) });
    expect(first).toMatchObject({ lines: 4, accepted: 2, batches: 1, duplicateBatches: 0 });
    expect(first.rejected.map((r) => r.line)).toEqual([2, 4]);
    expect(first.rejected[0]!.reason).toMatch(/not valid JSON/);
    expect(progress.length).toBeGreaterThan(0);

    const fromCsv = await importFile(intake, target, csv);
    expect(fromCsv).toMatchObject({ accepted: 1, rejected: [{ line: 3, reason: expect.stringContaining('text') }] });

    const again = await importFile(intake, target, jsonl);
    expect(again).toMatchObject({ accepted: 2, duplicateBatches: 1 });

    const rows = await eventually(async () => {
      const r = await texts(imp.id);
      return r.length === 3 ? r : null;
    });
    expect(rows.map((r) => r.external_id)).toEqual(['c1', 'j1', 'j2']);
    const [conv] = (await stack.ds.query(`SELECT count(*)::int n FROM messages m JOIN conversations c ON c.id = m.conversation_id WHERE c.root_external_id = 'j1'`)) as { n: number }[];
    expect(conv!.n).toBe(2);
    await new Promise((r) => setTimeout(r, 200));
    expect(await texts(imp.id)).toHaveLength(3);
  });
});
