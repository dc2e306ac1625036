/**
 * The ingestion pipeline for one stored raw event: connector.parse → classify → one
 * transaction of batched writes (authors, posts, conversations, messages, edit history,
 * conversation aggregates, event status) → realtime events after commit.
 *
 * Idempotent: re-running an event (a retry after a crash, a redelivered webhook) changes
 * nothing that is already stored, so BullMQ's at-least-once delivery gives exactly-once rows.
 * Concurrent jobs touching the same comment are serialised by transaction-scoped advisory
 * locks on (channel, external id); jobs on different comments run in parallel.
 */
import type { DataSource } from 'typeorm';
import { preparedIn, preparedOn, type Queryable } from '../../db/src/prepared.js';
import type { Classification, CompiledCustomRules } from '../../classifier/src/classifier.types.js';
import type { ChannelRef, ConnectorRegistry } from '../../connectors/src/connector-registry.js';
import type { NormalizedItem, RejectedItem } from '../../connectors/src/connector.types.js';
import type { RealtimeEvent } from '../../realtime/src/realtime-emitter.js';
import type { ConversationSummary, PlatformState } from '../../realtime/src/events.js';
import { refreshConversations, stateOfNewConversation, type DerivedState } from '../../inbox/src/conversation-state.js';
import { InboxRepository, newConversationSummary, rowToMessageView } from '../../inbox/src/inbox.repository.js';
import { lockMessagesSql, messageLockKey } from '../../inbox/src/message-locks.js';

export type ClassifyFn = (text: string, options?: { customRules?: CompiledCustomRules }) => Classification;

export interface IngestResult {
  eventId: string;
  status: 'processed' | 'already_processed';
  items: number;
  created: number;
  updated: number;
  skipped: number;
  rejected: RejectedItem[];
  events: RealtimeEvent[];
}

/** An event that can never succeed (unknown channel, unusable payload): fail without retries. */
export class PermanentIngestError extends Error {}

interface EventRow {
  id: string;
  workspace_id: string;
  channel_id: string;
  payload: unknown;
  status: string;
  source: string;
  received_at: Date;
  kind: ChannelRef['kind'];
  external_account_id: string;
}

interface MessageRow {
  id: string;
  conversation_id: string;
  external_id: string;
  parent_external_id: string | null;
  direction: 'inbound' | 'outbound';
  type: string;
  author_id: string | null;
  text: string | null;
  is_stub: boolean;
  platform_state: PlatformState;
  sent_at: Date;
  edited_at: Date | null;
  state_changed_at: Date | null;
  label: string | null;
  confidence: number | null;
  lang: string | null;
  flags: string[];
  reasons: unknown[];
  rules_version: string | null;
  /** set when a person corrected the label: re-classification (after an edit) keeps their label */
  label_corrected_at?: Date | null;
}

/** The working state of one message while a batch is applied in memory. */
interface Working {
  row: MessageRow;
  isNew: boolean;
  dirty: boolean;
  rootExternalId: string;
  authorExternalId: string | null;
  postExternalId: string | null;
  newInbound: boolean;
}

/** A message this batch inserted, as `written` holds it. */
type NewMessage = Parameters<typeof newConversationSummary>[1];

interface EditRow {
  message_external_id: string;
  previous_text: string | null;
  new_text: string | null;
  edited_at: string;
}

/**
 * Marks events processed; $1 is the workspace, $n the events as JSON ({id, item_count, rejected})
 * and $n+1 their ids. The ids as an array make the rows index lookups: joined to the JSON alone
 * (which the planner takes for 100 rows, whatever its length), it read the whole primary key of
 * inbound_events while that looked cheaper than 100 lookups, 1-4 ms a batch with a few thousand
 * stored deliveries. The UPDATE of changed messages takes its ids the same way.
 */
function finishSql(n: number): string {
  return `UPDATE inbound_events e SET status = 'processed', processed_at = now(), attempts = e.attempts + 1, item_count = x.item_count,
                rejected = x.rejected, error = NULL
           FROM jsonb_to_recordset($${n}::jsonb) AS x(id bigint, item_count int, rejected jsonb)
          WHERE e.id = ANY($${n + 1}::bigint[]) AND e.id = x.id AND e.workspace_id = $1`;
}

/**
 * Bigger transactions stop paying off: statements with thousands of array elements get slower
 * per element. Events are merged up to this many comments (a bigger event stays whole).
 */
const MAX_ITEMS_PER_TRANSACTION = 500;

