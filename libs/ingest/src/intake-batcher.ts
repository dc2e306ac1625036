/**
 * Group commit for webhook deliveries (group-commit.ts). Each request submits its events and is
 * answered once they are stored and enqueued, as before; requests that arrive while earlier ones
 * are being stored go together into the next statement and the next `addBulk`. A lone request is
 * stored at once; under a burst of concurrent deliveries the api makes one database round trip,
 * one commit and one Redis round trip for several of them, where each of those cost as much as
 * the rest of a small request (bench:ingest, CPU profile of the api).
 *
 * A merged statement is all or nothing, so if it fails each request is stored on its own: one
 * bad delivery fails only its own request.
 */
import { GroupCommit } from './group-commit.js';
import type { IntakeService, NewInboundEvent, StoredEvent } from './intake.service.js';

export class IntakeBatcher {
  private readonly group: GroupCommit<NewInboundEvent[], StoredEvent[]>;

  constructor(intake: Pick<IntakeService, 'accept'>, maxParallel = 2, maxEvents = 200) {
    this.group = new GroupCommit<NewInboundEvent[], StoredEvent[]>({
      maxParallel,
      maxSize: maxEvents,
      size: (events) => events.length,
      runBatch: async (requests) => split(requests, await intake.accept(requests.flat())),
      runOne: (events) => intake.accept(events),
    });
  }

  /** Stores and enqueues the events of one request; resolves with their stored rows, in order. */
  submit(events: NewInboundEvent[]): Promise<StoredEvent[]> {
    if (events.length === 0) return Promise.resolve([]);
    return this.group.submit(events);
  }
}

/**
 * Each request's rows, from the rows of the merged statement (keyed by dedupe key). The same
 * delivery twice in one batch is stored once; the request that came later is told it was a
 * duplicate, as it would have been a moment later.
 */
function split(requests: NewInboundEvent[][], stored: StoredEvent[]): (StoredEvent[] | Error)[] {
  const byKey = new Map(stored.map((s) => [s.dedupeKey, s]));
  const seen = new Set<string>();
  return requests.map((events) => {
    const out: StoredEvent[] = [];
    for (const e of events) {
      const s = byKey.get(e.dedupeKey);
      if (!s) return new Error('a stored event did not come back from the intake statement');
      out.push(seen.has(e.dedupeKey) ? { ...s, duplicate: true } : s);
      seen.add(e.dedupeKey);
    }
    return out;
  });
}
