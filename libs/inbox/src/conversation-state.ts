/**
 * The one place that derives a conversation's state from its messages, used by every writer
 * (ingest, replies, moderation, relabelling), so the rules can't drift apart:
 *
 * - **Responses** (DESIGN, rule 2): an inbound message is answered by the first later public
 *   reply of the team: an outbound message that is visible, received in full (not is_stub) and
 *   not automated.
 *   Replies sent from the inbox record who sent them; the page's own comments written on the
 *   platform count too, by an unknown person. Hiding, deleting and internal notes never answer.
 * - **A removed complaint stays unanswered**: while a complaint is hidden or deleted by us, no
 *   reply counts as its response and it keeps waiting. Other messages stop waiting when removed
 *   (spam or abuse needs no answer); a message its author removed waits for nothing.
 * - **Status**: a new inbound message reopens the conversation; when nothing waits and the team
 *   replied, an open conversation is answered; an answered one whose waiting comes back (an
 *   unhidden complaint) is open again. Resolved stays resolved until a new inbound message.
 * - **Label**: the highest priority among waiting messages (complaint > question > praise >
 *   other); when nothing waits the last label stays.
 */
import type { Queryable } from './inbox.repository.js';

/** SQL predicate over messages `m`: an outbound message that is a public response. */
export const PUBLIC_RESPONSE = `m.direction = 'outbound' AND NOT m.is_stub AND m.platform_state = 'visible' AND m.origin <> 'automation'`;

/** SQL predicate over messages `m`: an inbound message that still needs an answer when it has none. */
const WAITS = `m.direction = 'inbound' AND NOT m.is_stub AND m.first_response_at IS NULL
  AND (m.platform_state = 'visible' OR (m.platform_state IN ('hidden', 'deleted_by_us') AND m.label = 'complaint'))`;

/** What refreshConversations derives for a conversation (the columns it owns). */
export interface DerivedState {
  message_count: number;
  last_message_at: string;
  last_inbound_at: string | null;
  last_outbound_at: string | null;
  waiting_since: string | null;
  label: string;
  status: 'open';
}

/**
 * The state the rules below give a new conversation that holds one message, when that message
 * is a plain inbound comment that waits (received in full, visible). Ingest inserts new
 * conversations with it and leaves them out of its refresh, which would find nothing to change:
 * an UPDATE of a fresh row would write every index of conversations a second time, which was a
 * third of the database's work per comment. Null for anything else; the refresh then derives
 * the state itself. The rules below stay the authority: ingest.e2e-spec checks that the refresh
 * derives exactly this state for such a conversation, so the two can't drift apart unnoticed.
 */
export function stateOfNewConversation(messages: { direction: string; is_stub: boolean; platform_state: string; sent_at: Date; label: string | null }[]): DerivedState | null {
  if (messages.length !== 1) return null;
  const m = messages[0]!;
  if (m.direction !== 'inbound' || m.is_stub || m.platform_state !== 'visible') return null;
  const at = m.sent_at.toISOString();
  return { message_count: 1, last_message_at: at, last_inbound_at: at, last_outbound_at: null, waiting_since: at, label: m.label ?? 'other', status: 'open' };
}

/**
 * Records first responses and recomputes the aggregates of the given conversations.
 * `reopen`: conversations that got a new inbound message. Returns `ids`, the given conversations
 * of this workspace, and `changed`, those whose state changed (a conversation whose derived
 * state equals what is stored is not written).
 */