function chunkByItems(group: Parsed[], max: number): Parsed[][] {
  const chunks: Parsed[][] = [];
  let cur: Parsed[] = [];
  let n = 0;
  for (const p of group) {
    if (cur.length > 0 && n + p.items.length > max) {
      chunks.push(cur);
      cur = [];
      n = 0;
    }
    cur.push(p);
    n += p.items.length;
  }
  if (cur.length > 0) chunks.push(cur);
  return chunks;
}

/** Every column of messages but the search vector, which never leaves the database. */
const MESSAGE_COLUMNS = [
  'id', 'workspace_id', 'channel_id', 'conversation_id', 'external_id', 'parent_external_id', 'direction', 'type', 'author_id', 'text',
  'is_stub', 'platform_state', 'sent_at', 'edited_at', 'state_changed_at', 'label', 'confidence', 'lang', 'flags', 'reasons', 'rules_version',
  'origin', 'sent_by_user_id', 'first_response_at', 'first_response_by', 'label_corrected_at', 'label_corrected_by',
];

interface Parsed {
  ev: EventRow;
  items: NormalizedItem[];
  classifications: Map<NormalizedItem, Classification>;
  rejected: RejectedItem[];
  skipped: number;
}

export interface BatchOutcome {
  results: Map<string, Omit<IngestResult, 'events'>>;
  /** events that can never succeed (PermanentIngestError), by id */
  failures: Map<string, Error>;
  /** realtime events to publish after commit */
  events: RealtimeEvent[];
}

export class IngestService {
  constructor(
    private readonly ds: DataSource,
    private readonly connectors: ConnectorRegistry,
    private readonly classify: ClassifyFn,
  ) {}

  /** One event on its own (tests, and the fallback when a merged batch fails). */
  async processEvent(eventId: string): Promise<IngestResult> {
    const out = await this.processEvents([eventId]);
    const failure = out.failures.get(eventId);
    if (failure) throw failure;
    const r = out.results.get(eventId)!;
    return { ...r, events: out.events };
  }

  /**
   * Several stored events at once: events of the same channel are applied together, in arrival
   * order, in one transaction (group commit), which divides the per-statement cost by the batch
   * size under load. An event that can never succeed is reported in `failures` without
   * affecting the others; a database error fails the whole call (the caller retries singly).
   */
  async processEvents(eventIds: string[]): Promise<BatchOutcome> {
    const out: BatchOutcome = { results: new Map(), failures: new Map(), events: [] };
    const rows = (await preparedOn(this.ds).query(
      `SELECT e.id::text, e.workspace_id, e.channel_id, e.payload, e.status, e.source, e.received_at, c.kind, c.external_account_id
         FROM inbound_events e JOIN channels c ON c.id = e.channel_id AND c.workspace_id = e.workspace_id
        WHERE e.id = ANY($1::bigint[]) ORDER BY e.id`,
      [eventIds],
    )) as EventRow[];
    const found = new Set(rows.map((r) => r.id));
    for (const id of eventIds) {
      if (!found.has(id)) out.failures.set(id, new PermanentIngestError(`inbound event ${id} does not exist (or its channel was deleted)`));
    }
    const groups = new Map<string, Parsed[]>();
    for (const ev of rows) {
      if (ev.status === 'processed') {
        out.results.set(ev.id, { eventId: ev.id, status: 'already_processed', items: 0, created: 0, updated: 0, skipped: 0, rejected: [] });
        continue;
      }
      try {
        const parsed = this.parse(ev);
        const g = groups.get(ev.channel_id) ?? [];
        g.push(parsed);
        groups.set(ev.channel_id, g);
      } catch (e) {
        out.failures.set(ev.id, e as Error);
      }
    }
    for (const group of groups.values()) for (const chunk of chunkByItems(group, MAX_ITEMS_PER_TRANSACTION)) await this.applyGroup(chunk, out);
    return out;
  }

  private async applyGroup(group: Parsed[], out: BatchOutcome): Promise<void> {
    {
      const outcome = await this.ds.transaction(async (em) => this.applyBatch(await preparedIn(em), group));
      out.events.push(...outcome.events);
      for (const p of group) {
        out.results.set(p.ev.id, {
          eventId: p.ev.id,
          status: 'processed',
          items: p.items.length,
          skipped: p.skipped,
          rejected: p.rejected,
          created: outcome.created,
          updated: outcome.updated,
        });
      }
    }
  }

