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
import { IngestProcessor } from './ingest.processor.js';

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
  ) {}
  async onApplicationBootstrap(): Promise<void> {
    if (this.config.migrationsRun) await runMigrations(this.ds);
    const n = await this.intake.requeuePending(30_000);
    if (n > 0) this.log.warn(`re-enqueued ${n} stored event(s) that had no job`);
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
      ],
    };
  }
}
