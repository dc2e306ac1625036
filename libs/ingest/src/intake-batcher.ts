/**
 * Group commit for webhook deliveries. Each request submits its events and is answered once they
 * are stored and enqueued, as before; requests that arrive while earlier ones are being stored
 * go together into the next statement and the next `addBulk`. A lone request is stored at once
 * (no waiting window, so no added latency); under a burst of concurrent deliveries the api makes
 * one database round trip, one commit and one Redis round trip for several of them, where each
 * of those cost as much as the rest of a small request (bench:ingest, CPU profile of the api).
 *
 * A merged statement is all or nothing, so if it fails each request is stored on its own: one
 * bad delivery fails only its own request.
 */
import type { IntakeService, NewInboundEvent, StoredEvent } from './intake.service.js';

interface Pending {
  events: NewInboundEvent[];
  resolve(r: StoredEvent[]): void;
  reject(e: Error): void;
}

export class IntakeBatcher {
  private pending: Pending[] = [];
  private running = 0;

  constructor(
    private readonly intake: Pick<IntakeService, 'accept'>,
    private readonly maxParallel = 2,
    private readonly maxEvents = 200,
  ) {}

  /** Stores and enqueues the events of one request; resolves with their stored rows, in order. */
  submit(events: NewInboundEvent[]): Promise<StoredEvent[]> {
    if (events.length === 0) return Promise.resolve([]);
    return new Promise<StoredEvent[]>((resolve, reject) => {
      this.pending.push({ events, resolve, reject });
      this.pump();
    });
  }

  private pump(): void {
    while (this.running < this.maxParallel && this.pending.length > 0) {
      let n = 0;
      let k = 0;
      while (k < this.pending.length && (k === 0 || n + this.pending[k]!.events.length <= this.maxEvents)) n += this.pending[k++]!.events.length;
      const batch = this.pending.splice(0, k);
      this.running += 1;
      void this.run(batch).finally(() => {
        this.running -= 1;
        this.pump();
      });
    }
  }

  private async run(batch: Pending[]): Promise<void> {
    if (batch.length === 1) {
      await this.intake.accept(batch[0]!.events).then(batch[0]!.resolve, batch[0]!.reject);
      return;
    }
    let stored: StoredEvent[];
    try {
      stored = await this.intake.accept(batch.flatMap((p) => p.events));
    } catch {
      for (const p of batch) await this.intake.accept(p.events).then(p.resolve, p.reject);
      return;
    }
    // Rows come back keyed by dedupe key. The same delivery twice in one batch is stored once; the
    // request that came later is told it was a duplicate, as it would have been a moment later.
    const byKey = new Map(stored.map((s) => [s.dedupeKey, s]));
    const seen = new Set<string>();
    for (const p of batch) {
      const out: StoredEvent[] = [];
      let missing = false;
      for (const e of p.events) {
        const s = byKey.get(e.dedupeKey);
        if (!s) {
          missing = true;
          break;
        }
        out.push(seen.has(e.dedupeKey) ? { ...s, duplicate: true } : s);
        seen.add(e.dedupeKey);
      }
      if (missing) p.reject(new Error('a stored event did not come back from the intake statement'));
      else p.resolve(out);
    }
  }
}
