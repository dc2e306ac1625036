import { Check, Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

export type Locale = 'de' | 'en';
export type AddressForm = 'Sie' | 'du';

@Entity('workspaces')
@Check('workspaces_locale_check', `locale IN ('de', 'en')`)
@Check('workspaces_address_check', `address_form IN ('Sie', 'du')`)
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

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
