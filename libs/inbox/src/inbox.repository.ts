/**
 * Read side of the inbox: the SQL behind the conversation list, one conversation, and the
 * summaries the realtime events carry. Every query takes the workspace id first and filters by it.
 */
import type { Queryable } from '../../db/src/prepared.js';
import type { Label } from '../../classifier/src/classifier.types.js';
import type { ConversationStatus, ConversationSummary, MessageView } from '../../realtime/src/events.js';
import type { DerivedState } from './conversation-state.js';

export type { Queryable };

export type InboxSort = 'newest' | 'longest_waiting';

export interface InboxFilter {
  status?: ConversationStatus[];
  label?: Label[];
  channelId?: string;
  /** a user id, or 'none' for unassigned */
  assignee?: string;
  /** full-text search over the messages, German and English stemming */
  q?: string;
  sort: InboxSort;
  limit: number;
  cursor?: string;
}

export class CursorError extends Error {}

interface Cursor {
  /** sort key: ISO time */
  k: string;
  id: string;
}

function encodeCursor(c: Cursor): string {
  return Buffer.from(JSON.stringify(c)).toString('base64url');
}

function decodeCursor(s: string): Cursor {
  try {
    const c = JSON.parse(Buffer.from(s, 'base64url').toString('utf8')) as Cursor;
    if (typeof c.k !== 'string' || typeof c.id !== 'string' || Number.isNaN(Date.parse(c.k)) || !/^[0-9a-f-]{36}$/.test(c.id)) throw new Error();
    return c;
  } catch {
    throw new CursorError('cursor is not one this API returned; start again without it');
  }
}

const SUMMARY_COLUMNS = `
  c.id, c.workspace_id, c.channel_id, c.root_external_id, c.status, c.label, c.assignee_id, c.message_count,
  c.last_message_at, c.waiting_since, c.first_response_at, c.first_response_by, c.created_at,
  lm.id AS lm_id, lm.external_id AS lm_external_id, lm.text AS lm_text, lm.direction AS lm_direction,
  lm.platform_state AS lm_platform_state, lm.sent_at AS lm_sent_at, la.name AS lm_author_name`;

const LAST_MESSAGE_JOIN = `
  LEFT JOIN LATERAL (
    SELECT m.id, m.external_id, m.text, m.direction, m.platform_state, m.sent_at, m.author_id
      FROM messages m WHERE m.conversation_id = c.id AND NOT m.is_stub
     ORDER BY m.sent_at DESC, (m.parent_external_id IS NOT NULL) DESC, m.created_at DESC, m.id DESC LIMIT 1
  ) lm ON true
  LEFT JOIN LATERAL (SELECT a.name FROM authors a WHERE a.id = lm.author_id OFFSET 0) la ON true`;

// Lookups by primary key are written as LATERAL (… WHERE id = … OFFSET 0), with any other
// condition (the workspace) checked outside, here and in the ingest statements: the planner can't
// turn them into a hash join over a whole table or an index scan of a whole workspace, which it
// chose with stale statistics (a table that grew fast since its last ANALYZE), making each call
// as slow as the table is big.

interface SummaryRow {
  id: string;
  workspace_id: string;
  channel_id: string;
  root_external_id: string;
  status: ConversationStatus;
  label: Label;
  assignee_id: string | null;
  message_count: number;
  last_message_at: Date | string;
  waiting_since: Date | string | null;
  first_response_at: Date | null;
  first_response_by: string | null;
  created_at: Date;
  lm_id: string | null;
  lm_external_id: string | null;
  lm_text: string | null;
  lm_direction: 'inbound' | 'outbound' | null;
  lm_platform_state: MessageView['platformState'] | null;
  lm_sent_at: Date | string | null;
  lm_author_name: string | null;
}

/**
 * A timestamp from a row as the API shows it (ISO 8601, UTC). A string already in that form (what
 * toISOString() gives: a writer's own rows) is returned as it is rather than parsed and printed
 * again, which was 3% of the worker's CPU under bench:ingest.
 */
const CANONICAL_ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
export const iso = (d: Date | string) => (typeof d === 'string' && CANONICAL_ISO.test(d) ? d : new Date(d).toISOString());
/** The same for a nullable column. */
export const isoOrNull = (d: Date | string | null | undefined) => (d === null || d === undefined ? null : iso(d));

function toSummary(r: SummaryRow): ConversationSummary {
  return {
    id: r.id,
    workspaceId: r.workspace_id,
    channelId: r.channel_id,
    rootExternalId: r.root_external_id,
    status: r.status,
    label: r.label,
    assigneeId: r.assignee_id,
    messageCount: r.message_count,
    lastMessageAt: iso(r.last_message_at),
    waitingSince: r.waiting_since ? iso(r.waiting_since) : null,
    firstResponseAt: r.first_response_at ? iso(r.first_response_at) : null,
    firstResponseBy: r.first_response_by,
    createdAt: iso(r.created_at),
    lastMessage:
      r.lm_id === null
        ? null
        : {
            id: r.lm_id,
            externalId: r.lm_external_id!,
            text: r.lm_text,
            direction: r.lm_direction!,
            platformState: r.lm_platform_state!,
            sentAt: iso(r.lm_sent_at!),
            authorName: r.lm_author_name,
          },
  };
}

