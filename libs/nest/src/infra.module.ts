import { BullModule } from '@nestjs/bullmq';
import { Global, Inject, Injectable, Module, type OnApplicationShutdown } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Redis } from 'ioredis';
import { APP_CONFIG, type AppConfig } from '../../config/src/config.js';
import { dataSourceOptions } from '../../db/src/data-source.js';
import { QueueName } from '../../queue/src/queues.js';

export const REDIS = Symbol('REDIS');

/** Closes the shared Redis connection when the app shuts down. */
@Injectable()
class RedisCloser implements OnApplicationShutdown {
  constructor(@Inject(REDIS) private readonly redis: Redis) {}
  async onApplicationShutdown(): Promise<void> {
    await this.redis.quit().catch(() => this.redis.disconnect());
  }
}

/**
 * PostgreSQL (TypeORM), Redis (one shared ioredis connection for commands and publishing) and
 * the BullMQ queues, configured from the AppConfig. Used by the api and the worker alike.
 */
@Global()
@Module({
  imports: [
    TypeOrmModule.forRootAsync({
      inject: [APP_CONFIG],
      useFactory: (c: AppConfig) => ({
        ...dataSourceOptions(c.databaseUrl, { poolSize: 20, applicationName: 'inbox' }),
        // Fail fast: main.ts already checked the database answers; don't hang in retries.
        retryAttempts: 0,
      }),
    }),
    BullModule.forRootAsync({
      inject: [APP_CONFIG],
      useFactory: (c: AppConfig) => ({
        connection: { url: c.redisUrl, maxRetriesPerRequest: null },
        prefix: c.queuePrefix,
      }),
    }),
    BullModule.registerQueue({ name: QueueName.Ingest }, { name: QueueName.Outbound }, { name: QueueName.Reminders }),
  ],
  providers: [
    {
      provide: REDIS,
      inject: [APP_CONFIG],
      useFactory: (c: AppConfig) => new Redis(c.redisUrl, { maxRetriesPerRequest: 3 }),
    },
    RedisCloser,
  ],
  exports: [REDIS, BullModule, TypeOrmModule],
})
export class InfraModule {}
