import { Processor, WorkerHost, OnWorkerEvent } from '@nestjs/bullmq';
import { Inject, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../../../libs/config/src/config.js';
import { UnrecoverableError, type Job } from 'bullmq';
import { IngestBatcher } from '../../../libs/ingest/src/ingest-batcher.js';
import { IngestService, PermanentIngestError } from '../../../libs/ingest/src/ingest.service.js';
import { RealtimeEmitter } from '../../../libs/realtime/src/realtime-emitter.js';
import { JobName, QueueName, type JobPayloads } from '../../../libs/queue/src/queues.js';

/**
 * Ingest jobs: one stored raw event each. Errors are thrown (never swallowed) so BullMQ retries
 * with backoff; a job that can never succeed fails at once, and a failed job is kept and its
 * event marked failed with the reason.
 */
@Processor(QueueName.Ingest)
export class IngestProcessor extends WorkerHost implements OnApplicationBootstrap {
  private readonly log = new Logger(IngestProcessor.name);

  constructor(
    private readonly ingest: IngestService,
    @Inject(RealtimeEmitter) private readonly realtime: RealtimeEmitter,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    super();
    this.batcher = new IngestBatcher(ingest, (events) => realtime.emit(events));
  }

  private readonly batcher: IngestBatcher;

  onApplicationBootstrap(): void {
    // Jobs wait on the batcher's shared transactions; many in flight make bigger batches.
    this.worker.concurrency = this.config.ingestConcurrency;
  }

  async process(job: Job<JobPayloads[JobName.IngestEvent]>): Promise<{ created: number; updated: number; rejected: number }> {
    if (job.name !== JobName.IngestEvent) throw new UnrecoverableError(`unknown job ${job.name} on queue ${QueueName.Ingest}`);
    try {
      const r = await this.batcher.submit(job.data.inboundEventId);
      if (r.rejected.length > 0) this.log.warn(`event ${r.eventId}: ${r.rejected.length} entr(y/ies) rejected: ${r.rejected.map((x) => `${x.path}: ${x.reason}`).join('; ').slice(0, 500)}`);
      return { created: r.created, updated: r.updated, rejected: r.rejected.length };
    } catch (e) {
      if (e instanceof PermanentIngestError) throw new UnrecoverableError(e.message);
      throw e;
    }
  }

  @OnWorkerEvent('failed')
  async onFailed(job: Job<JobPayloads[JobName.IngestEvent]> | undefined, error: Error): Promise<void> {
    if (!job) return;
    const final = error instanceof UnrecoverableError || job.attemptsMade >= (job.opts.attempts ?? 1);
    this.log.error(`ingest job ${job.id} attempt ${job.attemptsMade} failed${final ? ' for good' : ', will retry'}: ${error.message}`);
    if (final) await this.ingest.markFailed(job.data.inboundEventId, error.message, job.attemptsMade).catch(() => undefined);
  }
}
