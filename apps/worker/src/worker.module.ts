import { Inject, Logger, Module, type DynamicModule, type OnApplicationBootstrap } from '@nestjs/common';
import { getQueueToken } from '@nestjs/bullmq';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import type { DataSource } from 'typeorm';
import { classify } from '../../../libs/classifier/src/index.js';
import type { AppConfig } from '../../../libs/config/src/config.js';
import { APP_CONFIG } from '../../../libs/config/src/config.js';
import { runMigrations } from '../../../libs/db/src/data-source.js';
import { ConnectorRegistry } from '../../../libs/connectors/src/connector-registry.js';
import { INBOUND_CONNECTORS } from '../../../libs/connectors/src/inbound-connectors.js';
import { IngestService } from '../../../libs/ingest/src/ingest.service.js';
import { IntakeService } from '../../../libs/ingest/src/intake.service.js';
import { ConfigModule } from '../../../libs/nest/src/config.module.js';
import { InfraModule, REDIS } from '../../../libs/nest/src/infra.module.js';
import { QueueName } from '../../../libs/queue/src/queues.js';
import { RealtimeEmitter } from '../../../libs/realtime/src/realtime-emitter.js';
import { socketKey } from '../../api/src/realtime/redis-io.adapter.js';
import { OutboundConnectors } from '../../../libs/connectors/src/outbound-connectors.js';
import { OUTBOUND_JOB_OPTIONS, JobName, moderationJobId, replyJobId } from '../../../libs/queue/src/queues.js';
import { OutboundService } from '../../../libs/workflow/src/outbound.service.js';
import { WorkflowService } from '../../../libs/workflow/src/workflow.service.js';
import { IngestProcessor } from './ingest.processor.js';
import { OutboundWorkers } from './outbound.worker.js';

/**
 * At start: pending migrations (under the same advisory lock as the api's), then re-enqueue
 * events that were stored but never queued (a crash between the two steps).
 */
class RecoverySweep implements OnApplicationBootstrap {
  private readonly log = new Logger('Recovery');
  constructor(
    @Inject(IntakeService) private readonly intake: IntakeService,
    @Inject(getDataSourceToken()) private readonly ds: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(getQueueToken(QueueName.Outbound)) private readonly outbound: Queue,
  ) {}
  async onApplicationBootstrap(): Promise<void> {
    if (this.config.migrationsRun) await runMigrations(this.ds);
    const n = await this.intake.requeuePending(30_000);
    if (n > 0) this.log.warn(`re-enqueued ${n} stored event(s) that had no job`);
    // Replies and approved moderation requests whose job was lost (a crash between the commit
    // and the enqueue). Existing jobs keep their id, so this never duplicates one.
    const replies = (await this.ds.query(
      `SELECT id, workspace_id FROM replies WHERE state IN ('queued', 'sending') AND updated_at < now() - interval '30 seconds'`,
    )) as { id: string; workspace_id: string }[];
    for (const r of replies) await this.outbound.add(JobName.SendReply, { workspaceId: r.workspace_id, replyId: r.id }, { ...OUTBOUND_JOB_OPTIONS, jobId: replyJobId(r.id) });
    const mods = (await this.ds.query(
      `SELECT id, workspace_id FROM moderation_requests WHERE status = 'approved' AND updated_at < now() - interval '30 seconds'`,
    )) as { id: string; workspace_id: string }[];
    for (const q of mods) await this.outbound.add(JobName.Moderate, { workspaceId: q.workspace_id, requestId: q.id }, { ...OUTBOUND_JOB_OPTIONS, jobId: moderationJobId(q.id) });
  }
}

@Module({})
export class WorkerModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: WorkerModule,
      imports: [ConfigModule.forRoot(config), InfraModule],
      providers: [
        {
          provide: IngestService,
          inject: [getDataSourceToken()],
          useFactory: (ds: DataSource) => new IngestService(ds, new ConnectorRegistry(INBOUND_CONNECTORS), (text) => classify(text)),
        },
        {
          provide: IntakeService,
          inject: [getDataSourceToken(), getQueueToken(QueueName.Ingest)],
          useFactory: (ds: DataSource, q: Queue) => new IntakeService(ds, q),
        },
        {
          provide: RealtimeEmitter,
          inject: [REDIS, APP_CONFIG],
          useFactory: (redis: Redis, c: AppConfig) => new RealtimeEmitter(redis, socketKey(c.queuePrefix)),
        },
        IngestProcessor,
        RecoverySweep,
        {
          provide: OutboundService,
          inject: [getDataSourceToken(), RealtimeEmitter, APP_CONFIG],
          useFactory: (ds: DataSource, rt: RealtimeEmitter, c: AppConfig) =>
            new OutboundService(ds, (e) => rt.emit(e), c.secretsKey, OutboundConnectors.fromConfig(c)),
        },
        {
          provide: 'WorkflowService',
          inject: [getDataSourceToken(), RealtimeEmitter, getQueueToken(QueueName.Outbound), getQueueToken(QueueName.Reminders)],
          useFactory: (ds: DataSource, rt: RealtimeEmitter, outbound: Queue, reminders: Queue) => new WorkflowService({ ds, publish: (e) => rt.emit(e), outbound, reminders }),
        },
        OutboundWorkers,
      ],
    };
  }
}
