/**
 * Users, workspaces and memberships: shared by the api (login, bootstrap admin), the CLI and
 * the demo seed, so all three create accounts the same way.
 */
import argon2 from 'argon2';
import type { DataSource } from 'typeorm';
import { MembershipEntity, ROLES, type Role } from '../../db/src/entities/membership.entity.js';
import { UserEntity } from '../../db/src/entities/user.entity.js';
import { WorkspaceEntity, type AddressForm, type Locale } from '../../db/src/entities/workspace.entity.js';

export class AccountError extends Error {}

export interface WorkspaceInput {
  name: string;
  timezone?: string;
  locale?: Locale;
  addressForm?: AddressForm;
}

export class AccountsService {
  constructor(private readonly ds: DataSource) {}

  async createWorkspace(input: WorkspaceInput): Promise<WorkspaceEntity> {
    const name = input.name.trim();
    if (!name || name.length > 200) throw new AccountError('workspace name must be 1-200 characters');
    if (input.timezone !== undefined && !isTimeZone(input.timezone)) throw new AccountError(`unknown time zone "${input.timezone}" (example: Europe/Berlin)`);
    if (input.locale !== undefined && input.locale !== 'de' && input.locale !== 'en') throw new AccountError(`locale must be de or en, got "${input.locale}"`);
    if (input.addressForm !== undefined && input.addressForm !== 'Sie' && input.addressForm !== 'du') throw new AccountError(`address form must be Sie or du, got "${input.addressForm}"`);
    const repo = this.ds.getRepository(WorkspaceEntity);
    return repo.save(repo.create({ name, timezone: input.timezone ?? 'Europe/Berlin', locale: input.locale ?? 'de', addressForm: input.addressForm ?? 'Sie' }));
  }

  /** Creates the user, or updates name and password of an existing one with that e-mail. */
  async upsertUser(email: string, password: string, name?: string): Promise<UserEntity> {
    const normalized = email.trim().toLowerCase();
    if (!/^[^@\s]+@[^@\s]+$/.test(normalized)) throw new AccountError(`"${email}" is not an e-mail address`);
    if (password.length < 8) throw new AccountError('password must be at least 8 characters long');
    const repo = this.ds.getRepository(UserEntity);
    const passwordHash = await argon2.hash(password, { type: argon2.argon2id });
    const existing = await repo.findOneBy({ email: normalized });
    if (existing) {
      existing.passwordHash = passwordHash;
      if (name) existing.name = name;
      return repo.save(existing);
    }
    return repo.save(repo.create({ email: normalized, name: name ?? normalized.split('@')[0]!, passwordHash }));
  }

  async findUserByEmail(email: string): Promise<UserEntity | null> {
    return this.ds.getRepository(UserEntity).findOneBy({ email: email.trim().toLowerCase() });
  }

  async addMember(workspaceId: string, userId: string, role: Role): Promise<void> {
    if (!ROLES.includes(role)) throw new AccountError(`role must be one of ${ROLES.join(', ')}, got "${role}"`);
    await this.ds.query(
      `INSERT INTO memberships (workspace_id, user_id, role) VALUES ($1, $2, $3)
       ON CONFLICT (workspace_id, user_id) DO UPDATE SET role = EXCLUDED.role`,
      [workspaceId, userId, role],
    );
  }

  async memberships(userId: string): Promise<{ workspaceId: string; name: string; role: Role }[]> {
    const rows = (await this.ds.query(
      `SELECT m.workspace_id, w.name, m.role FROM memberships m JOIN workspaces w ON w.id = m.workspace_id WHERE m.user_id = $1 ORDER BY w.name`,
      [userId],
    )) as { workspace_id: string; name: string; role: Role }[];
    return rows.map((r) => ({ workspaceId: r.workspace_id, name: r.name, role: r.role }));
  }

  async membership(userId: string, workspaceId: string): Promise<MembershipEntity | null> {
    return this.ds.getRepository(MembershipEntity).findOneBy({ userId, workspaceId });
  }

  /**
   * The bootstrap admin from ADMIN_EMAIL / ADMIN_PASSWORD: created when absent (an existing
   * user keeps their password), and made admin of every workspace that has no admin yet.
   */
  async ensureBootstrapAdmin(email: string, password: string): Promise<{ created: boolean; user: UserEntity }> {
    let user = await this.findUserByEmail(email);
    const created = !user;
    if (!user) user = await this.upsertUser(email, password, 'Admin');
    await this.ds.query(
      `INSERT INTO memberships (workspace_id, user_id, role)
       SELECT w.id, $1, 'admin' FROM workspaces w
        WHERE NOT EXISTS (SELECT 1 FROM memberships m WHERE m.workspace_id = w.id AND m.role = 'admin')
       ON CONFLICT DO NOTHING`,
      [user.id],
    );
    return { created, user };
  }

  async verifyPassword(email: string, password: string): Promise<UserEntity | null> {
    const user = await this.findUserByEmail(email);
    if (!user) {
      // Spend the same time as for a wrong password, so timing doesn't reveal which e-mails exist.
      await argon2.verify(DUMMY_HASH, password).catch(() => false);
      return null;
    }
    return (await argon2.verify(user.passwordHash, password)) ? user : null;
  }
}

const DUMMY_HASH = '$argon2id$v=19$m=65536,t=3,p=4$M4YYu+xeJrDRDCJOIxz5GA$LHvK79oRMlnFEzPDBuaoDTD5RVMYk1SN609sWrrZg4U';

/** Whether the runtime knows an IANA time zone name (Europe/Berlin). */
export function isTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}
