import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { ChannelKind } from '../../../connectors/src/connector.types.js';

export type ChannelHealth = 'ok' | 'needs_reauth' | 'rate_limited';

@Entity('channels')
export class ChannelEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'workspace_id', type: 'uuid' })
  workspaceId!: string;

  @Column({ type: 'text' })
  kind!: ChannelKind;

  @Column({ type: 'text' })
  name!: string;

  /** the platform's id of the account (Facebook page id); unique per kind */
  @Column({ name: 'external_account_id', type: 'text' })
  externalAccountId!: string;

  /** SecretBox-sealed JSON of the credentials; never leaves the server */
  @Column({ name: 'credentials_sealed', type: 'text' })
  credentialsSealed!: string;

  @Column({ type: 'text', default: 'ok' })
  health!: ChannelHealth;

  @Column({ name: 'poll_cursor', type: 'text', nullable: true })
  pollCursor!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