  private parse(ev: EventRow): Parsed {
    const channel: ChannelRef = { id: ev.channel_id, kind: ev.kind, externalAccountId: ev.external_account_id };
    let parsed;
    try {
      // Imports use the documented generic shape whatever the channel's platform.
      const connector = this.connectors.get(ev.source === 'import' ? 'generic' : channel.kind);
      parsed = connector.parse(ev.payload, channel, new Date(ev.received_at));
    } catch (e) {
      throw new PermanentIngestError(`payload of event ${ev.id} cannot be parsed: ${(e as Error).message}`);
    }
    const rejected = [...parsed.rejected];
    const items: NormalizedItem[] = [];
    for (const item of parsed.items) {
      if (item.accountId !== channel.externalAccountId) {
        rejected.push({ path: item.externalId, reason: `belongs to account ${item.accountId}, not to this channel's ${channel.externalAccountId}` });
      } else {
        items.push(item);
      }
    }
    const classifications = new Map<NormalizedItem, Classification>();
    for (const item of items) {
      if (!item.fromOwner && item.text !== null && (item.verb === 'add' || item.verb === 'edit')) {
        classifications.set(item, this.classify(item.text));
      }
    }
    return { ev, items, classifications, rejected, skipped: parsed.skipped };
  }

  /** Marks an event that exhausted its retries, keeping the reason next to the raw payload. */
  async markFailed(eventId: string, reason: string, attempts: number): Promise<void> {
    await this.ds.query(`UPDATE inbound_events SET status = 'failed', error = $2, attempts = $3 WHERE id = $1 AND status <> 'processed'`, [
      eventId,
      reason.slice(0, 2000),
      attempts,
    ]);
  }

