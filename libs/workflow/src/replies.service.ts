/**
 * Replies written in the inbox. A reply is stored as `queued` and handed to the outbound queue
 * in the same request; the worker sends it through the channel's connector (outbound.service).
 * Two colleagues answering the same comment at once is refused unless confirmed: a reply of a
 * colleague to the same message still in flight, or a colleague writing in the conversation.
 */
import { OUTBOUND_JOB_OPTIONS, JobName, replyJobId } from '../../queue/src/queues.js';
import type { PresenceUser, ReplyView } from '../../realtime/src/events.js';
import { iso, isoOrNull, type Queryable } from '../../inbox/src/inbox.repository.js';
import { OUTBOUND_KINDS } from '../../connectors/src/outbound-connectors.js';
import { audit } from './audit.js';
import { ANSWERING_ROLES, cleanText, loadConversation, requireRole, type Actor, type WorkflowDeps } from './context.js';
import { DomainError, notFound } from './errors.js';
import type { GuidanceService } from './guidance.service.js';

/** Facebook's limit for a comment; other platforms are similar or larger. */
export const MAX_REPLY_LENGTH = 8000;


export interface CreateReplyInput {
  text: unknown;
  inReplyToMessageId?: string;
  /** post even though a colleague's reply is in flight */
  confirm?: boolean;
  /** the client's idempotency key: the same key twice returns the first reply */
  clientKey?: string;
}

/** Who else is writing in a conversation right now (the api's presence store). */
export type ComposingLookup = (workspaceId: string, conversationId: string, exceptUserId: string) => Promise<PresenceUser[]>;

interface ReplyRow {
  id: string;
  workspace_id: string;
  conversation_id: string;
  in_reply_to_message_id: string;
  author_user_id: string;
  author_name: string | null;
  text: string;
  state: ReplyView['state'];
  external_id: string | null;
  error: string | null;
  error_kind: string | null;
  attempts: number;
  findings: unknown[];
  created_at: Date;
  sent_at: Date | null;
}

export const REPLY_SELECT = `SELECT r.id, r.workspace_id, r.conversation_id, r.in_reply_to_message_id, r.author_user_id, u.name AS author_name, r.text, r.state,
  r.external_id, r.error, r.error_kind, r.attempts, r.findings, r.created_at, r.sent_at FROM replies r LEFT JOIN users u ON u.id = r.author_user_id`;

export function toReplyView(r: ReplyRow): ReplyView {
  return {
    id: r.id,
    workspaceId: r.workspace_id,
    conversationId: r.conversation_id,
    inReplyToMessageId: r.in_reply_to_message_id,
    authorId: r.author_user_id,
    authorName: r.author_name,
    text: r.text,
    state: r.state,
    externalId: r.external_id,
    error: r.error,
    errorKind: r.error_kind,
    attempts: r.attempts,
    findings: r.findings,
    createdAt: iso(r.created_at),
    sentAt: isoOrNull(r.sent_at),
  };
}

export async function loadReply(db: Queryable, workspaceId: string, id: string): Promise<ReplyView | null> {
  const [row] = (await db.query(`${REPLY_SELECT} WHERE r.workspace_id = $1 AND r.id = $2`, [workspaceId, id])) as ReplyRow[];
  return row ? toReplyView(row) : null;
}

export class RepliesService {
  constructor(
    private readonly deps: WorkflowDeps,
    private readonly guidance: GuidanceService,
    private readonly composing: ComposingLookup,
  ) {}

