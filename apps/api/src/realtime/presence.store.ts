import { Inject, Injectable } from '@nestjs/common';
import type { Redis } from 'ioredis';
import { APP_CONFIG, type AppConfig } from '../../../../libs/config/src/config.js';
import { REDIS } from '../../../../libs/nest/src/infra.module.js';
import type { PresenceUser, PresenceView } from '../../../../libs/realtime/src/events.js';

/** A viewer who stops sending `presence.view` (every 20 s from the client) is gone after this. */
export const VIEW_TTL_MS = 60_000;
/** A writer who stops sending `presence.typing` is no longer writing after this. */
export const TYPING_TTL_MS = 15_000;

interface Entry {
  userId: string;
  name: string | null;
  viewUntil: number;
  typingUntil: number;
}

/**
 * Who looks at and who writes in a conversation, kept in Redis (a hash per conversation, one
 * field per socket) so every api instance sees the same; entries expire by time, so a crashed
 * instance leaves nothing behind for long.
 */
@Injectable()
export class PresenceStore {
  constructor(
    @Inject(REDIS) private readonly redis: Redis,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  private key(conversationId: string): string {
    return `${this.config.queuePrefix}:presence:${conversationId}`;
  }

  async update(conversationId: string, socketId: string, user: PresenceUser, change: { view?: boolean; typing?: boolean }): Promise<void> {
    const key = this.key(conversationId);
    const prev = await this.redis.hget(key, socketId);
    const now = Date.now();
    const e: Entry = prev ? (JSON.parse(prev) as Entry) : { userId: user.userId, name: user.name, viewUntil: 0, typingUntil: 0 };
    if (change.view !== undefined) e.viewUntil = change.view ? now + VIEW_TTL_MS : 0;
    if (change.typing !== undefined) {
      e.typingUntil = change.typing ? now + TYPING_TTL_MS : 0;
      if (change.typing) e.viewUntil = Math.max(e.viewUntil, now + VIEW_TTL_MS);
    }
    if (e.viewUntil <= now && e.typingUntil <= now) await this.redis.hdel(key, socketId);
    else await this.redis.multi().hset(key, socketId, JSON.stringify(e)).pexpire(key, VIEW_TTL_MS * 2).exec();
  }

  async remove(conversationId: string, socketId: string): Promise<void> {
    await this.redis.hdel(this.key(conversationId), socketId);
  }

  async get(workspaceId: string, conversationId: string): Promise<PresenceView> {
    const all = await this.redis.hgetall(this.key(conversationId));
    const now = Date.now();
    const viewers = new Map<string, PresenceUser>();
    const composing = new Map<string, PresenceUser>();
    for (const raw of Object.values(all)) {
      const e = JSON.parse(raw) as Entry;
      if (e.viewUntil > now) viewers.set(e.userId, { userId: e.userId, name: e.name });
      if (e.typingUntil > now) composing.set(e.userId, { userId: e.userId, name: e.name });
    }
    return { workspaceId, conversationId, viewers: [...viewers.values()], composing: [...composing.values()] };
  }

  async composingOthers(workspaceId: string, conversationId: string, exceptUserId: string): Promise<PresenceUser[]> {
    return (await this.get(workspaceId, conversationId)).composing.filter((u) => u.userId !== exceptUserId);
  }
}
