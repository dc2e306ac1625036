/**
 * The worker's side of replies and moderation: talks to the platform through the channel's
 * connector and records the outcome.
 *
 * Exactly once: before the first call a reply is marked `sending` (committed), so a later
 * attempt (a retry, or another worker after this one died mid-send) knows the platform may
 * already have it and looks before sending again. The webhook echo of the reply and the
 * reply itself meet on the unique (channel, external id) of messages, whichever comes first.
 */
import { SecretBox } from '../../crypto/src/secret-box.js';
import type { OutboundConnector, OutboundConnectors, OutboundCredentials, OutboundTarget } from '../../connectors/src/outbound-connectors.js';
import { refreshConversations } from '../../inbox/src/conversation-state.js';
import type { Queryable } from '../../inbox/src/inbox.repository.js';
import { rowToMessageView } from '../../inbox/src/inbox.repository.js';
import { lockMessage } from '../../inbox/src/message-locks.js';
import type { RealtimeEvent } from '../../realtime/src/realtime-emitter.js';
import type { DataSource } from 'typeorm';
import { audit } from './audit.js';
import { conversationEvents } from './context.js';
import { loadModeration } from './moderation.views.js';
import { loadReply } from './replies.service.js';

/** An error the job must not retry: the reason is recorded and the job fails for good. */
export class PermanentOutboundError extends Error {}

export type SendOutcome = 'sent' | 'found' | 'skipped';

interface ChannelInfo {
  channel_id: string;
  kind: string;
  external_account_id: string;
  credentials_sealed: string;
  health: string;
}

export class OutboundService {
  private readonly box: SecretBox;

  constructor(
    private readonly ds: DataSource,
    private readonly publish: (events: RealtimeEvent[]) => void,
    secretsKey: Buffer,
    private readonly connectors: OutboundConnectors,
  ) {
    this.box = new SecretBox(secretsKey);
  }

  /** The channel's connector and what it needs to act on the channel's account. */
  private connect(ch: ChannelInfo, what: string): { connector: OutboundConnector; target: OutboundTarget } {
    const connector = this.connectors.get(ch.kind);
    if (!connector) throw new PermanentOutboundError(`channels of kind ${ch.kind} cannot ${what}`);
    return { connector, target: { accountId: ch.external_account_id, credentials: this.box.openJson<OutboundCredentials>(ch.credentials_sealed) } };
  }

  async sendReply(workspaceId: string, replyId: string): Promise<SendOutcome> {
    const [r] = (await this.ds.query(
      `SELECT r.id, r.state, r.text, r.target_external_id, r.sending_at, r.conversation_id, r.author_user_id,
              c.id AS channel_id, c.kind, c.external_account_id, c.credentials_sealed, c.health
         FROM replies r JOIN channels c ON c.id = r.channel_id WHERE r.workspace_id = $1 AND r.id = $2`,
      [workspaceId, replyId],
    )) as (ChannelInfo & { id: string; state: string; text: string; target_external_id: string; sending_at: Date | null; conversation_id: string; author_user_id: string })[];
    if (!r || r.state === 'sent' || r.state === 'failed') return 'skipped';
    const { connector, target } = this.connect(r, 'publish replies');
    if (r.sending_at !== null) {
      // An earlier attempt got as far as the platform: it may have posted the reply.
      const found = await connector.findOwnReply(target, r.target_external_id, r.text, new Date(r.sending_at));
      if (found) {
        await this.markSent(workspaceId, replyId, found.id, found.createdTime);
        return 'found';
      }
    }
    await this.ds.query(`UPDATE replies SET state = 'sending', sending_at = coalesce(sending_at, now()), attempts = attempts + 1, updated_at = now() WHERE id = $1`, [replyId]);
    await this.publishReply(workspaceId, replyId);
    const res = await connector.reply(target, r.target_external_id, r.text);
    await this.markSent(workspaceId, replyId, res.id, new Date());
    return 'sent';
  }