  async create(actor: Actor, conversationId: string, input: CreateReplyInput): Promise<{ reply: ReplyView; duplicate: boolean }> {
    requireRole(actor, ANSWERING_ROLES, 'replying');
    const text = cleanText(input.text, 'text', MAX_REPLY_LENGTH, { required: true })!;
    const clientKey = cleanText(input.clientKey, 'clientKey', 100);
    if (clientKey) {
      const [prev] = (await this.deps.ds.query(`${REPLY_SELECT} WHERE r.workspace_id = $1 AND r.client_key = $2`, [actor.workspaceId, clientKey])) as ReplyRow[];
      if (prev) return { reply: toReplyView(prev), duplicate: true };
    }
    const composing = input.confirm ? [] : await this.composing(actor.workspaceId, conversationId, actor.userId);
    const reply = await this.deps.ds.transaction(async (m) => {
      // Locking the conversation serialises replies to it, so the in-flight check can't race.
      const c = await loadConversation(m, actor.workspaceId, conversationId, true);
      const [channel] = (await m.query(`SELECT kind, health, name FROM channels WHERE id = $1 AND workspace_id = $2`, [c.channel_id, actor.workspaceId])) as {
        kind: string;
        health: string;
        name: string;
      }[];
      if (!OUTBOUND_KINDS.has(channel!.kind)) {
        throw new DomainError('unprocessable', 'channel_cannot_reply', `the channel "${channel!.name}" (${channel!.kind}) cannot publish replies; answer on the platform itself`);
      }
      if (channel!.health === 'needs_reauth') {
        throw new DomainError('conflict', 'channel_needs_reauth', `the channel "${channel!.name}" lost its authorisation on the platform; an admin must reconnect it before replies can be sent`);
      }
      const [target] = (await m.query(
        `SELECT id FROM messages WHERE workspace_id = $1 AND conversation_id = $2 AND NOT is_stub
            AND (($3::uuid IS NOT NULL AND id = $3) OR ($3::uuid IS NULL AND direction = 'inbound'))
          ORDER BY (first_response_at IS NULL AND platform_state = 'visible') DESC, sent_at LIMIT 1`,
        [actor.workspaceId, conversationId, input.inReplyToMessageId ?? null],
      )) as { id: string }[];
      if (!target) {
        if (input.inReplyToMessageId) throw notFound('message', input.inReplyToMessageId);
        throw new DomainError('unprocessable', 'nothing_to_answer', 'this conversation has no message from the public to answer');
      }
      if (!input.confirm) {
        const inFlight = (await m.query(
          `SELECT r.id, u.name AS author_name, left(r.text, 200) AS text, r.state FROM replies r LEFT JOIN users u ON u.id = r.author_user_id
            WHERE r.workspace_id = $1 AND r.in_reply_to_message_id = $2 AND r.state IN ('queued', 'sending') AND r.author_user_id <> $3`,
          [actor.workspaceId, target.id, actor.userId],
        )) as { id: string; author_name: string | null; text: string; state: string }[];
        if (inFlight.length > 0 || composing.length > 0) {
          const names = [...inFlight.map((r) => r.author_name ?? 'a colleague'), ...composing.map((p) => p.name ?? 'a colleague')];
          throw new DomainError(
            'conflict',
            'reply_in_flight',
            `${[...new Set(names)].join(', ')} ${inFlight.length > 0 ? 'is already sending a reply to this message' : 'is writing a reply in this conversation'}; read it first, or send yours with confirm: true`,
            { inFlight: inFlight.map((r) => ({ id: r.id, authorName: r.author_name, text: r.text, state: r.state })), composing },
          );
        }
      }
      const { findings } = await this.guidance.check(actor.workspaceId, text, { messageId: target.id }, m);
      const [row] = (await m.query(
        `WITH ins AS (
           INSERT INTO replies (workspace_id, channel_id, conversation_id, in_reply_to_message_id, target_external_id, author_user_id, text, client_key, findings)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING *)
         SELECT ins.*, u.name AS author_name FROM ins LEFT JOIN users u ON u.id = ins.author_user_id`,
        [actor.workspaceId, c.channel_id, conversationId, target.id, c.root_external_id, actor.userId, text, clientKey, JSON.stringify(findings)],
      )) as ReplyRow[];
      await audit(m, {
        workspaceId: actor.workspaceId,
        actorId: actor.userId,
        action: 'reply.queued',
        subjectType: 'reply',
        subjectId: row!.id,
        conversationId,
        data: { confirmedDespiteInFlight: input.confirm === true, findings: findings.map((f) => f.code) },
      });
      return toReplyView(row!);
    });
    await this.deps.outbound.add(JobName.SendReply, { workspaceId: actor.workspaceId, replyId: reply.id }, { ...OUTBOUND_JOB_OPTIONS, jobId: replyJobId(reply.id) });
    this.deps.publish([{ workspaceId: actor.workspaceId, event: 'reply.updated', payload: reply }]);
    return { reply, duplicate: false };
  }

  async list(workspaceId: string, conversationId: string, db: Queryable = this.deps.ds): Promise<ReplyView[]> {
    const rows = (await db.query(`${REPLY_SELECT} WHERE r.workspace_id = $1 AND r.conversation_id = $2 ORDER BY r.created_at, r.id`, [workspaceId, conversationId])) as ReplyRow[];
    return rows.map(toReplyView);
  }

  /**
   * A failed reply can be sent again by its author or a lead (after the channel was
   * reconnected, say). The look-before-send in the worker still guards against doubles.
   */
  async retry(actor: Actor, replyId: string): Promise<ReplyView> {
    requireRole(actor, ANSWERING_ROLES, 'retrying a reply');
    const reply = await this.deps.ds.transaction(async (m) => {
      const [row] = (await m.query(`SELECT author_user_id, state FROM replies WHERE workspace_id = $1 AND id = $2 FOR UPDATE`, [actor.workspaceId, replyId])) as {
        author_user_id: string;
        state: string;
      }[];
      if (!row) throw notFound('reply', replyId);
      if (row.state !== 'failed') throw new DomainError('conflict', 'not_failed', `the reply is ${row.state}; only failed replies are retried`);
      if (row.author_user_id !== actor.userId && actor.role === 'agent') throw new DomainError('forbidden', 'not_yours', "only the reply's author or a lead can retry it");
      await m.query(`UPDATE replies SET state = 'queued', error = NULL, error_kind = NULL, failed_at = NULL, updated_at = now() WHERE id = $1`, [replyId]);
      return (await loadReply(m, actor.workspaceId, replyId))!;
    });
    const job = await this.deps.outbound.getJob(replyJobId(replyId));
    if (job) await job.remove().catch(() => undefined);
    await this.deps.outbound.add(JobName.SendReply, { workspaceId: actor.workspaceId, replyId }, { ...OUTBOUND_JOB_OPTIONS, jobId: replyJobId(replyId) });
    this.deps.publish([{ workspaceId: actor.workspaceId, event: 'reply.updated', payload: reply }]);
    return reply;
  }
}
