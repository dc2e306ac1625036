/**
 * Group commit for ingest jobs. Each BullMQ job submits its event id; events that arrive while
 * earlier batches are being written are taken together into the next batch. An idle worker
 * writes an event at once (no waiting window, so no added latency); a busy one writes dozens
 * per transaction, which takes the per-statement cost off the critical path.
 *
 * If a merged batch fails, its events are retried one by one, so one poisonous event can only
 * fail its own job.
 */
import type { RealtimeEvent } from '../../realtime/src/realtime-emitter.js';
import type { IngestResult, IngestService } from './ingest.service.js';

type Done = Omit<IngestResult, 'events'>;

interface Pending {
  id: string;
  resolve(r: Done): void;
  reject(e: Error): void;
}

export class IngestBatcher {
  private pending: Pending[] = [];
  private running = 0;

  constructor(
    private readonly ingest: IngestService,
    private readonly publish: (events: RealtimeEvent[]) => void,
    private readonly maxParallel = 4,
    private readonly maxBatch = 100,
  ) {}

  submit(eventId: string): Promise<Done> {
    return new Promise<Done>((resolve, reject) => {
      this.pending.push({ id: eventId, resolve, reject });
      this.pump();
    });
  }

  private pump(): void {
    while (this.running < this.maxParallel && this.pending.length > 0) {
      const batch = this.pending.splice(0, this.maxBatch);
      this.running += 1;
      void this.run(batch).finally(() => {
        this.running -= 1;
        this.pump();
      });
    }
  }

  private async run(batch: Pending[]): Promise<void> {
    try {
      const out = await this.ingest.processEvents(batch.map((p) => p.id));
      this.publish(out.events);
      for (const p of batch) {
        const failure = out.failures.get(p.id);
        if (failure) p.reject(failure);
        else p.resolve(out.results.get(p.id)!);
      }
    } catch (e) {
      if (batch.length === 1) {
        batch[0]!.reject(e as Error);
        return;
      }
      for (const p of batch) {
        try {
          const r = await this.ingest.processEvent(p.id);
          this.publish(r.events);
          const { events: _events, ...done } = r;
          p.resolve(done);
        } catch (err) {
          p.reject(err as Error);
        }
      }
    }
  }
}
