/**
 * Group commit for ingest jobs (group-commit.ts). Each BullMQ job submits its event id; events
 * that arrive while earlier batches are being written are taken together into the next batch,
 * in one transaction per channel. An idle worker writes an event at once; a busy one writes
 * dozens per transaction, which takes the per-statement cost off the critical path.
 *
 * If a merged batch fails, its events are retried one by one, so one poisonous event can only
 * fail its own job.
 */
import type { RealtimeEvent } from '../../realtime/src/realtime-emitter.js';
import { GroupCommit } from './group-commit.js';
import type { IngestResult, IngestService } from './ingest.service.js';

type Done = Omit<IngestResult, 'events'>;

export class IngestBatcher {
  private readonly group: GroupCommit<string, Done>;

  constructor(
    ingest: IngestService,
    publish: (events: RealtimeEvent[]) => void,
    maxParallel = 4,
    maxBatch = 100,
  ) {
    this.group = new GroupCommit<string, Done>({
      maxParallel,
      maxSize: maxBatch,
      async runBatch(ids) {
        const out = await ingest.processEvents(ids);
        publish(out.events);
        return ids.map((id) => out.failures.get(id) ?? out.results.get(id)!);
      },
      async runOne(id) {
        const { events, ...done } = await ingest.processEvent(id);
        publish(events);
        return done;
      },
    });
  }

  submit(eventId: string): Promise<Done> {
    return this.group.submit(eventId);
  }
}
