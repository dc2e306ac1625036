import { getQueueToken } from '@nestjs/bullmq';
import type { Provider } from '@nestjs/common';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import type { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../../../libs/config/src/config.js';
import { REDIS } from '../../../../libs/nest/src/infra.module.js';
import { QueueName } from '../../../../libs/queue/src/queues.js';
import { RealtimeEmitter } from '../../../../libs/realtime/src/realtime-emitter.js';
import type { WorkflowDeps } from '../../../../libs/workflow/src/context.js';
import { GuidanceService } from '../../../../libs/workflow/src/guidance.service.js';
import { ModerationService } from '../../../../libs/workflow/src/moderation.service.js';
import { RepliesService } from '../../../../libs/workflow/src/replies.service.js';
import { WorkflowService } from '../../../../libs/workflow/src/workflow.service.js';
import { PresenceStore } from '../realtime/presence.store.js';
import { socketKey } from '../realtime/redis-io.adapter.js';

export const WORKFLOW_DEPS = Symbol('WORKFLOW_DEPS');

/**
 * The workflow services (plain classes in libs/workflow) wired into the api. Events go out
 * through the realtime relay (RealtimeEmitter), like the worker's, so every api instance delivers them.
 */
export const WORKFLOW_PROVIDERS: Provider[] = [
  {
    provide: RealtimeEmitter,
    inject: [REDIS, APP_CONFIG],
    useFactory: (redis: Redis, c: AppConfig) => new RealtimeEmitter(redis, socketKey(c.queuePrefix)),
  },
  {
    provide: WORKFLOW_DEPS,
    inject: [getDataSourceToken(), RealtimeEmitter, getQueueToken(QueueName.Outbound), getQueueToken(QueueName.Reminders)],
    useFactory: (ds: DataSource, rt: RealtimeEmitter, outbound: Queue, reminders: Queue): WorkflowDeps => ({ ds, publish: (e) => rt.emit(e), outbound, reminders }),
  },
  { provide: WorkflowService, inject: [WORKFLOW_DEPS], useFactory: (d: WorkflowDeps) => new WorkflowService(d) },
  { provide: GuidanceService, inject: [WORKFLOW_DEPS], useFactory: (d: WorkflowDeps) => new GuidanceService(d) },
  { provide: ModerationService, inject: [WORKFLOW_DEPS], useFactory: (d: WorkflowDeps) => new ModerationService(d) },
  {
    provide: RepliesService,
    inject: [WORKFLOW_DEPS, GuidanceService, PresenceStore],
    useFactory: (d: WorkflowDeps, g: GuidanceService, p: PresenceStore) => new RepliesService(d, g, (ws, conv, except) => p.composingOthers(ws, conv, except)),
  },
];
