/**
 * The deletion policy in the product (DESIGN, rule 1), on top of the pure rule in
 * libs/moderation: hide, unhide and delete need a reason code and (except spam) a written
 * justification; removing a complaint for a reason other than spam, abuse, personal data or
 * illegal content waits for a lead's approval, and the platform sees nothing until then.
 * Every request and decision is audited; the original text is never touched.
 */
import type { Label } from '../../classifier/src/classifier.types.js';
import { evaluateDecision, evaluateModeration, moderationGuidance, type Guidance, type ModerationAction } from '../../moderation/src/index.js';
import type { Queryable } from '../../inbox/src/inbox.repository.js';
import { OUTBOUND_JOB_OPTIONS, JobName, moderationJobId } from '../../queue/src/queues.js';
import type { ModerationStatus, ModerationView, PlatformState } from '../../realtime/src/events.js';
import { OUTBOUND_KINDS } from '../../connectors/src/outbound-connectors.js';
import { audit } from './audit.js';
import { loadSettings, type Actor, type WorkflowDeps } from './context.js';
import { DomainError, notFound } from './errors.js';
import { MODERATION_SELECT, loadModeration, toModerationView } from './moderation.views.js';


export interface ModerationAnswer {
  /** queued: goes to the platform now; pending_approval: waits for a lead */
  outcome: 'queued' | 'pending_approval';
  request: ModerationView;
  /** why removing criticism backfires and what to do instead (always for complaints and pending requests) */
  guidance: Guidance | null;
}

export class ModerationService {
  constructor(private readonly deps: WorkflowDeps) {}

  async request(actor: Actor, messageId: string, input: { action: unknown; reasonCode?: unknown; justification?: unknown }): Promise<ModerationAnswer> {
    if (input.action !== 'hide' && input.action !== 'unhide' && input.action !== 'delete') {
      throw new DomainError('invalid', 'invalid_input', 'action must be hide, unhide or delete', { field: 'action' });
    }
    const action = input.action as ModerationAction;
    const answer = await this.deps.ds.transaction(async (m) => {
      const [msg] = (await m.query(
        `SELECT msg.id, msg.conversation_id, msg.channel_id, msg.direction, msg.label, msg.platform_state, msg.is_stub, c.kind, c.name AS channel_name
           FROM messages msg JOIN channels c ON c.id = msg.channel_id WHERE msg.workspace_id = $1 AND msg.id = $2 FOR UPDATE OF msg`,
        [actor.workspaceId, messageId],
      )) as { id: string; conversation_id: string; channel_id: string; direction: string; label: Label | null; platform_state: PlatformState; is_stub: boolean; kind: string; channel_name: string }[];
      if (!msg) throw notFound('message', messageId);
      if (msg.direction !== 'inbound') throw new DomainError('invalid', 'not_inbound', 'only comments from the public are hidden or deleted here');
      if (!OUTBOUND_KINDS.has(msg.kind)) {
        throw new DomainError('unprocessable', 'channel_cannot_moderate', `the channel "${msg.channel_name}" (${msg.kind}) cannot hide or delete comments from here; do it on the platform`);
      }
      const s = await loadSettings(m, actor.workspaceId);
      const decision = evaluateModeration({
        action,
        reasonCode: input.reasonCode,
        justification: input.justification,
        role: actor.role,
        label: msg.label,
        currentState: msg.platform_state,
        policy: { removalApproval: s.removalApproval },
        locale: s.locale,
        address: s.addressForm,
      });
      if (decision.outcome === 'invalid') {
        throw new DomainError('invalid', 'invalid_moderation', decision.problems.map((p) => p.message).join(' '), { problems: decision.problems });
      }
      if (decision.outcome === 'refused') throw new DomainError('forbidden', 'moderation_refused', decision.reason);
      const [open] = (await m.query(`SELECT id, status FROM moderation_requests WHERE message_id = $1 AND status IN ('pending', 'approved')`, [messageId])) as { id: string; status: string }[];
      if (open) {
        throw new DomainError('conflict', 'request_open', `a moderation request for this comment is already ${open.status === 'pending' ? 'waiting for a lead' : 'on its way to the platform'}`, {
          requestId: open.id,
        });
      }
      const pending = decision.outcome === 'pending_approval';
      const selfApproved = decision.outcome === 'execute' && decision.selfApproved;
      const status: ModerationStatus = pending ? 'pending' : 'approved';
      const [row] = (await m.query(
        `INSERT INTO moderation_requests (workspace_id, channel_id, conversation_id, message_id, action, reason_code, justification, label_at_request,
                                          requested_by, status, needs_approval, self_approved, decided_by, decided_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, CASE WHEN $12 THEN $9::uuid END, CASE WHEN $12 THEN now() END)
         RETURNING id`,
        [actor.workspaceId, msg.channel_id, msg.conversation_id, messageId, action, decision.reasonCode, decision.justification, msg.label, actor.userId, status, pending || selfApproved, selfApproved],
      )) as { id: string }[];
      await audit(m, {
        workspaceId: actor.workspaceId,
        actorId: actor.userId,
        action: 'moderation.requested',
        subjectType: 'moderation_request',
        subjectId: row!.id,
        conversationId: msg.conversation_id,
        data: { messageId, action, reasonCode: decision.reasonCode, justification: decision.justification, label: msg.label, outcome: decision.outcome, selfApproved, role: actor.role },
      });
      if (selfApproved) {
        await audit(m, { workspaceId: actor.workspaceId, actorId: actor.userId, action: 'moderation.approved', subjectType: 'moderation_request', subjectId: row!.id, conversationId: msg.conversation_id, data: { selfApproved: true } });
      }
      const view = (await loadModeration(m, actor.workspaceId, row!.id))!;
      const guidance = decision.guidance ?? (msg.label === 'complaint' && action !== 'unhide' ? moderationGuidance('removal_of_complaint', s.locale, s.addressForm) : null);
      return { outcome: pending ? ('pending_approval' as const) : ('queued' as const), request: view, guidance };
    });
    if (answer.outcome === 'queued') await this.enqueue(actor.workspaceId, answer.request.id);
    this.deps.publish([{ workspaceId: actor.workspaceId, event: 'moderation.updated', payload: answer.request }]);
    return answer;
  }

