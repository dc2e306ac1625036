import { ConflictException, Inject, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../../../libs/config/src/config.js';
import type { ChannelKind } from '../../../../libs/connectors/src/connector.types.js';
import { SecretBox } from '../../../../libs/crypto/src/secret-box.js';
import { ChannelEntity } from '../../../../libs/db/src/entities/channel.entity.js';
import { audit } from '../../../../libs/workflow/src/audit.js';

/** Credentials per kind; sealed at rest, never returned by the API. */
export interface ChannelCredentials {
  appSecret?: string;
  verifyToken?: string;
  accessToken?: string;
  webhookSecret?: string;
}

export interface ChannelWithSecrets {
  channel: ChannelEntity;
  credentials: ChannelCredentials;
}

/**
 * Channels and their secrets. Decrypted credentials are cached for a short time: webhooks look
 * them up on every delivery, and a change through this service drops the cache at once.
 */
@Injectable()
export class ChannelsService {
  private readonly box: SecretBox;
  private readonly cache = new Map<string, { value: ChannelWithSecrets[]; until: number }>();

  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.box = new SecretBox(config.secretsKey);
  }

  async create(workspaceId: string, input: { kind: ChannelKind; name: string; externalAccountId: string; credentials: ChannelCredentials }): Promise<ChannelEntity> {
    const repo = this.ds.getRepository(ChannelEntity);
    try {
      const saved = await repo.save(
        repo.create({
          workspaceId,
          kind: input.kind,
          name: input.name.trim(),
          externalAccountId: input.externalAccountId.trim(),
          credentialsSealed: this.box.sealJson(input.credentials),
        }),
      );
      this.cache.clear();
      return saved;
    } catch (e) {
      if ((e as { code?: string }).code === '23505') {
        throw new ConflictException(`a ${input.kind} channel for account ${input.externalAccountId} is already connected`);
      }
      throw e;
    }
  }

  list(workspaceId: string): Promise<ChannelEntity[]> {
    return this.ds.getRepository(ChannelEntity).find({ where: { workspaceId }, order: { createdAt: 'ASC' } });
  }

  async get(workspaceId: string, id: string): Promise<ChannelEntity> {
    const c = await this.ds.getRepository(ChannelEntity).findOneBy({ workspaceId, id });
    if (!c) throw new NotFoundException(`channel ${id} not found in this workspace`);
    return c;
  }

  /** New credentials (merged over the stored ones); the channel is healthy again. Audited. */
  async updateCredentials(workspaceId: string, id: string, creds: ChannelCredentials, actorId: string): Promise<ChannelEntity> {
    const current = await this.get(workspaceId, id);
    const merged = { ...this.box.openJson<ChannelCredentials>(current.credentialsSealed) };
    for (const [k, v] of Object.entries(creds) as [keyof ChannelCredentials, string | undefined][]) if (v) merged[k] = v;
    await this.ds.transaction(async (m) => {
      await m.query(`UPDATE channels SET credentials_sealed = $3, health = 'ok', updated_at = now() WHERE workspace_id = $1 AND id = $2`, [workspaceId, id, this.box.sealJson(merged)]);
      await audit(m, { workspaceId, actorId, action: 'channel.reconnected', subjectType: 'channel', subjectId: id, data: { changed: Object.keys(creds).filter((k) => creds[k as keyof ChannelCredentials]) } });
    });
    this.cache.clear();
    return this.get(workspaceId, id);
  }

  /** Channels of a kind for platform account ids (webhook routing), with decrypted credentials. */
  async byAccounts(kind: ChannelKind, accountIds: string[]): Promise<Map<string, ChannelWithSecrets>> {
    const all = await this.allOfKind(kind);
    const wanted = new Set(accountIds);
    return new Map(all.filter((c) => wanted.has(c.channel.externalAccountId)).map((c) => [c.channel.externalAccountId, c]));
  }

  async byId(id: string): Promise<ChannelWithSecrets | null> {
    const c = await this.ds.getRepository(ChannelEntity).findOneBy({ id });
    return c ? { channel: c, credentials: this.box.openJson<ChannelCredentials>(c.credentialsSealed) } : null;
  }

  /** Every channel of a kind, decrypted; cached for 30 s (a few channels per installation). */
  async allOfKind(kind: ChannelKind): Promise<ChannelWithSecrets[]> {
    const hit = this.cache.get(kind);
    if (hit && hit.until > Date.now()) return hit.value;
    const rows = await this.ds.getRepository(ChannelEntity).findBy({ kind });
    const value = rows.map((channel) => ({ channel, credentials: this.box.openJson<ChannelCredentials>(channel.credentialsSealed) }));
    this.cache.set(kind, { value, until: Date.now() + 30_000 });
    return value;
  }
}
