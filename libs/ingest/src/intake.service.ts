/**
 * The durable front door of the pipeline: a raw event is stored (unique dedupe key) and then
 * enqueued with jobId derived from its row, so a redelivery is a no-op and a crash between the
 * two steps is repaired by `requeuePending` (run when a worker starts).
 */
import { createHash } from 'node:crypto';
import type { Queue } from 'bullmq';
import type { DataSource } from 'typeorm';
import { preparedOn } from '../../db/src/prepared.js';
import { DEFAULT_JOB_OPTIONS, ingestJobId, JobName, type JobPayloads } from '../../queue/src/queues.js';

export type EventSource = 'webhook' | 'import' | 'seed' | 'poll';

export interface NewInboundEvent {
  workspaceId: string;
  channelId: string;
  dedupeKey: string;
  source: EventSource;
  payload: unknown;
}

export interface StoredEvent {
  id: string;
  workspaceId: string;
  channelId: string;
  dedupeKey: string;
  /** the same delivery was stored before */
  duplicate: boolean;
  /** it was stored before and is fully processed: nothing to enqueue */
  processed: boolean;
}

export function dedupeKey(...parts: (string | Buffer)[]): string {
  const h = createHash('sha256');
  for (const p of parts) {
    h.update(p);
    h.update('\u0000');
  }
  return h.digest('hex');
}

export class IntakeService {
  constructor(
    private readonly ds: DataSource,
    private readonly ingestQueue: Queue,
  ) {}

  /** Stores the events in one statement (all or nothing), then enqueues those not yet processed. */
  async accept(events: NewInboundEvent[]): Promise<StoredEvent[]> {
    if (events.length === 0) return [];
    const rows = (await preparedOn(this.ds).query(
      `WITH input AS (
         SELECT * FROM jsonb_to_recordset($1::jsonb) AS x(workspace_id uuid, channel_id uuid, dedupe_key text, source text, payload jsonb)
       ), ins AS (
         INSERT INTO inbound_events (workspace_id, channel_id, dedupe_key, source, payload)
         SELECT workspace_id, channel_id, dedupe_key, source, payload FROM input
         ON CONFLICT (dedupe_key) DO NOTHING
         RETURNING id, workspace_id, channel_id, dedupe_key, status
       )
       SELECT id::text, workspace_id, channel_id, dedupe_key, status, false AS duplicate FROM ins
       UNION ALL
       -- Earlier deliveries, by the unique key (LATERAL … OFFSET 0: one index lookup each, never
       -- a scan of the ever-growing table, whatever its statistics say).
       SELECT e.id::text, e.workspace_id, e.channel_id, e.dedupe_key, e.status, true FROM input
        CROSS JOIN LATERAL (SELECT * FROM inbound_events e WHERE e.dedupe_key = input.dedupe_key OFFSET 0) e
        WHERE input.dedupe_key NOT IN (SELECT dedupe_key FROM ins)`,
      [
        JSON.stringify(
          events.map((e) => ({ workspace_id: e.workspaceId, channel_id: e.channelId, dedupe_key: e.dedupeKey, source: e.source, payload: e.payload })),
        ),
      ],
    )) as { id: string; workspace_id: string; channel_id: string; dedupe_key: string; status: string; duplicate: boolean }[];
    const stored = rows.map((r) => ({
      id: r.id,
      workspaceId: r.workspace_id,
      channelId: r.channel_id,
      dedupeKey: r.dedupe_key,
      duplicate: r.duplicate,
      processed: r.status === 'processed',
    }));
    await this.enqueue(stored.filter((s) => !s.processed));
    return stored;
  }

  async enqueue(events: { id: string; workspaceId: string; channelId: string }[]): Promise<void> {
    if (events.length === 0) return;
    await this.ingestQueue.addBulk(
      events.map((e) => {
        const data: JobPayloads[JobName.IngestEvent] = { workspaceId: e.workspaceId, channelId: e.channelId, inboundEventId: e.id };
        return { name: JobName.IngestEvent, data, opts: { ...DEFAULT_JOB_OPTIONS, jobId: ingestJobId(e.id) } };
      }),
    );
  }

  /**
   * Re-enqueues events stored but not processed for longer than `olderThanMs` (the api died
   * between storing and enqueueing, or Redis lost the job). Job ids make this safe to repeat.
   */
  async requeuePending(olderThanMs: number): Promise<number> {
    let total = 0;
    let after = '0';
    for (;;) {
      const rows = (await this.ds.query(
        `SELECT id::text, workspace_id, channel_id FROM inbound_events
          WHERE status = 'received' AND received_at < now() - ($1 || ' milliseconds')::interval AND id > $2::bigint
          ORDER BY id LIMIT 1000`,
        [String(olderThanMs), after],
      )) as { id: string; workspace_id: string; channel_id: string }[];
      if (rows.length === 0) return total;
      const ids = rows.map((r) => r.id);
      // Skip events whose job still exists (waiting, active, delayed or failed and kept).
      const present = await Promise.all(ids.map((id) => this.ingestQueue.getJob(ingestJobId(id))));
      await this.enqueue(rows.filter((_, i) => !present[i]).map((r) => ({ id: r.id, workspaceId: r.workspace_id, channelId: r.channel_id })));
      total += present.filter((p) => !p).length;
      after = ids[ids.length - 1]!;
    }
  }
}