export async function refreshConversations(
  db: Queryable,
  workspaceId: string,
  conversationIds: string[],
  reopen: string[] = [],
): Promise<{ ids: string[]; changed: string[] }> {
  if (conversationIds.length === 0) return { ids: [], changed: [] };
  // One statement (it runs in every ingest transaction): `r` pairs unanswered inbound messages
  // with their first public response, `um` records them, and the aggregates treat the pairs of
  // `r` as answered already (the CTEs share one snapshot, so they can't see um's writes).
  // (Wrapped in CTEs: TypeORM returns [rows, count] for a top-level UPDATE.)
  const rows = (await db.query(
    `WITH r AS (
       SELECT i.id, i.conversation_id, o.id AS response_id, o.sent_at, o.sent_by_user_id
         FROM messages i
         CROSS JOIN LATERAL (
           SELECT m.id, m.sent_at, m.sent_by_user_id FROM messages m
            WHERE m.conversation_id = i.conversation_id AND ${PUBLIC_RESPONSE} AND m.sent_at >= i.sent_at
            ORDER BY m.sent_at, m.id LIMIT 1
         ) o
        WHERE i.conversation_id = ANY($2::uuid[]) AND i.workspace_id = $1 AND i.direction = 'inbound' AND i.first_response_at IS NULL
          AND NOT i.is_stub AND i.platform_state IN ('visible', 'removed_by_author')
     ), um AS (
       UPDATE messages m SET first_response_at = r.sent_at, first_response_by = r.sent_by_user_id, first_response_message_id = r.response_id
         FROM r WHERE m.id = r.id
       RETURNING m.id
     ), s AS (
       SELECT cid.id AS conversation_id, a.message_count, a.last_message_at, a.last_inbound_at, a.last_outbound_at,
              w.waiting_since, w.label, f.first_response_at, f.first_response_by
         FROM unnest($2::uuid[]) AS cid(id)
         -- LATERAL per conversation: an index lookup each, whatever the statistics of a table
         -- that grows fast say (a hash join over all messages was chosen with stale ones).
         CROSS JOIN LATERAL (
           SELECT count(*)::int AS message_count,
                  max(m.sent_at) AS last_message_at,
                  max(m.sent_at) FILTER (WHERE m.direction = 'inbound' AND NOT m.is_stub) AS last_inbound_at,
                  max(m.sent_at) FILTER (WHERE ${PUBLIC_RESPONSE}) AS last_outbound_at
             FROM messages m WHERE m.conversation_id = cid.id
         ) a
         CROSS JOIN LATERAL (
           SELECT min(m.sent_at) AS waiting_since,
                  (array_agg(m.label ORDER BY CASE m.label WHEN 'complaint' THEN 0 WHEN 'question' THEN 1 WHEN 'praise' THEN 2 ELSE 3 END))[1] AS label
             FROM messages m
            WHERE m.conversation_id = cid.id AND ${WAITS} AND NOT EXISTS (SELECT 1 FROM r WHERE r.id = m.id)
         ) w
         LEFT JOIN LATERAL (
           SELECT x.at AS first_response_at, x.by AS first_response_by FROM (
             SELECT m.first_response_at AS at, m.first_response_by AS by FROM messages m
              WHERE m.conversation_id = cid.id AND m.direction = 'inbound' AND m.first_response_at IS NOT NULL
             UNION ALL
             SELECT r.sent_at, r.sent_by_user_id FROM r WHERE r.conversation_id = cid.id
           ) x ORDER BY x.at LIMIT 1
         ) f ON true
     ), n AS (
       SELECT c.id, v.*,
              (c.message_count, c.last_message_at, c.last_inbound_at, c.last_outbound_at, c.waiting_since, c.label, c.first_response_at,
               c.first_response_by, c.status, c.resolved_at)
              IS NOT DISTINCT FROM
              (v.message_count, v.last_message_at, v.last_inbound_at, v.last_outbound_at, v.waiting_since, v.label, v.first_response_at,
               v.first_response_by, v.status, v.resolved_at) AS same
         FROM s
         -- By primary key, one lookup per conversation, and the workspace checked on the row
         -- found (OFFSET 0 keeps the check out of the lookup): given the workspace the planner,
         -- with stale statistics, scanned all the workspace's conversations instead, so every
         -- batch cost as much as the workspace is big.
         CROSS JOIN LATERAL (SELECT * FROM conversations c WHERE c.id = s.conversation_id OFFSET 0) c
         CROSS JOIN LATERAL (
           SELECT s.message_count, coalesce(s.last_message_at, c.last_message_at) AS last_message_at, s.last_inbound_at, s.last_outbound_at,
                  s.waiting_since, coalesce(s.label, c.label) AS label, s.first_response_at, s.first_response_by,
                  CASE
                    WHEN c.id = ANY($3::uuid[]) AND s.waiting_since IS NOT NULL THEN 'open'
                    WHEN c.status = 'open' AND s.waiting_since IS NULL AND s.last_outbound_at IS NOT NULL THEN 'answered'
                    WHEN c.status = 'answered' AND s.waiting_since IS NOT NULL THEN 'open'
                    ELSE c.status END AS status,
                  CASE WHEN c.id = ANY($3::uuid[]) AND s.waiting_since IS NOT NULL THEN NULL ELSE c.resolved_at END AS resolved_at
         ) v
        WHERE c.workspace_id = $1
     ), upd AS (
     -- Only conversations whose state changes are written (a new conversation inserted with
     -- stateOfNewConversation is not: an UPDATE would write all its index entries again).
     UPDATE conversations c SET
       message_count = n.message_count, last_message_at = n.last_message_at, last_inbound_at = n.last_inbound_at,
       last_outbound_at = n.last_outbound_at, waiting_since = n.waiting_since, label = n.label,
       first_response_at = n.first_response_at, first_response_by = n.first_response_by, status = n.status,
       resolved_at = n.resolved_at, updated_at = now()
     FROM n
     WHERE c.id = n.id AND NOT n.same -- n holds only this workspace's conversations
     RETURNING c.id
     )
     SELECT id, false AS changed FROM n WHERE n.same
     UNION ALL
     SELECT id, true FROM upd`,
    [workspaceId, conversationIds, reopen],
  )) as { id: string; changed: boolean }[];
  return { ids: rows.map((r) => r.id), changed: rows.filter((r) => r.changed).map((r) => r.id) };
}