/**
 * The summary of a conversation its writer has just inserted, already in its final state, with
 * its one message (stateOfNewConversation): what `summaries()` would read back, built from the
 * rows the writer sent instead of a second read of both tables. ingest.e2e-spec checks that the
 * two agree.
 */
export function newConversationSummary(
  c: { id: string; workspace_id: string; channel_id: string; root_external_id: string; created_at: Date; state: DerivedState },
  m: { id: string; external_id: string; text: string | null; direction: 'inbound' | 'outbound'; platform_state: MessageView['platformState']; sent_at: string; author_name: string | null },
): ConversationSummary {
  return toSummary({
    id: c.id,
    workspace_id: c.workspace_id,
    channel_id: c.channel_id,
    root_external_id: c.root_external_id,
    status: c.state.status,
    label: c.state.label as Label,
    assignee_id: null,
    message_count: c.state.message_count,
    last_message_at: c.state.last_message_at,
    waiting_since: c.state.waiting_since,
    first_response_at: null,
    first_response_by: null,
    created_at: c.created_at,
    lm_id: m.id,
    lm_external_id: m.external_id,
    lm_text: m.text,
    lm_direction: m.direction,
    lm_platform_state: m.platform_state,
    lm_sent_at: m.sent_at,
    lm_author_name: m.author_name,
  });
}

export interface MessageDetail extends MessageView {
  edits: { previousText: string | null; newText: string | null; editedAt: string }[];
}

export interface ConversationDetail extends ConversationSummary {
  post: { id: string; externalId: string; permalink: string | null; excerpt: string | null } | null;
  channel: { id: string; kind: string; name: string };
  messages: MessageDetail[];
}

export class InboxRepository {
  constructor(private readonly db: Queryable) {}

  /**
   * Summaries of the given conversations of a workspace. `alongside`: a data-modifying statement
   * (parameters numbered from $3) run as a CTE of the same statement, which saves a writer a round
   * trip; it runs exactly once even though the summaries don't read it (and not at all when `ids`
   * is empty: the caller runs it then).
   */
  async summaries(workspaceId: string, ids: string[], db: Queryable = this.db, alongside?: { sql: string; params: unknown[] }): Promise<ConversationSummary[]> {
    if (ids.length === 0) return [];
    const rows = (await db.query(
      `${alongside ? `WITH alongside AS (${alongside.sql}) ` : ''}SELECT ${SUMMARY_COLUMNS} FROM unnest($2::uuid[]) AS ids(id)
         CROSS JOIN LATERAL (SELECT * FROM conversations c WHERE c.id = ids.id OFFSET 0) c ${LAST_MESSAGE_JOIN}
        WHERE c.workspace_id = $1`,
      [workspaceId, ids, ...(alongside?.params ?? [])],
    )) as SummaryRow[];
    return rows.map(toSummary);
  }

  async list(workspaceId: string, f: InboxFilter): Promise<{ items: ConversationSummary[]; nextCursor: string | null }> {
    const params: unknown[] = [workspaceId];
    const where: string[] = ['c.workspace_id = $1'];
    const p = (v: unknown) => {
      params.push(v);
      return `$${params.length}`;
    };
    if (f.status?.length) where.push(`c.status = ANY(${p(f.status)}::text[])`);
    if (f.label?.length) where.push(`c.label = ANY(${p(f.label)}::text[])`);
    if (f.channelId) where.push(`c.channel_id = ${p(f.channelId)}::uuid`);
    if (f.assignee === 'none') where.push('c.assignee_id IS NULL');
    else if (f.assignee) where.push(`c.assignee_id = ${p(f.assignee)}::uuid`);
    if (f.q) {
      const q = p(f.q);
      where.push(`EXISTS (SELECT 1 FROM messages sm WHERE sm.conversation_id = c.id AND sm.workspace_id = $1
                    AND sm.search @@ (websearch_to_tsquery('german', ${q}) || websearch_to_tsquery('english', ${q})))`);
    }
    const sortCol = f.sort === 'newest' ? 'c.last_message_at' : 'c.waiting_since';
    if (f.sort === 'longest_waiting') where.push('c.waiting_since IS NOT NULL');
    if (f.cursor) {
      const cur = decodeCursor(f.cursor);
      const op = f.sort === 'newest' ? '<' : '>';
      where.push(`(${sortCol}, c.id) ${op} (${p(cur.k)}::timestamptz, ${p(cur.id)}::uuid)`);
    }
    const dir = f.sort === 'newest' ? 'DESC' : 'ASC';
    const limit = p(f.limit + 1);
    const rows = (await this.db.query(
      `SELECT ${SUMMARY_COLUMNS} FROM (
         SELECT c.* FROM conversations c WHERE ${where.join(' AND ')} ORDER BY ${sortCol} ${dir}, c.id ${dir} LIMIT ${limit}
       ) c ${LAST_MESSAGE_JOIN}
       ORDER BY ${sortCol} ${dir}, c.id ${dir}`,
      params,
    )) as SummaryRow[];
    const more = rows.length > f.limit;
    const page = rows.slice(0, f.limit);
    const last = page[page.length - 1];
    const key = last ? (f.sort === 'newest' ? last.last_message_at : last.waiting_since) : null;
    return { items: page.map(toSummary), nextCursor: more && last && key ? encodeCursor({ k: iso(key), id: last.id }) : null };
  }

