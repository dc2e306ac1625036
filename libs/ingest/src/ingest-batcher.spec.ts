import { IngestBatcher } from './ingest-batcher.js';
import type { BatchOutcome, IngestService } from './ingest.service.js';

/** A stand-in for IngestService: records the batches it was given; event "bad" breaks a merged batch. */
function fakeIngest(opts: { permanent?: string[] } = {}) {
  const batches: string[][] = [];
  let release: (() => void) | null = null;
  const gate = new Promise<void>((r) => (release = r));
  let first = true;
  const done = (id: string) => ({ eventId: id, status: 'processed' as const, items: 1, created: 1, updated: 0, skipped: 0, rejected: [] });
  const service = {
    async processEvents(ids: string[]): Promise<BatchOutcome> {
      batches.push(ids);
      if (first) {
        first = false;
        await gate; // hold the first batch so the next submissions pile up
      }
      if (ids.length > 1 && ids.includes('bad')) throw new Error('merged batch failed');
      const out: BatchOutcome = { results: new Map(), failures: new Map(), events: [{ workspaceId: 'w', event: 'ready', payload: { workspaceIds: ids } }] };
      for (const id of ids) {
        if (opts.permanent?.includes(id)) out.failures.set(id, new Error(`permanent ${id}`));
        else out.results.set(id, done(id));
      }
      return out;
    },
    async processEvent(id: string) {
      batches.push([id]);
      if (id === 'bad') throw new Error('bad event');
      return { ...done(id), events: [] };
    },
  };
  return { service: service as unknown as IngestService, batches, release: () => release!() };
}

describe('IngestBatcher', () => {
  it('writes an event at once when idle and merges events that arrive while a batch runs', async () => {
    const f = fakeIngest();
    const published: unknown[] = [];
    const b = new IngestBatcher(f.service, (e) => published.push(...e), 1, 100);
    const first = b.submit('1');
    const rest = ['2', '3', '4'].map((id) => b.submit(id));
    f.release();
    await Promise.all([first, ...rest]);
    expect(f.batches).toEqual([['1'], ['2', '3', '4']]);
    expect(published).toHaveLength(2);
  });

  it('retries a failed merged batch event by event, so only the bad event fails', async () => {
    const f = fakeIngest();
    const b = new IngestBatcher(f.service, () => undefined, 1, 100);
    const first = b.submit('1');
    const good = b.submit('2');
    const bad = b.submit('bad');
    f.release();
    await first;
    await expect(good).resolves.toMatchObject({ eventId: '2', status: 'processed' });
    await expect(bad).rejects.toThrow('bad event');
    expect(f.batches).toEqual([['1'], ['2', 'bad'], ['2'], ['bad']]);
  });

  it('rejects only the job whose event can never succeed', async () => {
    const f = fakeIngest({ permanent: ['x'] });
    const b = new IngestBatcher(f.service, () => undefined, 1, 100);
    const first = b.submit('1');
    const x = b.submit('x');
    const y = b.submit('y');
    f.release();
    await first;
    await expect(x).rejects.toThrow('permanent x');
    await expect(y).resolves.toMatchObject({ eventId: 'y' });
  });

  it('caps a batch at maxBatch events', async () => {
    const f = fakeIngest();
    const b = new IngestBatcher(f.service, () => undefined, 1, 2);
    const all = ['1', '2', '3', '4', '5'].map((id) => b.submit(id));
    f.release();
    await Promise.all(all);
    expect(f.batches).toEqual([['1'], ['2', '3'], ['4', '5']]);
  });
});