  private async markSent(workspaceId: string, replyId: string, externalId: string, sentAt: Date): Promise<void> {
    let events: RealtimeEvent[] = [];
    await this.ds.transaction(async (m) => {
      const [r] = (await m.query(`SELECT * FROM replies WHERE id = $1 AND workspace_id = $2 FOR UPDATE`, [replyId, workspaceId])) as {
        channel_id: string;
        conversation_id: string;
        target_external_id: string;
        text: string;
        author_user_id: string;
        state: string;
      }[];
      if (!r || r.state === 'sent') return;
      // The echo may have arrived first and stored the comment as the page's: it becomes ours.
      // Under the comment's lock, so the ingest of an echo arriving now waits for this commit.
      await lockMessage(m, r.channel_id, externalId);
      const [msg] = (await m.query(
        `INSERT INTO messages AS m (workspace_id, channel_id, conversation_id, external_id, parent_external_id, direction, type, text, sent_at, origin, sent_by_user_id)
         VALUES ($1, $2, $3, $4, $5, 'outbound', 'comment', $6, $7, 'agent', $8)
         ON CONFLICT (channel_id, external_id) DO UPDATE SET origin = 'agent', sent_by_user_id = EXCLUDED.sent_by_user_id, direction = 'outbound',
           is_stub = false, text = coalesce(m.text, EXCLUDED.text), updated_at = now()
         RETURNING m.id, (xmax = 0) AS inserted`,
        [workspaceId, r.channel_id, r.conversation_id, externalId, r.target_external_id, r.text, sentAt.toISOString(), r.author_user_id],
      )) as { id: string; inserted: boolean }[];
      await m.query(
        `UPDATE replies SET state = 'sent', external_id = $2, message_id = $3, sent_at = now(), error = NULL, error_kind = NULL, updated_at = now() WHERE id = $1`,
        [replyId, externalId, msg!.id],
      );
      // Responses already credited to the echo (as "on the platform") now name the sender.
      await m.query(`WITH u AS (UPDATE messages SET first_response_by = $3 WHERE workspace_id = $1 AND first_response_message_id = $2 RETURNING id) SELECT count(*) FROM u`, [
        workspaceId,
        msg!.id,
        r.author_user_id,
      ]);
      await refreshConversations(m, workspaceId, [r.conversation_id]);
      await m.query(`UPDATE channels SET health = 'ok', updated_at = now() WHERE id = $1 AND health = 'rate_limited'`, [r.channel_id]);
      await audit(m, { workspaceId, actorId: r.author_user_id, action: 'reply.sent', subjectType: 'reply', subjectId: replyId, conversationId: r.conversation_id, data: { externalId } });
      const rows = (await m.query(`SELECT m.* FROM messages m WHERE m.id = $1`, [msg!.id])) as Record<string, unknown>[];
      events = [
        { workspaceId, event: msg!.inserted ? 'message.created' : 'message.updated', payload: rowToMessageView(rows[0]!) },
        ...(await conversationEvents(m, workspaceId, [r.conversation_id])),
      ];
      const view = await loadReply(m, workspaceId, replyId);
      if (view) events.unshift({ workspaceId, event: 'reply.updated', payload: view });
    });
    this.publish(events);
  }

  /** Records a reply that will not be sent, with the reason a person can act on. */
  async failReply(workspaceId: string, replyId: string, reason: string, kind: string): Promise<void> {
    await this.ds.transaction(async (m) => {
      const rows = (await m.query(
        `WITH u AS (UPDATE replies SET state = 'failed', error = $3, error_kind = $4, failed_at = now(), updated_at = now()
                     WHERE workspace_id = $1 AND id = $2 AND state <> 'sent' RETURNING author_user_id, conversation_id) SELECT * FROM u`,
        [workspaceId, replyId, reason.slice(0, 500), kind],
      )) as { author_user_id: string; conversation_id: string }[];
      if (rows[0]) await audit(m, { workspaceId, actorId: null, action: 'reply.failed', subjectType: 'reply', subjectId: replyId, conversationId: rows[0].conversation_id, data: { reason, kind } });
    });
    await this.publishReply(workspaceId, replyId);
  }

  async recordAttemptError(workspaceId: string, replyId: string, reason: string, kind: string): Promise<void> {
    await this.ds.query(`UPDATE replies SET error = $3, error_kind = $4, updated_at = now() WHERE workspace_id = $1 AND id = $2 AND state <> 'sent'`, [
      workspaceId,
      replyId,
      reason.slice(0, 500),
      kind,
    ]);
    await this.publishReply(workspaceId, replyId);
  }

  private async publishReply(workspaceId: string, replyId: string): Promise<void> {
    const view = await loadReply(this.ds, workspaceId, replyId);
    if (view) this.publish([{ workspaceId, event: 'reply.updated', payload: view }]);
  }

  /** The platform lost the channel's authorisation: mark it, so nobody waits in vain. */
  async markChannel(workspaceId: string, channelId: string, health: 'needs_reauth' | 'rate_limited', reason: string): Promise<void> {
    await this.ds.transaction(async (m) => {
      const rows = (await m.query(`WITH u AS (UPDATE channels SET health = $3, updated_at = now() WHERE workspace_id = $1 AND id = $2 AND health <> $3 RETURNING id) SELECT * FROM u`, [
        workspaceId,
        channelId,
        health,
      ])) as unknown[];
      if (rows.length > 0 && health === 'needs_reauth') await audit(m, { workspaceId, actorId: null, action: 'channel.needs_reauth', subjectType: 'channel', subjectId: channelId, data: { reason } });
    });
  }