  /** A lead approves (then the platform action runs) or rejects (nothing happens on the platform). */
  async decide(actor: Actor, requestId: string, decisionRaw: unknown, note: unknown): Promise<ModerationView> {
    if (decisionRaw !== 'approve' && decisionRaw !== 'reject') throw new DomainError('invalid', 'invalid_input', 'decision must be approve or reject', { field: 'decision' });
    const view = await this.deps.ds.transaction(async (m) => {
      const [q] = (await m.query(`SELECT id, status, requested_by, conversation_id FROM moderation_requests WHERE workspace_id = $1 AND id = $2 FOR UPDATE`, [actor.workspaceId, requestId])) as {
        id: string;
        status: string;
        requested_by: string;
        conversation_id: string;
      }[];
      if (!q) throw notFound('moderation request', requestId);
      const s = await loadSettings(m, actor.workspaceId);
      const d = evaluateDecision({ decision: decisionRaw, note, role: actor.role, requesterId: q.requested_by, deciderId: actor.userId, locale: s.locale, address: s.addressForm });
      if (d.outcome === 'invalid') throw new DomainError('invalid', 'invalid_decision', d.problems.map((p) => p.message).join(' '), { problems: d.problems });
      if (d.outcome === 'refused') throw new DomainError('forbidden', 'decision_refused', d.reason);
      if (q.status !== 'pending') throw new DomainError('conflict', 'not_pending', `the request is ${q.status}; only pending requests are decided`);
      await m.query(`UPDATE moderation_requests SET status = $2, decided_by = $3, decided_at = now(), decision_note = $4, updated_at = now() WHERE id = $1`, [
        requestId,
        d.decision === 'approve' ? 'approved' : 'rejected',
        actor.userId,
        d.note,
      ]);
      await audit(m, {
        workspaceId: actor.workspaceId,
        actorId: actor.userId,
        action: d.decision === 'approve' ? 'moderation.approved' : 'moderation.rejected',
        subjectType: 'moderation_request',
        subjectId: requestId,
        conversationId: q.conversation_id,
        data: { note: d.note, ownRequest: d.ownRequest },
      });
      return (await loadModeration(m, actor.workspaceId, requestId))!;
    });
    if (view.status === 'approved') await this.enqueue(actor.workspaceId, requestId);
    this.deps.publish([{ workspaceId: actor.workspaceId, event: 'moderation.updated', payload: view }]);
    return view;
  }

  private async enqueue(workspaceId: string, requestId: string): Promise<void> {
    await this.deps.outbound.add(JobName.Moderate, { workspaceId, requestId }, { ...OUTBOUND_JOB_OPTIONS, jobId: moderationJobId(requestId) });
  }

  async list(workspaceId: string, f: { status?: ModerationStatus[]; conversationId?: string; limit: number }, db: Queryable = this.deps.ds): Promise<ModerationView[]> {
    const rows = (await db.query(
      `${MODERATION_SELECT} WHERE q.workspace_id = $1 AND ($2::text[] IS NULL OR q.status = ANY($2)) AND ($3::uuid IS NULL OR q.conversation_id = $3)
        ORDER BY q.requested_at DESC LIMIT $4`,
      [workspaceId, f.status?.length ? f.status : null, f.conversationId ?? null, f.limit],
    )) as Record<string, unknown>[];
    return rows.map(toModerationView);
  }

  async get(workspaceId: string, id: string): Promise<ModerationView> {
    const v = await loadModeration(this.deps.ds, workspaceId, id);
    if (!v) throw notFound('moderation request', id);
    return v;
  }
}
