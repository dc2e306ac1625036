import { Check, Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

export type Locale = 'de' | 'en';
export type AddressForm = 'Sie' | 'du';
/** Which removals by agents wait for a lead: complaints (the default), or all. Never fewer. */
export type RemovalApproval = 'complaints' | 'all';

@Entity('workspaces')
@Check('workspaces_locale_check', `locale IN ('de', 'en')`)
@Check('workspaces_address_check', `address_form IN ('Sie', 'du')`)
@Check('workspaces_removal_approval_check', `removal_approval IN ('complaints', 'all')`)
@Check('workspaces_follow_up_days_check', `follow_up_days BETWEEN 0 AND 365`)
export class WorkspaceEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text', default: 'Europe/Berlin' })
  timezone!: string;

  @Column({ type: 'text', default: 'de' })
  locale!: Locale;

  @Column({ name: 'address_form', type: 'text', default: 'Sie' })
  addressForm!: AddressForm;

  /** the name replies are signed with ({{brand}} in templates); the workspace name when unset */
  @Column({ type: 'text', nullable: true })
  brand!: string | null;

  @Column({ name: 'removal_approval', type: 'text', default: 'complaints' })
  removalApproval!: RemovalApproval;

  /** days after which a justified critique without public follow-up raises a reminder */
  @Column({ name: 'follow_up_days', type: 'int', default: 7 })
  followUpDays!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
