import { Logger, type INestApplicationContext } from '@nestjs/common';
import { IoAdapter } from '@nestjs/platform-socket.io';
import { createAdapter } from '@socket.io/redis-adapter';
import { Redis } from 'ioredis';
import type { Server, ServerOptions } from 'socket.io';
import { REDIS_WIRE_PARSER } from '../../../../libs/realtime/src/events.js';
import { forEachRelayed, relayChannel } from '../../../../libs/realtime/src/relay.js';
import { coalesceFrames } from './coalesce-frames.js';

/**
 * socket.io over the Redis adapter: every api instance sees every broadcast of the others. Events
 * of the worker (and of the api's background jobs) arrive on the relay channel, already encoded
 * (libs/realtime/src/relay.ts), and each instance writes them to its own sockets in the room.
 * `key` must match the emitters'.
 */
export class RedisIoAdapter extends IoAdapter {
  private readonly log = new Logger('Realtime');
  private pub?: Redis;
  private sub?: Redis;
  private relay?: Redis;

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
    this.relay = this.pub.duplicate();
    await Promise.all([this.pub.ping(), this.sub.ping(), this.relay.subscribe(relayChannel(this.key))]);
  }

  override createIOServer(port: number, options?: Partial<ServerOptions>): Server {
    const server = super.createIOServer(port, { ...options, cors: { origin: true, credentials: true } } as ServerOptions) as Server;
    server.adapter(createAdapter(this.pub!, this.sub!, { key: this.key, parser: REDIS_WIRE_PARSER }));
    server.engine.on('connection', coalesceFrames);
    this.relay!.on('message', (_channel: string, message: string) => {
      try {
        deliverRelayed(server, message);
      } catch (e) {
        this.log.error(`dropped a relay message of ${message.length} characters: ${(e as Error).message}`);
      }
    });
    return server;
  }

  override async dispose(): Promise<void> {
    await super.dispose();
    await Promise.all([this.pub, this.sub, this.relay].map((r) => r?.quit().catch(() => undefined)));
  }
}

/**
 * Writes each packet of a relay message to this instance's sockets in its room, as socket.io's
 * own broadcast does with a packet it has encoded: the packet goes to each socket's engine.io
 * connection, which frames it.
 */
export function deliverRelayed(server: Server, message: string): void {
  const nsp = server.of('/');
  forEachRelayed(message, (room, packet) => {
    const ids = nsp.adapter.rooms.get(room);
    if (!ids) return;
    for (const id of ids) nsp.sockets.get(id)?.conn.write(packet, PACKET_OPTIONS);
  });
}

/** engine.io's options for a packet, as socket.io's broadcast passes them (compress unless told not to). */
const PACKET_OPTIONS = { compress: true };

export function socketKey(queuePrefix: string): string {
  return `${queuePrefix}-socket.io`;
}
