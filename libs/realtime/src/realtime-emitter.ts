import type { Redis } from 'ioredis';
import { workspaceRoom, type ServerToClientEvents } from './events.js';
import { encodeEventPacket, encodeRelayMessages, relayChannel } from './relay.js';

export type RealtimeEvent = {
  [K in keyof ServerToClientEvents]: { workspaceId: string; event: K; payload: Parameters<ServerToClientEvents[K]>[0] };
}[keyof ServerToClientEvents];

/**
 * Publishes socket events from processes without a socket.io server (the worker, the api's
 * background jobs) through Redis; every api instance delivers them to its sockets in the
 * workspace's room (see relay.ts for the format and apps/api's RedisIoAdapter for the receiving
 * end).
 *
 * The events of one call go to Redis as one message (usually), encoded once here: an ingest batch
 * of 500 comments has a thousand events, and a message per event, decoded and encoded again by
 * each api instance, was a large share of both processes' CPU.
 */
export class RealtimeEmitter {
  private readonly channel: string;

  constructor(
    private readonly redis: Redis,
    key = 'socket.io',
    private readonly onError: (e: Error) => void = (e) => console.error(`realtime: publishing events to Redis failed: ${e.message}`),
  ) {
    this.channel = relayChannel(key);
  }

  emit(events: RealtimeEvent[]): void {
    if (events.length === 0) return;
    const messages = encodeRelayMessages(events.map((e) => [workspaceRoom(e.workspaceId), encodeEventPacket(e.event, e.payload)] as const));
    for (const m of messages) this.redis.publish(this.channel, m).catch((err: unknown) => this.onError(err as Error));
  }
}
