/**
 * One typed catalogue of queues and jobs. Enqueuing goes through `enqueue`/`jobOptions`, so a
 * wrong payload for a job name is a compile error, and every payload carries its workspaceId.
 */
import type { JobsOptions } from 'bullmq';

export enum QueueName {
  Ingest = 'ingest',
  /** replies and moderation actions going out to the platforms */
  Outbound = 'outbound',
  /** delayed jobs: follow-up reminders (nothing polls the database in a loop) */
  Reminders = 'reminders',
}

export enum JobName {
  IngestEvent = 'ingest-event',
  SendReply = 'send-reply',
  Moderate = 'moderate',
  CritiqueFollowUp = 'critique-follow-up',
  FollowUp = 'follow-up',
}

export interface JobPayloads {
  [JobName.IngestEvent]: { workspaceId: string; channelId: string; inboundEventId: string };
  [JobName.SendReply]: { workspaceId: string; replyId: string };
  [JobName.Moderate]: { workspaceId: string; requestId: string };
  /** dueAt: the due time the job was scheduled for; a changed outcome schedules a new one */
  [JobName.CritiqueFollowUp]: { workspaceId: string; conversationId: string; dueAt: string };
  [JobName.FollowUp]: { workspaceId: string; conversationId: string; dueAt: string };
}

export const JOB_QUEUE: { [K in JobName]: QueueName } = {
  [JobName.IngestEvent]: QueueName.Ingest,
  [JobName.SendReply]: QueueName.Outbound,
  [JobName.Moderate]: QueueName.Outbound,
  [JobName.CritiqueFollowUp]: QueueName.Reminders,
  [JobName.FollowUp]: QueueName.Reminders,
};

/**
 * Outbound jobs retry longer (a platform outage of many minutes is normal); never removed when
 * they fail, and the reply or request row carries the reason.
 */
export const OUTBOUND_JOB_OPTIONS: JobsOptions = {
  attempts: 10,
  backoff: { type: 'exponential', delay: 2000 },
  removeOnComplete: { age: 24 * 3600, count: 10000 },
  removeOnFail: false,
};

/** One job per reply / moderation request / reminder due time: enqueuing twice is a no-op. */
export const replyJobId = (replyId: string) => `reply-${replyId}`;
export const moderationJobId = (requestId: string) => `mod-${requestId}`;
export const reminderJobId = (kind: 'critique' | 'followup', conversationId: string, dueAt: Date) => `${kind}-${conversationId}-${dueAt.getTime()}`;

/**
 * Failed jobs are retried with exponential backoff and then kept (never removed), so nothing
 * is silently dropped; completed jobs are trimmed.
 */
export const DEFAULT_JOB_OPTIONS: JobsOptions = {
  attempts: 8,
  backoff: { type: 'exponential', delay: 500 },
  removeOnComplete: { age: 3600, count: 10000 },
  removeOnFail: false,
};

/** BullMQ job ids may not contain ':'. */
export function ingestJobId(inboundEventId: string): string {
  return `ev-${inboundEventId}`;
}