  async channelOfReply(workspaceId: string, replyId: string): Promise<string | null> {
    const [r] = (await this.ds.query(`SELECT channel_id FROM replies WHERE workspace_id = $1 AND id = $2`, [workspaceId, replyId])) as { channel_id: string }[];
    return r?.channel_id ?? null;
  }

  async channelOfModeration(workspaceId: string, requestId: string): Promise<string | null> {
    const [r] = (await this.ds.query(`SELECT channel_id FROM moderation_requests WHERE workspace_id = $1 AND id = $2`, [workspaceId, requestId])) as { channel_id: string }[];
    return r?.channel_id ?? null;
  }

  /**
   * Runs an approved (or self-approved) moderation request on the platform. Hide, unhide and
   * delete are idempotent there, so a retry after a crash simply repeats the call.
   */
  async moderate(workspaceId: string, requestId: string): Promise<'done' | 'skipped'> {
    const [q] = (await this.ds.query(
      `SELECT q.id, q.status, q.action, q.message_id, msg.external_id, c.id AS channel_id, c.kind, c.external_account_id, c.credentials_sealed, c.health
         FROM moderation_requests q JOIN messages msg ON msg.id = q.message_id JOIN channels c ON c.id = q.channel_id
        WHERE q.workspace_id = $1 AND q.id = $2`,
      [workspaceId, requestId],
    )) as (ChannelInfo & { id: string; status: string; action: 'hide' | 'unhide' | 'delete'; message_id: string; external_id: string })[];
    if (!q || q.status !== 'approved') return 'skipped';
    const { connector, target } = this.connect(q, 'hide or delete comments');
    await this.ds.query(`UPDATE moderation_requests SET attempts = attempts + 1, updated_at = now() WHERE id = $1`, [requestId]);
    if (q.action === 'delete') await connector.delete(target, q.external_id);
    else await connector.setHidden(target, q.external_id, q.action === 'hide');
    let events: RealtimeEvent[] = [];
    await this.ds.transaction(async (m) => {
      const state = q.action === 'delete' ? 'deleted_by_us' : q.action === 'hide' ? 'hidden' : 'visible';
      const [msg] = (await m.query(
        `WITH u AS (UPDATE messages SET platform_state = $3, state_changed_at = now(), updated_at = now() WHERE workspace_id = $1 AND id = $2 RETURNING *) SELECT * FROM u`,
        [workspaceId, q.message_id, state],
      )) as Record<string, unknown>[];
      await m.query(`UPDATE moderation_requests SET status = 'done', executed_at = now(), error = NULL, updated_at = now() WHERE id = $1`, [requestId]);
      const convId = msg!.conversation_id as string;
      await refreshConversations(m, workspaceId, [convId]);
      await audit(m, { workspaceId, actorId: null, action: 'moderation.executed', subjectType: 'moderation_request', subjectId: requestId, conversationId: convId, data: { action: q.action, messageId: q.message_id, platformState: state } });
      const view = await loadModeration(m, workspaceId, requestId);
      events = [
        ...(view ? [{ workspaceId, event: 'moderation.updated' as const, payload: view }] : []),
        { workspaceId, event: 'message.updated', payload: rowToMessageView(msg!) },
        ...(await conversationEvents(m, workspaceId, [convId])),
      ];
    });
    this.publish(events);
    return 'done';
  }

  async failModeration(workspaceId: string, requestId: string, reason: string): Promise<void> {
    let events: RealtimeEvent[] = [];
    await this.ds.transaction(async (m) => {
      const rows = (await m.query(
        `WITH u AS (UPDATE moderation_requests SET status = 'failed', error = $3, updated_at = now() WHERE workspace_id = $1 AND id = $2 AND status = 'approved' RETURNING conversation_id) SELECT * FROM u`,
        [workspaceId, requestId, reason.slice(0, 500)],
      )) as { conversation_id: string }[];
      if (!rows[0]) return;
      await audit(m, { workspaceId, actorId: null, action: 'moderation.failed', subjectType: 'moderation_request', subjectId: requestId, conversationId: rows[0].conversation_id, data: { reason } });
      const view = await loadModeration(m, workspaceId, requestId);
      if (view) events = [{ workspaceId, event: 'moderation.updated', payload: view }];
    });
    this.publish(events);
  }
}

export type { Queryable };
