import { Emitter } from '@socket.io/redis-emitter';
import type { ChainableCommander, Redis } from 'ioredis';
import { REDIS_WIRE_PARSER, workspaceRoom, type ServerToClientEvents } from './events.js';

export type RealtimeEvent = {
  [K in keyof ServerToClientEvents]: { workspaceId: string; event: K; payload: Parameters<ServerToClientEvents[K]>[0] };
}[keyof ServerToClientEvents];

/**
 * Publishes socket events from processes without a socket.io server (the worker) through Redis;
 * every api instance's Redis adapter delivers them to its sockets in the workspace's room.
 *
 * The events of one call go to Redis as one pipeline (one write, one round trip) rather than one
 * PUBLISH each: an ingest batch of 500 comments has a thousand events, and a write per event was
 * the worker's largest cost after the database.
 */
export class RealtimeEmitter {
  private readonly emitter: Emitter<ServerToClientEvents>;
  private batch: ChainableCommander | null = null;

  constructor(
    private readonly redis: Redis,
    key = 'socket.io',
    private readonly onError: (e: Error) => void = (e) => console.error(`realtime: publishing events to Redis failed: ${e.message}`),
  ) {
    // The emitter only ever calls publish(); it goes into the pipeline of the current emit().
    const client = { publish: (channel: string, message: Buffer | string) => this.batch!.publish(channel, message) };
    this.emitter = new Emitter<ServerToClientEvents>(client, { key, parser: REDIS_WIRE_PARSER });
  }

  emit(events: RealtimeEvent[]): void {
    if (events.length === 0) return;
    this.batch = this.redis.pipeline();
    try {
      for (const e of events) {
        // The map above ties each event name to its payload; the emitter's generic signature
        // can't see that correlation through the union, hence the cast.
        (this.emitter.to(workspaceRoom(e.workspaceId)) as unknown as { emit(ev: string, p: unknown): void }).emit(e.event, e.payload);
      }
      this.batch.exec().catch((err: unknown) => this.onError(err as Error));
    } finally {
      this.batch = null;
    }
  }
}
