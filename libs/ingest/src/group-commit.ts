/**
 * Group commit, shared by the worker's IngestBatcher and the api's IntakeBatcher. Callers submit
 * items; an idle instance runs an item at once (no waiting window, so no added latency), a busy
 * one gathers what arrives meanwhile into its next batch, which divides the per-statement and
 * per-round-trip costs by the batch size under load. At most `maxParallel` batches run at a time,
 * each of at most `maxSize` (by `size`; a bigger item stays whole).
 *
 * If a merged batch fails as a whole, its items run one by one with `runOne`, so one poisonous
 * item fails only its own caller.
 */
export interface GroupCommitOptions<T, R> {
  /** runs a batch; for each item in order, its result or the error that is its own alone */
  runBatch(items: T[]): Promise<(R | Error)[]>;
  runOne(item: T): Promise<R>;
  maxParallel: number;
  maxSize: number;
  size?(item: T): number;
}

interface Pending<T, R> {
  item: T;
  resolve(r: R): void;
  reject(e: Error): void;
}

export class GroupCommit<T, R> {
  private pending: Pending<T, R>[] = [];
  private running = 0;

  constructor(private readonly o: GroupCommitOptions<T, R>) {}

  submit(item: T): Promise<R> {
    return new Promise<R>((resolve, reject) => {
      this.pending.push({ item, resolve, reject });
      this.pump();
    });
  }

  private pump(): void {
    const size = this.o.size ?? (() => 1);
    while (this.running < this.o.maxParallel && this.pending.length > 0) {
      let n = 0;
      let k = 0;
      while (k < this.pending.length) {
        const s = size(this.pending[k]!.item);
        if (k > 0 && n + s > this.o.maxSize) break;
        n += s;
        k++;
      }
      const batch = this.pending.splice(0, k);
      this.running += 1;
      void this.run(batch).finally(() => {
        this.running -= 1;
        this.pump();
      });
    }
  }

  private async run(batch: Pending<T, R>[]): Promise<void> {
    let out: (R | Error)[];
    try {
      out = await this.o.runBatch(batch.map((p) => p.item));
    } catch (e) {
      if (batch.length === 1) {
        batch[0]!.reject(e as Error);
        return;
      }
      for (const p of batch) await this.o.runOne(p.item).then(p.resolve, p.reject);
      return;
    }
    batch.forEach((p, i) => {
      const r = out[i]!;
      if (r instanceof Error) p.reject(r);
      else p.resolve(r);
    });
  }
}
