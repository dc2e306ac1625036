import { IntakeBatcher } from './intake-batcher.js';
import type { NewInboundEvent, StoredEvent } from './intake.service.js';

const ev = (key: string): NewInboundEvent => ({ workspaceId: 'w', channelId: 'c', dedupeKey: key, source: 'webhook', payload: { key } });

/** A stand-in for IntakeService.accept: holds its first call until released; key "bad" breaks a merged call. */
function fakeIntake() {
  const calls: string[][] = [];
  let release!: () => void;
  const gate = new Promise<void>((r) => (release = r));
  let first = true;
  const ids = new Map<string, string>();
  return {
    calls,
    release: () => release(),
    async accept(events: NewInboundEvent[]): Promise<StoredEvent[]> {
      calls.push(events.map((e) => e.dedupeKey));
      if (first) {
        first = false;
        await gate;
      }
      if (events.some((e) => e.dedupeKey === 'bad')) throw new Error('statement failed');
      // Like the SQL: one row per distinct key, not in input order.
      const keys = [...new Set(events.map((e) => e.dedupeKey))].reverse();
      return keys.map((k) => {
        const known = ids.has(k);
        if (!known) ids.set(k, String(ids.size + 1));
        return { id: ids.get(k)!, workspaceId: 'w', channelId: 'c', dedupeKey: k, duplicate: known, processed: false };
      });
    },
  };
}

describe('IntakeBatcher', () => {
  it('stores a lone request at once, and requests arriving meanwhile together in one call', async () => {
    const intake = fakeIntake();
    const b = new IntakeBatcher(intake, 1);
    const first = b.submit([ev('a')]);
    const second = b.submit([ev('b'), ev('c')]);
    const third = b.submit([ev('d')]);
    const again = b.submit([ev('b')]);
    expect(intake.calls).toEqual([['a']]);
    intake.release();
    const [r1, r2, r3, r4] = await Promise.all([first, second, third, again]);
    expect(intake.calls).toEqual([['a'], ['b', 'c', 'd', 'b']]);
    expect(r1.map((s) => s.dedupeKey)).toEqual(['a']);
    expect(r2.map((s) => [s.dedupeKey, s.duplicate])).toEqual([
      ['b', false],
      ['c', false],
    ]);
    expect(r3.map((s) => s.dedupeKey)).toEqual(['d']);
    // the same delivery twice in one batch: stored once, the later request is told so
    expect(r4).toEqual([{ ...r2[0], duplicate: true }]);
  });

  it('stores each request on its own when a merged call fails, so only the bad one fails', async () => {
    const intake = fakeIntake();
    const b = new IntakeBatcher(intake, 1);
    const first = b.submit([ev('a')]);
    const good = b.submit([ev('g1')]);
    const bad = b.submit([ev('bad')]);
    const good2 = b.submit([ev('g2')]);
    intake.release();
    await first;
    await expect(bad).rejects.toThrow('statement failed');
    expect((await good).map((s) => s.dedupeKey)).toEqual(['g1']);
    expect((await good2).map((s) => s.dedupeKey)).toEqual(['g2']);
    expect(intake.calls).toEqual([['a'], ['g1', 'bad', 'g2'], ['g1'], ['bad'], ['g2']]);
  });

  it('keeps a merged call below its size limit, and a big request whole', async () => {
    const intake = fakeIntake();
    const b = new IntakeBatcher(intake, 1, 3);
    const all = [b.submit([ev('a')]), b.submit([ev('b'), ev('c')]), b.submit([ev('d'), ev('e')]), b.submit([ev('f'), ev('g'), ev('h'), ev('i')])];
    intake.release();
    await Promise.all(all);
    expect(intake.calls).toEqual([['a'], ['b', 'c'], ['d', 'e'], ['f', 'g', 'h', 'i']]);
  });

  it('answers an empty request without a call', async () => {
    const intake = fakeIntake();
    await expect(new IntakeBatcher(intake).submit([])).resolves.toEqual([]);
    expect(intake.calls).toEqual([]);
  });
});
