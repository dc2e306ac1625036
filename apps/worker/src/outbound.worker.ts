import { Inject, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { UnrecoverableError, Worker, type Job } from 'bullmq';
import { APP_CONFIG, type AppConfig } from '../../../libs/config/src/config.js';
import { PlatformError } from '../../../libs/connectors/src/platform-error.js';
import { JobName, QueueName, type JobPayloads } from '../../../libs/queue/src/queues.js';
import { OutboundService, PermanentOutboundError } from '../../../libs/workflow/src/outbound.service.js';
import type { WorkflowService } from '../../../libs/workflow/src/workflow.service.js';

type OutboundJob = Job<JobPayloads[JobName.SendReply] | JobPayloads[JobName.Moderate]>;

/**
 * The `outbound` and `reminders` queues. Built on BullMQ's Worker directly (not the decorator)
 * so the lock duration comes from configuration: a worker that dies mid-send holds its job
 * until the lock expires, then another worker takes it over and looks before sending again.
 */
export class OutboundWorkers implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly log = new Logger('Outbound');
  private workers: Worker[] = [];

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(OutboundService) private readonly outbound: OutboundService,
    @Inject('WorkflowService') private readonly workflow: WorkflowService,
  ) {}

  onApplicationBootstrap(): void {
    const common = {
      connection: { url: this.config.redisUrl, maxRetriesPerRequest: null },
      prefix: this.config.queuePrefix,
      lockDuration: this.config.queueLockMs,
      stalledInterval: this.config.queueLockMs,
      // a worker killed twice in a row must not fail a reply for good
      maxStalledCount: 5,
    };
    const outbound = new Worker(QueueName.Outbound, (job: OutboundJob) => this.process(job), { ...common, concurrency: this.config.outboundConcurrency });
    outbound.on('failed', (job, err) => void this.onFailed(job as OutboundJob | undefined, err));
    outbound.on('error', (err) => this.log.error(`outbound worker: ${err.message}`));
    const reminders = new Worker(QueueName.Reminders, (job: Job) => this.remind(job), { ...common, concurrency: 4 });
    reminders.on('error', (err) => this.log.error(`reminders worker: ${err.message}`));
    this.workers = [outbound, reminders];
  }

  async onApplicationShutdown(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.close()));
  }

  private async process(job: OutboundJob): Promise<string> {
    try {
      if (job.name === JobName.SendReply) {
        const d = job.data as JobPayloads[JobName.SendReply];
        return await this.outbound.sendReply(d.workspaceId, d.replyId);
      }
      if (job.name === JobName.Moderate) {
        const d = job.data as JobPayloads[JobName.Moderate];
        return await this.outbound.moderate(d.workspaceId, d.requestId);
      }
      throw new UnrecoverableError(`unknown job ${job.name} on queue ${QueueName.Outbound}`);
    } catch (e) {
      if (e instanceof PermanentOutboundError) throw new UnrecoverableError(e.message);
      if (e instanceof PlatformError) {
        const channelId = await this.channelOf(job);
        if (e.kind === 'auth' && channelId) await this.outbound.markChannel(job.data.workspaceId, channelId, 'needs_reauth', e.reason);
        if (e.kind === 'rate_limited' && channelId) await this.outbound.markChannel(job.data.workspaceId, channelId, 'rate_limited', e.reason);
        if (e.kind === 'auth' || e.kind === 'permanent') throw new UnrecoverableError(e.reason);
        if (job.name === JobName.SendReply) {
          const d = job.data as JobPayloads[JobName.SendReply];
          await this.outbound.recordAttemptError(d.workspaceId, d.replyId, e.reason, e.kind);
        }
        throw new Error(e.reason);
      }
      throw e;
    }
  }

  private channelOf(job: OutboundJob): Promise<string | null> {
    if (job.name === JobName.SendReply) return this.outbound.channelOfReply(job.data.workspaceId, (job.data as JobPayloads[JobName.SendReply]).replyId);
    return this.outbound.channelOfModeration(job.data.workspaceId, (job.data as JobPayloads[JobName.Moderate]).requestId);
  }

  private async onFailed(job: OutboundJob | undefined, err: Error): Promise<void> {
    if (!job) return;
    const final = err instanceof UnrecoverableError || err.name === 'UnrecoverableError' || job.attemptsMade >= (job.opts.attempts ?? 1);
    this.log.warn(`${job.name} ${job.id} attempt ${job.attemptsMade} failed${final ? ' for good' : ', will retry'}: ${err.message}`);
    if (!final) return;
    try {
      if (job.name === JobName.SendReply) {
        const d = job.data as JobPayloads[JobName.SendReply];
        await this.outbound.failReply(d.workspaceId, d.replyId, err.message, err.name === 'UnrecoverableError' ? 'permanent' : 'retries_exhausted');
      } else if (job.name === JobName.Moderate) {
        const d = job.data as JobPayloads[JobName.Moderate];
        await this.outbound.failModeration(d.workspaceId, d.requestId, err.message);
      }
    } catch (e) {
      this.log.error(`recording the failure of ${job.id} failed: ${(e as Error).message}`);
    }
  }

  private async remind(job: Job): Promise<boolean> {
    if (job.name === JobName.CritiqueFollowUp) {
      const d = job.data as JobPayloads[JobName.CritiqueFollowUp];
      return this.workflow.fireReminder('critique_follow_up', d.workspaceId, d.conversationId, d.dueAt);
    }
    if (job.name === JobName.FollowUp) {
      const d = job.data as JobPayloads[JobName.FollowUp];
      return this.workflow.fireReminder('follow_up', d.workspaceId, d.conversationId, d.dueAt);
    }
    throw new UnrecoverableError(`unknown job ${job.name} on queue ${QueueName.Reminders}`);
  }
}
