import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

export type Role = 'agent' | 'lead' | 'exec' | 'admin';
export const ROLES: readonly Role[] = ['agent', 'lead', 'exec', 'admin'];

@Entity('memberships')
export class MembershipEntity {
  @PrimaryColumn({ name: 'workspace_id', type: 'uuid' })
  workspaceId!: string;

  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @Column({ type: 'text' })
  role!: Role;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
