/**
 * One typed catalogue of queues and jobs. Enqueuing goes through `enqueue`/`jobOptions`, so a
 * wrong payload for a job name is a compile error, and every payload carries its workspaceId.
 */
import type { JobsOptions } from 'bullmq';

export enum QueueName {
  Ingest = 'ingest',
}

export enum JobName {
  IngestEvent = 'ingest-event',
}

export interface JobPayloads {
  [JobName.IngestEvent]: { workspaceId: string; channelId: string; inboundEventId: string };
}

export const JOB_QUEUE: { [K in JobName]: QueueName } = {
  [JobName.IngestEvent]: QueueName.Ingest,
};

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
