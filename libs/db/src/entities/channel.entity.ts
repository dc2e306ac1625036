import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique, UpdateDateColumn } from 'typeorm';
import { WorkspaceEntity } from './workspace.entity.js';
import type { ChannelKind } from '../../../connectors/src/connector.types.js';

export type ChannelHealth = 'ok' | 'needs_reauth' | 'rate_limited';

@Entity('channels')
@Index('channels_workspace_idx', ['workspaceId'])
@Unique('channels_kind_account_key', ['kind', 'externalAccountId'])
@Check('channels_health_check', `health IN ('ok', 'needs_reauth', 'rate_limited')`)
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

  @ManyToOne(() => WorkspaceEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'workspace_id', foreignKeyConstraintName: 'channels_workspace_id_fkey' })
  workspace?: WorkspaceEntity;
}