  private async applyBatch(m: Queryable, group: Parsed[]): Promise<{ created: number; updated: number; events: RealtimeEvent[] }> {
    const ws = group[0]!.ev.workspace_id;
    const ch = group[0]!.ev.channel_id;
    const items = group.flatMap((p) => p.items);
    const classifications = new Map<NormalizedItem, Classification>();
    for (const p of group) for (const [k, v] of p.classifications) classifications.set(k, v);
    // Marks the group's events processed: on its own, or alongside the last read of the batch.
    const finished = JSON.stringify(group.map((p) => ({ id: p.ev.id, item_count: p.items.length, rejected: p.rejected.length > 0 ? p.rejected : null })));
    const eventIds = group.map((p) => p.ev.id);
    const finish = () => m.query(finishSql(2), [ws, finished, eventIds]);
    if (items.length === 0) {
      await finish();
      return { created: 0, updated: 0, events: [] };
    }

    // 1. Serialise with any other job touching the same comments (sorted: no deadlocks). The
    // same statement turns sequential scans off for this transaction. PostgreSQL plans each
    // foreign-key check (message -> conversation, -> author; conversation -> post) once per
    // connection and keeps the plan until the table is next analysed; planned while the table
    // was small (a new install, a purge, autovacuum off) it is a sequential scan, and every
    // check then reads the whole table: 272 µs per check at 30k conversations instead of 4 µs,
    // measured with pg_stat_statements.track = all under bench:ingest. This transaction only
    // ever looks rows up by key, so nothing in it should scan a table. For the same reason it
    // keeps the generic plan of each (prepared) statement: by default PostgreSQL plans a statement
    // with array parameters anew on every call, because the plan for the actual array length
    // always looks cheaper than the generic one (0.7 ms of planning per batch for the authors and
    // posts statement alone under bench:ingest at 200 comments/s).
    const ids = new Set<string>();
    for (const it of items) {
      ids.add(it.externalId);
      if (it.parentExternalId) ids.add(it.parentExternalId);
    }
    const lockKeys = [...ids].sort().map((id) => messageLockKey(ch, id));
    await m.query(`SELECT set_config('enable_seqscan', 'off', true), set_config('plan_cache_mode', 'force_generic_plan', true), ${lockMessagesSql('$1')}`, [lockKeys]);

    // 2. Authors and posts: one statement for both.
    const authors = new Map<string, { name: string | null }>();
    const posts = new Map<string, { permalink: string | null; excerpt: string | null }>();
    for (const it of items) {
      if (it.author) authors.set(it.author.externalId, { name: it.author.name ?? authors.get(it.author.externalId)?.name ?? null });
      if (it.post) posts.set(it.post.externalId, { permalink: it.post.permalink, excerpt: it.post.excerpt });
    }
    const refs = await upsertRefs(m, ws, ch, {
      authors: [...authors].map(([external_id, a]) => ({ external_id, name: a.name })),
      posts: [...posts].map(([external_id, p]) => ({ external_id, ...p })),
    });
    const authorIds = refs.authors;
    const postIds = new Map([...refs.posts].map(([ext, r]) => [ext, r.id]));

    // 3. What is stored already, for the comments and their parents.
    const existing = (await m.query(
      `SELECT m.id, m.conversation_id, m.external_id, m.parent_external_id, m.direction, m.type, m.author_id, m.text, m.is_stub,
              m.platform_state, m.sent_at, m.edited_at, m.state_changed_at, m.label, m.confidence, m.lang, m.flags, m.reasons,
              m.rules_version, m.label_corrected_at, c.root_external_id
         FROM unnest($2::text[]) AS x(external_id)
        CROSS JOIN LATERAL (SELECT * FROM messages m WHERE m.channel_id = $1 AND m.external_id = x.external_id OFFSET 0) m
        CROSS JOIN LATERAL (SELECT c.root_external_id FROM conversations c WHERE c.id = m.conversation_id OFFSET 0) c`,
      [ch, [...ids]],
    )) as (MessageRow & { root_external_id: string })[];
    const state = new Map<string, Working>();
    for (const r of existing) {
      state.set(r.external_id, { row: r, isNew: false, dirty: false, rootExternalId: r.root_external_id, authorExternalId: null, postExternalId: null, newInbound: false });
    }

    // 4. Apply the batch in order, in memory.
    const edits: EditRow[] = [];
    const rootOf = (it: NormalizedItem): string => {
      if (!it.parentExternalId) return it.externalId;
      return state.get(it.parentExternalId)?.rootExternalId ?? it.parentExternalId;
    };
    const blank = (it: NormalizedItem, patch: Partial<MessageRow>): Working => {
      const w: Working = {
        row: {
          id: '',
          conversation_id: '',
          external_id: it.externalId,
          parent_external_id: it.parentExternalId,
          direction: it.fromOwner ? 'outbound' : 'inbound',
          type: it.type,
          author_id: null,
          text: null,
          is_stub: true,
          platform_state: 'visible',
          sent_at: it.occurredAt,
          edited_at: null,
          state_changed_at: null,
          label: null,
          confidence: null,
          lang: null,
          flags: [],
          reasons: [],
          rules_version: null,
          ...patch,
        },
        isNew: true,
        dirty: true,
        rootExternalId: rootOf(it),
        authorExternalId: it.author?.externalId ?? null,
        postExternalId: it.post?.externalId ?? null,
        newInbound: false,
      };
      state.set(it.externalId, w);
      return w;
    };
    const applyClassification = (w: Working, c: Classification | undefined) => {
      if (!c) return;
      const label = w.row.label_corrected_at ? w.row.label : c.label;
      Object.assign(w.row, { label, confidence: c.confidence, lang: c.lang, flags: c.flags, reasons: c.reasons, rules_version: c.rulesVersion });
    };

    for (const it of items) {
      const w = state.get(it.externalId);
      const at = it.occurredAt;
      switch (it.verb) {
        case 'add': {
          if (!w) {
            const nw = blank(it, { text: it.text, is_stub: false });
            nw.newInbound = !it.fromOwner;
            applyClassification(nw, classifications.get(it));
          } else if (w.row.is_stub) {
            // The comment itself arrives after its edit or removal, which stored a placeholder
            // row for it (is_stub). The removal stays (an older add never resurrects it), and so
            // does a newer edited text.
            const editedLater = w.row.edited_at !== null && w.row.edited_at > at;
            if (editedLater) {
              edits.push({ message_external_id: it.externalId, previous_text: it.text, new_text: w.row.text, edited_at: w.row.edited_at!.toISOString() });
            } else {
              w.row.text = it.text;
              applyClassification(w, classifications.get(it));
            }
            Object.assign(w.row, { is_stub: false, sent_at: at, parent_external_id: it.parentExternalId, direction: it.fromOwner ? 'outbound' : 'inbound', type: it.type });
            w.authorExternalId = it.author?.externalId ?? w.authorExternalId;
            w.postExternalId = it.post?.externalId ?? w.postExternalId;
            w.newInbound = !it.fromOwner && w.row.platform_state !== 'removed_by_author';
            w.dirty = true;
          }
          // else: a redelivered add of a stored comment changes nothing
          break;
        }
        case 'edit': {
          if (!w) {
            const nw = blank(it, { text: it.text, edited_at: at });
            applyClassification(nw, classifications.get(it));
            edits.push({ message_external_id: it.externalId, previous_text: null, new_text: it.text, edited_at: at.toISOString() });
            break;
          }
          const current = w.row.edited_at ?? w.row.sent_at;
          const sameAsStored = w.row.text === it.text && w.row.edited_at !== null && w.row.edited_at.getTime() === at.getTime();
          if (sameAsStored) break;
          if (at >= current) {
            edits.push({ message_external_id: it.externalId, previous_text: w.row.text, new_text: it.text, edited_at: at.toISOString() });
            w.row.text = it.text;
            w.row.edited_at = at;
            applyClassification(w, classifications.get(it));
            w.dirty = true;
          } else {
            // An edit older than what we show: keep it in the history, not as the current text.
            edits.push({ message_external_id: it.externalId, previous_text: null, new_text: it.text, edited_at: at.toISOString() });
          }
          break;
        }
        case 'remove':
        case 'hide':
        case 'unhide': {
          const target: PlatformState = it.verb === 'remove' ? 'removed_by_author' : it.verb === 'hide' ? 'hidden' : 'visible';
          const ww = w ?? blank(it, {});
          const newer = ww.row.state_changed_at === null || at >= ww.row.state_changed_at;
          const final = ww.row.platform_state === 'removed_by_author' || ww.row.platform_state === 'deleted_by_us';
          if (newer && (!final || it.verb === 'remove') && ww.row.platform_state !== 'deleted_by_us') {
            if (ww.row.platform_state !== target || ww.row.state_changed_at?.getTime() !== at.getTime()) {
              ww.row.platform_state = target;
              ww.row.state_changed_at = at;
              ww.dirty = true;
            }
          }
          break;
        }
      }
    }

    const dirty = [...state.values()].filter((w) => w.dirty);
    if (dirty.length === 0 && edits.length === 0) {
      await finish();
      return { created: 0, updated: 0, events: [] };
    }

    // 5. Conversations for every root a new message hangs on.
    const newRoots = new Map<string, { postExternalId: string | null; at: Date; messages: MessageRow[] }>();
    for (const w of dirty) {
      if (!w.isNew) continue;
      const prev = newRoots.get(w.rootExternalId);
      if (!prev) {
        newRoots.set(w.rootExternalId, { postExternalId: w.postExternalId, at: w.row.sent_at, messages: [w.row] });
        continue;
      }
      prev.postExternalId ??= w.postExternalId;
      if (w.row.sent_at < prev.at) prev.at = w.row.sent_at;
      prev.messages.push(w.row);
    }
    const convIdByRoot = new Map<string, string>();
    const createdConvs = new Set<string>();
    /** conversations inserted by this batch in their final state (the refresh would find nothing to
     * change), with what their summary needs besides their message */
    const settled = new Map<string, { root: string; createdAt: Date; state: DerivedState }>();
    if (newRoots.size > 0) {
      const initial = new Map([...newRoots].map(([root, v]) => [root, stateOfNewConversation(v.messages)]));
      const rows = (await m.query(
        // A conversation new with one waiting comment is inserted in its final state (see
        // stateOfNewConversation); any other starts empty and the refresh below derives it.
        `INSERT INTO conversations (workspace_id, channel_id, root_external_id, post_id, last_message_at, message_count, last_inbound_at,
                                    waiting_since, label, status)
         SELECT $1, $2, x.root, x.post_id, coalesce(x.last_message_at, x.at), coalesce(x.message_count, 0), x.last_inbound_at,
                x.waiting_since, coalesce(x.label, 'other'), coalesce(x.status, 'open')
           FROM jsonb_to_recordset($3::jsonb)
             AS x(root text, post_id uuid, at timestamptz, message_count int, last_message_at timestamptz, last_inbound_at timestamptz,
                  waiting_since timestamptz, label text, status text)
         ON CONFLICT (channel_id, root_external_id) DO UPDATE SET post_id = coalesce(conversations.post_id, EXCLUDED.post_id)
         RETURNING id, root_external_id, (xmax = 0) AS inserted, created_at`,
        [
          ws,
          ch,
          JSON.stringify(
            [...newRoots].map(([root, v]) => ({
              root,
              post_id: v.postExternalId ? (postIds.get(v.postExternalId) ?? null) : null,
              at: v.at.toISOString(),
              ...initial.get(root),
            })),
          ),
        ],
      )) as { id: string; root_external_id: string; inserted: boolean; created_at: Date }[];
      for (const r of rows) {
        convIdByRoot.set(r.root_external_id, r.id);
        if (!r.inserted) continue;
        createdConvs.add(r.id);
        const state = initial.get(r.root_external_id);
        if (state) settled.set(r.id, { root: r.root_external_id, createdAt: r.created_at, state });
      }
    }

    // 6. Messages: one INSERT for the new, one UPDATE for the changed.
    const toJson = (w: Working) => ({
      id: w.isNew ? undefined : w.row.id,
      conversation_id: w.isNew ? convIdByRoot.get(w.rootExternalId) : w.row.conversation_id,
      external_id: w.row.external_id,
      parent_external_id: w.row.parent_external_id,
      direction: w.row.direction,
      type: w.row.type,
      author_id: w.authorExternalId ? (authorIds.get(w.authorExternalId)?.id ?? w.row.author_id) : w.row.author_id,
      text: w.row.text,
      is_stub: w.row.is_stub,
      platform_state: w.row.platform_state,
      sent_at: w.row.sent_at.toISOString(),
      edited_at: w.row.edited_at?.toISOString() ?? null,
      state_changed_at: w.row.state_changed_at?.toISOString() ?? null,
      label: w.row.label,
      confidence: w.row.confidence,
      lang: w.row.lang,
      flags: w.row.flags,
      reasons: w.row.reasons,
      rules_version: w.row.rules_version,
    });
    const cols = `conversation_id uuid, external_id text, parent_external_id text, direction text, type text, author_id uuid, text text,
      is_stub boolean, platform_state text, sent_at timestamptz, edited_at timestamptz, state_changed_at timestamptz, label text,
      confidence real, lang text, flags text[], reasons jsonb, rules_version text`;
    const created = dirty.filter((w) => w.isNew);
    const changed = dirty.filter((w) => !w.isNew);
    const written: Record<string, unknown>[] = [];
    const withAuthor = (cte: string) =>
      `WITH w AS (${cte} RETURNING ${MESSAGE_COLUMNS.map((c) => 'm.' + c).join(', ')})
       SELECT w.*, a.external_id AS author_external_id, a.name AS author_name
         FROM w LEFT JOIN LATERAL (SELECT a.external_id, a.name FROM authors a WHERE a.id = w.author_id OFFSET 0) a ON true`;
    if (created.length > 0) {
      // Only the new ids come back: the rest of a new row is what was sent, so its event is made
      // from that (returning whole rows, reasons and all, made the database print and the worker
      // parse every comment once more). No ON CONFLICT: every writer of messages holds the
      // comment's advisory lock (message-locks.ts), so what step 3 didn't find can't have been
      // written since. Should a writer break that rule, the unique key fails this batch, and its
      // events are retried one by one (IngestBatcher), seeing the comment then.
      const sent = created.map(toJson);
      const rows = (await m.query(
        `INSERT INTO messages AS m (workspace_id, channel_id, conversation_id, external_id, parent_external_id, direction, type, author_id, text,
                               is_stub, platform_state, sent_at, edited_at, state_changed_at, label, confidence, lang, flags, reasons, rules_version)
         SELECT $1, $2, x.conversation_id, x.external_id, x.parent_external_id, x.direction, x.type, x.author_id, x.text,
                x.is_stub, x.platform_state, x.sent_at, x.edited_at, x.state_changed_at, x.label, x.confidence, x.lang, x.flags, x.reasons, x.rules_version
           FROM jsonb_to_recordset($3::jsonb) AS x(${cols})
         RETURNING m.external_id, m.id`,
        [ws, ch, JSON.stringify(sent)],
      )) as { external_id: string; id: string }[];
      const idOf = new Map(rows.map((r) => [r.external_id, r.id]));
      for (let k = 0; k < created.length; k++) {
        const id = idOf.get(created[k]!.row.external_id)!;
        const author = created[k]!.authorExternalId;
        // The row as sent, completed in place (it has been serialised already; a copy of each
        // was about 3% of the worker's CPU under bench:ingest).
        const row: Record<string, unknown> = sent[k]!;
        row.id = id;
        row.workspace_id = ws;
        row.channel_id = ch;
        row.author_external_id = author;
        row.author_name = author === null ? null : (authorIds.get(author)?.name ?? null);
        written.push(row);
      }
    }
    if (changed.length > 0) {
      const rows = (await m.query(
        withAuthor(`UPDATE messages m SET parent_external_id = x.parent_external_id, direction = x.direction, type = x.type, author_id = x.author_id,
                text = x.text, is_stub = x.is_stub, platform_state = x.platform_state, sent_at = x.sent_at, edited_at = x.edited_at,
                state_changed_at = x.state_changed_at, label = x.label, confidence = x.confidence, lang = x.lang, flags = x.flags,
                reasons = x.reasons, rules_version = x.rules_version, updated_at = now()
           FROM jsonb_to_recordset($2::jsonb) AS x(id uuid, ${cols})
          WHERE m.id = ANY($3::uuid[]) AND m.id = x.id AND m.workspace_id = $1`),
        [ws, JSON.stringify(changed.map(toJson)), changed.map((w) => w.row.id)],
      )) as Record<string, unknown>[];
      written.push(...rows);
    }
    if (edits.length > 0) {
      await m.query(
        `INSERT INTO message_edits (workspace_id, message_id, previous_text, new_text, edited_at)
         SELECT $1, msg.id, x.previous_text, x.new_text, x.edited_at
           FROM jsonb_to_recordset($3::jsonb) AS x(message_external_id text, previous_text text, new_text text, edited_at timestamptz)
           CROSS JOIN LATERAL (SELECT m.id FROM messages m WHERE m.channel_id = $2 AND m.external_id = x.message_external_id OFFSET 0) msg`,
        [ws, ch, JSON.stringify(edits)],
      );
    }

    // 7. Responses and conversation aggregates, recomputed from their messages (the rules are
    // in conversation-state.ts); a new inbound message reopens a resolved conversation. A
    // conversation this batch inserted in its final state holds just its one new comment, which
    // no other transaction can see yet: the refresh would derive what is stored, so it is left
    // out (the most common case, a new top-level comment; ingest.e2e-spec checks the two agree).
    const convIds = [...new Set(written.map((r) => r.conversation_id as string))];
    const reopen = [
      ...new Set(
        dirty
          .filter((w) => w.newInbound)
          .map((w) => (w.isNew ? convIdByRoot.get(w.rootExternalId) : w.row.conversation_id))
          .filter((x): x is string => !!x),
      ),
    ];
    await refreshConversations(m, ws, convIds.filter((id) => !settled.has(id)), reopen);
    // Summaries: a settled conversation's is built from what was sent (its one message is among
    // `written`); the others are read, with the events' status update alongside.
    const summaryOf = new Map<string, ConversationSummary>();
    const writtenIn = new Map(written.map((r) => [r.conversation_id as string, r]));
    for (const [id, c] of settled) {
      const r = writtenIn.get(id);
      if (r) summaryOf.set(id, newConversationSummary({ id, workspace_id: ws, channel_id: ch, root_external_id: c.root, created_at: c.createdAt, state: c.state }, r as NewMessage));
    }
    const toRead = convIds.filter((id) => !summaryOf.has(id));
    if (toRead.length > 0) {
      for (const c of await new InboxRepository(m).summaries(ws, toRead, m, { sql: finishSql(3), params: [finished, eventIds] })) summaryOf.set(c.id, c);
    } else {
      await finish();
    }

    // 8. Realtime events, published by the caller after commit.
    const events: RealtimeEvent[] = [];
    for (const id of convIds) {
      const c = summaryOf.get(id);
      if (c) events.push({ workspaceId: ws, event: createdConvs.has(c.id) ? 'conversation.created' : 'conversation.updated', payload: c });
    }
    const createdIds = new Set(created.map((w) => w.row.external_id));
    for (const r of written) {
      const v = rowToMessageView(r);
      events.push({ workspaceId: ws, event: createdIds.has(v.externalId) ? 'message.created' : 'message.updated', payload: v });
    }
    return { created: created.length, updated: changed.length, events };
  }
}


