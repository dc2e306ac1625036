import { Emitter } from '@socket.io/redis-emitter';
import type { Redis } from 'ioredis';
import { workspaceRoom, type ServerToClientEvents } from './events.js';

export type RealtimeEvent = {
  [K in keyof ServerToClientEvents]: { workspaceId: string; event: K; payload: Parameters<ServerToClientEvents[K]>[0] };
}[keyof ServerToClientEvents];

/**
 * Publishes socket events from processes without a socket.io server (the worker) through Redis;
 * every api instance's Redis adapter delivers them to its sockets in the workspace's room.
 */
export class RealtimeEmitter {
  private readonly emitter: Emitter<ServerToClientEvents>;

  constructor(redis: Redis, key = 'socket.io') {
    this.emitter = new Emitter<ServerToClientEvents>(redis, { key });
  }

  emit(events: RealtimeEvent[]): void {
    for (const e of events) {
      // The map above ties each event name to its payload; the emitter's generic signature
      // can't see that correlation through the union, hence the cast.
      (this.emitter.to(workspaceRoom(e.workspaceId)) as unknown as { emit(ev: string, p: unknown): void }).emit(e.event, e.payload);
    }
  }
}
