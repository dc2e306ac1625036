import { InjectQueue } from '@nestjs/bullmq';
import { Controller, Get, Inject, Res } from '@nestjs/common';
import { ApiOkResponse, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import type { DataSource } from 'typeorm';
import { REDIS } from '../../../../libs/nest/src/infra.module.js';
import { QueueName } from '../../../../libs/queue/src/queues.js';
import { Public } from '../auth/auth.decorators.js';

interface Check {
  ok: boolean;
  latencyMs: number;
  error?: string;
}

async function timed(fn: () => Promise<unknown>): Promise<Check> {
  const t = performance.now();
  try {
    await Promise.race([fn(), new Promise((_, reject) => setTimeout(() => reject(new Error('timed out after 2 s')), 2000))]);
    return { ok: true, latencyMs: Math.round((performance.now() - t) * 10) / 10 };
  } catch (e) {
    return { ok: false, latencyMs: Math.round(performance.now() - t), error: (e as Error).message };
  }
}

@ApiTags('health')
@Public()
@Controller('health')
export class HealthController {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    @Inject(REDIS) private readonly redis: Redis,
    @InjectQueue(QueueName.Ingest) private readonly ingest: Queue,
  ) {}

  @Get()
  @ApiOkResponse({ description: 'PostgreSQL, Redis and queue depth; 503 when a dependency is down' })
  @ApiServiceUnavailableResponse({ description: 'PostgreSQL or Redis does not answer' })
  async health(@Res({ passthrough: true }) res: { status(code: number): unknown }) {
    const [postgres, redis] = await Promise.all([timed(() => this.ds.query('SELECT 1')), timed(() => this.redis.ping())]);
    let queues: Record<string, Record<string, number>> | { error: string } = {};
    if (redis.ok) {
      try {
        queues = { [QueueName.Ingest]: await this.ingest.getJobCounts('waiting', 'active', 'delayed', 'failed', 'completed') };
      } catch (e) {
        queues = { error: (e as Error).message };
      }
    }
    const ok = postgres.ok && redis.ok;
    if (!ok) res.status(503);
    return { status: ok ? 'ok' : 'degraded', postgres, redis, queues };
  }
}
