import { iso, isoOrNull, type Queryable } from '../../inbox/src/inbox.repository.js';
import type { ModerationView } from '../../realtime/src/events.js';

export const MODERATION_SELECT = `SELECT q.*, u.name AS requested_by_name FROM moderation_requests q LEFT JOIN users u ON u.id = q.requested_by`;


export function toModerationView(r: Record<string, unknown>): ModerationView {
  return {
    id: r.id as string,
    workspaceId: r.workspace_id as string,
    conversationId: r.conversation_id as string,
    messageId: r.message_id as string,
    action: r.action as ModerationView['action'],
    reasonCode: r.reason_code as string,
    justification: (r.justification as string | null) ?? null,
    labelAtRequest: (r.label_at_request as string | null) ?? null,
    requestedBy: r.requested_by as string,
    requestedByName: (r.requested_by_name as string | null) ?? null,
    requestedAt: iso(r.requested_at as Date),
    status: r.status as ModerationView['status'],
    needsApproval: r.needs_approval as boolean,
    selfApproved: r.self_approved as boolean,
    decidedBy: (r.decided_by as string | null) ?? null,
    decidedAt: isoOrNull(r.decided_at as Date | null),
    decisionNote: (r.decision_note as string | null) ?? null,
    executedAt: isoOrNull(r.executed_at as Date | null),
    error: (r.error as string | null) ?? null,
  };
}

export async function loadModeration(db: Queryable, workspaceId: string, id: string): Promise<ModerationView | null> {
  const [row] = (await db.query(`${MODERATION_SELECT} WHERE q.workspace_id = $1 AND q.id = $2`, [workspaceId, id])) as Record<string, unknown>[];
  return row ? toModerationView(row) : null;
}