  async detail(workspaceId: string, conversationId: string): Promise<ConversationDetail | null> {
    const [summary] = await this.summaries(workspaceId, [conversationId]);
    if (!summary) return null;
    const [meta] = (await this.db.query(
      `SELECT p.id AS post_id, p.external_id AS post_external_id, p.permalink, p.excerpt, ch.id AS channel_id, ch.kind, ch.name
         FROM conversations c JOIN channels ch ON ch.id = c.channel_id LEFT JOIN posts p ON p.id = c.post_id
        WHERE c.workspace_id = $1 AND c.id = $2`,
      [workspaceId, conversationId],
    )) as { post_id: string | null; post_external_id: string | null; permalink: string | null; excerpt: string | null; channel_id: string; kind: string; name: string }[];
    const messages = (await this.db.query(
      `SELECT m.*, a.external_id AS author_external_id, a.name AS author_name,
              coalesce((SELECT json_agg(json_build_object('previousText', e.previous_text, 'newText', e.new_text, 'editedAt', e.edited_at) ORDER BY e.edited_at, e.id)
                          FROM message_edits e WHERE e.message_id = m.id AND e.workspace_id = $1), '[]') AS edits
         FROM messages m LEFT JOIN authors a ON a.id = m.author_id
        WHERE m.workspace_id = $1 AND m.conversation_id = $2
        ORDER BY m.sent_at, (m.parent_external_id IS NOT NULL), m.created_at, m.id`,
      [workspaceId, conversationId],
    )) as (Record<string, unknown> & { edits: { previousText: string | null; newText: string | null; editedAt: string }[] })[];
    return {
      ...summary,
      post: meta!.post_id ? { id: meta!.post_id, externalId: meta!.post_external_id!, permalink: meta!.permalink, excerpt: meta!.excerpt } : null,
      channel: { id: meta!.channel_id, kind: meta!.kind, name: meta!.name },
      messages: messages.map((r) => ({
        ...rowToMessageView(r),
        edits: r.edits.map((e) => ({ ...e, editedAt: iso(e.editedAt) })),
      })),
    };
  }
}

/** Maps a `messages` row (with optional author_external_id / author_name columns) to its view. */
export function rowToMessageView(r: Record<string, unknown>): MessageView {
  const authorId = r.author_id as string | null;
  return {
    id: r.id as string,
    workspaceId: r.workspace_id as string,
    conversationId: r.conversation_id as string,
    channelId: r.channel_id as string,
    externalId: r.external_id as string,
    parentExternalId: (r.parent_external_id as string | null) ?? null,
    direction: r.direction as MessageView['direction'],
    type: r.type as string,
    author: authorId ? { id: authorId, externalId: (r.author_external_id as string | undefined) ?? '', name: (r.author_name as string | null | undefined) ?? null } : null,
    text: (r.text as string | null) ?? null,
    isStub: r.is_stub as boolean,
    platformState: r.platform_state as MessageView['platformState'],
    sentAt: iso(r.sent_at as Date),
    editedAt: r.edited_at ? iso(r.edited_at as Date) : null,
    label: (r.label as MessageView['label']) ?? null,
    confidence: (r.confidence as number | null) ?? null,
    lang: (r.lang as MessageView['lang']) ?? null,
    flags: (r.flags as MessageView['flags']) ?? [],
    reasons: (r.reasons as MessageView['reasons']) ?? [],
    rulesVersion: (r.rules_version as string | null) ?? null,
    origin: ((r.origin as MessageView['origin'] | undefined) ?? 'platform'),
    sentByUserId: (r.sent_by_user_id as string | null | undefined) ?? null,
    firstResponseAt: r.first_response_at ? iso(r.first_response_at as Date) : null,
    firstResponseBy: (r.first_response_by as string | null | undefined) ?? null,
    labelCorrectedAt: r.label_corrected_at ? iso(r.label_corrected_at as Date) : null,
    labelCorrectedBy: (r.label_corrected_by as string | null | undefined) ?? null,
  };
}