const REF_COLUMNS = { authors: ['name'], posts: ['permalink', 'excerpt'] } as const;
type RefTable = keyof typeof REF_COLUMNS;
type RefRow = { external_id: string } & Record<string, string | null>;
/** What a batch needs back: the id of every author and post, and an author's stored name. */
type RefResult = { [T in RefTable]: Map<string, { id: string; name: string | null }> };
const refName = (table: RefTable, alias: string) => (table === 'authors' ? `${alias}.name` : 'NULL::text');

/**
 * Insert-if-missing for the authors and posts of a batch, returning their ids, in one statement
 * for both tables. Unlike INSERT … ON CONFLICT DO UPDATE it doesn't lock rows that are already
 * there: every comment on a popular post or by a frequent author would otherwise queue behind one
 * row lock until each job commits. Only rows whose values really changed are updated (and so
 * locked).
 *
 * Per table the statement inserts what its snapshot doesn't hold, updates what changed and reads
 * the rest. A row another transaction inserted after that snapshot is neither inserted (the
 * conflict waits for it, then does nothing) nor seen; such ids are read by a second statement,
 * which sees every committed row. That happens only when two jobs bring the same new author or
 * post at the same moment.
 */
async function upsertRefs(m: Queryable, workspaceId: string, channelId: string, want: { [T in RefTable]: RefRow[] }): Promise<RefResult> {
  const out: RefResult = { authors: new Map(), posts: new Map() };
  const params: unknown[] = [workspaceId, channelId];
  const ctes: string[] = [];
  const selects: string[] = [];
  for (const table of Object.keys(REF_COLUMNS) as RefTable[]) {
    const rows = want[table];
    if (rows.length === 0) continue;
    const cols = REF_COLUMNS[table];
    const first = params.length + 1;
    params.push(rows.map((r) => r.external_id), ...cols.map((c) => rows.map((r) => r[c] ?? null)));
    // Parallel arrays + unnest; every lookup goes through the (channel_id, external_id) index.
    const ids = `$${first}::text[]`;
    const unnest = `unnest(${ids}, ${cols.map((_, i) => `$${first + 1 + i}::text[]`).join(', ')}) AS x(external_id, ${cols.join(', ')})`;
    const name = (alias: string) => refName(table, alias);
    const changed = cols.map((c) => `(x.${c} IS NOT NULL AND k.${c} IS DISTINCT FROM x.${c})`).join(' OR ');
    ctes.push(
      `${table}_ins AS (
         INSERT INTO ${table} (workspace_id, channel_id, external_id, ${cols.join(', ')})
         SELECT $1, $2, x.external_id, ${cols.map((c) => `x.${c}`).join(', ')} FROM ${unnest}
          WHERE NOT EXISTS (SELECT 1 FROM ${table} t WHERE t.channel_id = $2 AND t.external_id = x.external_id)
         ON CONFLICT (channel_id, external_id) DO NOTHING
         RETURNING id, external_id, ${name(table)} AS name
       ), ${table}_upd AS (
         -- Rows found one index probe per element (LATERAL … OFFSET 0): under the generic plan
         -- the transaction keeps, a join of the array to the table was planned for ten elements
         -- and compared every element with every row (150 authors: 22,500 comparisons).
         UPDATE ${table} t SET ${cols.map((c) => `${c} = coalesce(x.${c}, t.${c})`).join(', ')}
           FROM ${unnest}
          CROSS JOIN LATERAL (SELECT k.id FROM ${table} k WHERE k.channel_id = $2 AND k.external_id = x.external_id AND (${changed}) OFFSET 0) k
          WHERE t.id = k.id AND t.workspace_id = $1
         RETURNING t.id, t.external_id, ${name('t')} AS name
       )`,
    );
    selects.push(
      `SELECT '${table}' AS tbl, id, external_id, name FROM ${table}_ins`,
      `SELECT '${table}', id, external_id, name FROM ${table}_upd`,
      `SELECT '${table}', t.id, t.external_id, ${name('t')} FROM ${table} t
        WHERE t.channel_id = $2 AND t.external_id = ANY(${ids}) AND NOT EXISTS (SELECT 1 FROM ${table}_upd u WHERE u.external_id = t.external_id)`,
    );
  }
  if (ctes.length === 0) return out;
  const rows = (await m.query(`WITH ${ctes.join(', ')}\n${selects.join('\nUNION ALL ')}`, params)) as { tbl: RefTable; id: string; external_id: string; name: string | null }[];
  for (const r of rows) out[r.tbl].set(r.external_id, { id: r.id, name: r.name });
  for (const table of Object.keys(REF_COLUMNS) as RefTable[]) {
    const missing = want[table].map((r) => r.external_id).filter((id) => !out[table].has(id));
    if (missing.length === 0) continue;
    const late = (await m.query(
      `SELECT t.id, t.external_id, ${refName(table, 't')} AS name FROM ${table} t WHERE t.channel_id = $1 AND t.external_id = ANY($2::text[])`,
      [channelId, missing],
    )) as { id: string; external_id: string; name: string | null }[];
    for (const r of late) out[table].set(r.external_id, { id: r.id, name: r.name });
  }
  return out;
}
