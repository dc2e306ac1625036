/**
 * The audit log: an append-only record (a database trigger refuses UPDATE and DELETE) of
 * moderation requests and decisions, platform actions, relabels, assignments, template and
 * policy changes. Written in the same transaction as the change it records.
 */
import { iso, type Queryable } from '../../inbox/src/inbox.repository.js';

export type AuditAction =
  | 'conversation.assigned'
  | 'conversation.status_changed'
  | 'conversation.follow_up_set'
  | 'message.relabelled'
  | 'note.added'
  | 'reply.queued'
  | 'reply.sent'
  | 'reply.failed'
  | 'moderation.requested'
  | 'moderation.approved'
  | 'moderation.rejected'
  | 'moderation.executed'
  | 'moderation.failed'
  | 'critique.recorded'
  | 'critique.follow_up_overdue'
  | 'channel.needs_reauth'
  | 'channel.reconnected'
  | 'template.changed'
  | 'template.reset'
  | 'settings.changed';

export const AUDIT_ACTIONS: readonly AuditAction[] = [
  'conversation.assigned', 'conversation.status_changed', 'conversation.follow_up_set', 'message.relabelled', 'note.added',
  'reply.queued', 'reply.sent', 'reply.failed', 'moderation.requested', 'moderation.approved', 'moderation.rejected',
  'moderation.executed', 'moderation.failed', 'critique.recorded', 'critique.follow_up_overdue', 'channel.needs_reauth', 'channel.reconnected',
  'template.changed', 'template.reset', 'settings.changed',
];

export interface AuditInput {
  workspaceId: string;
  /** null for the system (the worker, a reminder) */
  actorId: string | null;
  action: AuditAction;
  subjectType: 'conversation' | 'message' | 'reply' | 'moderation_request' | 'critique' | 'channel' | 'template' | 'workspace' | 'note';
  subjectId: string | null;
  conversationId?: string | null;
  data?: Record<string, unknown>;
}

export interface AuditEventView {
  id: string;
  at: string;
  actorId: string | null;
  actorName: string | null;
  action: AuditAction;
  subjectType: string;
  subjectId: string | null;
  conversationId: string | null;
  data: Record<string, unknown>;
}

export interface AuditFilter {
  action?: AuditAction[];
  actorId?: string;
  conversationId?: string;
  subjectId?: string;
  from?: Date;
  to?: Date;
  /** id of the last event of the previous page (events come newest first) */
  before?: string;
  limit: number;
}

export async function audit(db: Queryable, e: AuditInput): Promise<void> {
  await db.query(
    `INSERT INTO audit_events (workspace_id, actor_user_id, action, subject_type, subject_id, conversation_id, data) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
    [e.workspaceId, e.actorId, e.action, e.subjectType, e.subjectId, e.conversationId ?? null, JSON.stringify(e.data ?? {})],
  );
}

export async function listAudit(db: Queryable, workspaceId: string, f: AuditFilter): Promise<{ items: AuditEventView[]; nextBefore: string | null }> {
  const params: unknown[] = [workspaceId];
  const p = (v: unknown) => {
    params.push(v);
    return `$${params.length}`;
  };
  const where = ['e.workspace_id = $1'];
  if (f.action?.length) where.push(`e.action = ANY(${p(f.action)}::text[])`);
  if (f.actorId) where.push(`e.actor_user_id = ${p(f.actorId)}::uuid`);
  if (f.conversationId) where.push(`e.conversation_id = ${p(f.conversationId)}::uuid`);
  if (f.subjectId) where.push(`e.subject_id = ${p(f.subjectId)}`);
  if (f.from) where.push(`e.at >= ${p(f.from.toISOString())}::timestamptz`);
  if (f.to) where.push(`e.at < ${p(f.to.toISOString())}::timestamptz`);
  if (f.before) where.push(`e.id < ${p(f.before)}::bigint`);
  const rows = (await db.query(
    `SELECT e.id::text, e.at, e.actor_user_id, u.name AS actor_name, e.action, e.subject_type, e.subject_id, e.conversation_id, e.data
       FROM audit_events e LEFT JOIN users u ON u.id = e.actor_user_id
      WHERE ${where.join(' AND ')} ORDER BY e.id DESC LIMIT ${p(f.limit + 1)}`,
    params,
  )) as { id: string; at: Date; actor_user_id: string | null; actor_name: string | null; action: AuditAction; subject_type: string; subject_id: string | null; conversation_id: string | null; data: Record<string, unknown> }[];
  const page = rows.slice(0, f.limit);
  return {
    items: page.map((r) => ({
      id: r.id,
      at: iso(r.at),
      actorId: r.actor_user_id,
      actorName: r.actor_name,
      action: r.action,
      subjectType: r.subject_type,
      subjectId: r.subject_id,
      conversationId: r.conversation_id,
      data: r.data,
    })),
    nextBefore: rows.length > f.limit ? page[page.length - 1]!.id : null,
  };
}
