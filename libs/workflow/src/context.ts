import type { Queue } from 'bullmq';
import type { DataSource } from 'typeorm';
import { cleanText as normaliseUntrusted } from '../../connectors/src/generic/text.js';
import type { Role } from '../../db/src/entities/membership.entity.js';
import type { Queryable } from '../../inbox/src/inbox.repository.js';
import { InboxRepository } from '../../inbox/src/inbox.repository.js';
import type { RealtimeEvent } from '../../realtime/src/realtime-emitter.js';
import { DomainError, notFound } from './errors.js';

/** Who acts, in which workspace, with which role (the api's WorkspaceAccess). */
export interface Actor {
  workspaceId: string;
  userId: string;
  role: Role;
}

/** What the workflow services need from the process they run in. */
export interface WorkflowDeps {
  ds: DataSource;
  publish: (events: RealtimeEvent[]) => void;
  outbound: Queue;
  reminders: Queue;
}

export interface ConversationRow {
  id: string;
  workspace_id: string;
  channel_id: string;
  root_external_id: string;
  status: 'open' | 'answered' | 'resolved';
  label: string;
  assignee_id: string | null;
  follow_up_at: Date | null;
}

export async function loadConversation(db: Queryable, workspaceId: string, id: string, lock = false): Promise<ConversationRow> {
  const [row] = (await db.query(
    `SELECT id, workspace_id, channel_id, root_external_id, status, label, assignee_id, follow_up_at
       FROM conversations WHERE workspace_id = $1 AND id = $2 ${lock ? 'FOR UPDATE' : ''}`,
    [workspaceId, id],
  )) as ConversationRow[];
  if (!row) throw notFound('conversation', id);
  return row;
}

export interface WorkspaceSettings {
  id: string;
  name: string;
  locale: 'de' | 'en';
  addressForm: 'Sie' | 'du';
  brand: string | null;
  removalApproval: 'complaints' | 'all';
  followUpDays: number;
  timezone: string;
}

export async function loadSettings(db: Queryable, workspaceId: string): Promise<WorkspaceSettings> {
  const [w] = (await db.query(
    `SELECT id, name, locale, address_form, brand, removal_approval, follow_up_days, timezone FROM workspaces WHERE id = $1`,
    [workspaceId],
  )) as { id: string; name: string; locale: 'de' | 'en'; address_form: 'Sie' | 'du'; brand: string | null; removal_approval: 'complaints' | 'all'; follow_up_days: number; timezone: string }[];
  if (!w) throw notFound('workspace', workspaceId);
  return { id: w.id, name: w.name, locale: w.locale, addressForm: w.address_form, brand: w.brand, removalApproval: w.removal_approval, followUpDays: w.follow_up_days, timezone: w.timezone };
}

export async function userName(db: Queryable, userId: string): Promise<string | null> {
  const [u] = (await db.query(`SELECT name FROM users WHERE id = $1`, [userId])) as { name: string }[];
  return u?.name ?? null;
}

/** conversation.updated events for the given conversations, read after the change. */
export async function conversationEvents(db: Queryable, workspaceId: string, ids: string[]): Promise<RealtimeEvent[]> {
  const summaries = await new InboxRepository(db).summaries(workspaceId, ids);
  return summaries.map((payload) => ({ workspaceId, event: 'conversation.updated' as const, payload }));
}

export function requireRole(actor: Actor, roles: Role[], what: string): void {
  if (!roles.includes(actor.role)) {
    throw new DomainError('forbidden', 'role', `${what} needs the role ${roles.join(' or ')}; you are ${actor.role} in this workspace`);
  }
}

/** Roles that answer the public (executives only read). */
export const ANSWERING_ROLES: Role[] = ['agent', 'lead', 'admin'];
/** Roles that assign anyone, approve removals and read the audit log. */
export const LEAD_ROLES: Role[] = ['lead', 'admin'];

/** Trims, drops control characters (keeps line breaks), and bounds a text written by a user. */
export function cleanText(raw: unknown, field: string, max: number, opts: { required?: boolean } = {}): string | null {
  if (raw === undefined || raw === null) {
    if (opts.required) throw new DomainError('invalid', 'invalid_input', `${field} is required`, { field });
    return null;
  }
  if (typeof raw !== 'string') throw new DomainError('invalid', 'invalid_input', `${field} must be a string`, { field });
  // The connectors' normalisation (no NUL, no lone surrogates, NFC), then no control characters.
  // eslint-disable-next-line no-control-regex -- removing control characters is the point
  const s = (normaliseUntrusted(raw, Number.MAX_SAFE_INTEGER) ?? '').replace(/\r\n?/g, '\n').replace(/[\u0001-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '').trim();
  if (s.length === 0) {
    if (opts.required) throw new DomainError('invalid', 'invalid_input', `${field} must not be empty`, { field });
    return null;
  }
  if (s.length > max) throw new DomainError('invalid', 'invalid_input', `${field} is ${s.length} characters long; at most ${max} are allowed`, { field });
  return s;
}
