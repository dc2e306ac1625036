import type { INestApplicationContext } from '@nestjs/common';
import { IoAdapter } from '@nestjs/platform-socket.io';
import { createAdapter } from '@socket.io/redis-adapter';
import { Redis } from 'ioredis';
import type { Server, ServerOptions } from 'socket.io';
import { REDIS_WIRE_PARSER } from '../../../../libs/realtime/src/events.js';
import { coalesceFrames } from './coalesce-frames.js';

/**
 * socket.io over the Redis adapter: every api instance sees every broadcast, and the worker's
 * Redis emitter reaches sockets on all of them. `key` must match the emitter's.
 */
export class RedisIoAdapter extends IoAdapter {
  private pub?: Redis;
  private sub?: Redis;

  constructor(
    app: INestApplicationContext,
    private readonly redisUrl: string,
    private readonly key: string,
  ) {
    super(app);
  }

  async connect(): Promise<void> {
    this.pub = new Redis(this.redisUrl, { maxRetriesPerRequest: 3 });
    this.sub = this.pub.duplicate();
    await Promise.all([this.pub.ping(), this.sub.ping()]);
  }

  override createIOServer(port: number, options?: Partial<ServerOptions>): Server {
    const server = super.createIOServer(port, { ...options, cors: { origin: true, credentials: true } } as ServerOptions) as Server;
    server.adapter(createAdapter(this.pub!, this.sub!, { key: this.key, parser: REDIS_WIRE_PARSER }));
    server.engine.on('connection', coalesceFrames);
    return server;
  }

  override async dispose(): Promise<void> {
    await super.dispose();
    await Promise.all([this.pub?.quit().catch(() => undefined), this.sub?.quit().catch(() => undefined)]);
  }
}

export function socketKey(queuePrefix: string): string {
  return `${queuePrefix}-socket.io`;
}
