/**
 * The everyday workflow on a conversation: assignment, status, internal notes, label
 * corrections (kept and exportable to refine the rule packs), follow-ups and the record of
 * what a critique changed. Every change is audited in its own transaction and published to the
 * workspace's sockets after commit.
 */
import { LABELS, type Label } from '../../classifier/src/classifier.types.js';
import { refreshConversations } from '../../inbox/src/conversation-state.js';
import type { Queryable } from '../../inbox/src/inbox.repository.js';
import { iso, isoOrNull, rowToMessageView } from '../../inbox/src/inbox.repository.js';
import { JobName, reminderJobId } from '../../queue/src/queues.js';
import type { NoteView, ReminderView } from '../../realtime/src/events.js';
import type { RealtimeEvent } from '../../realtime/src/realtime-emitter.js';
import { audit } from './audit.js';
import {
  ANSWERING_ROLES,
  LEAD_ROLES,
  cleanText,
  conversationEvents,
  loadConversation,
  loadSettings,
  requireRole,
  type Actor,
  type WorkflowDeps,
} from './context.js';
import { DomainError, notFound } from './errors.js';

export const MAX_NOTE_LENGTH = 5000;
export const MAX_CHANGE_LENGTH = 2000;

export type Justified = 'yes' | 'partly' | 'no';

export interface CritiqueView {
  conversationId: string;
  justified: Justified;
  changeMade: string | null;
  communicated: boolean;
  communicatedAt: string | null;
  followUpDueAt: string | null;
  reminderFiredAt: string | null;
  recordedBy: string;
  updatedAt: string;
  /** a justified critique whose change was not communicated back in time */
  overdue: boolean;
}

export interface CorrectionLine {
  id: string;
  at: string;
  messageId: string;
  conversationId: string;
  by: string;
  byName: string | null;
  from: string | null;
  to: string;
  text: string | null;
  lang: string | null;
  rulesVersion: string | null;
  reasons: unknown[];
  note: string | null;
}


export class WorkflowService {
  constructor(private readonly deps: WorkflowDeps) {}

  private async tx<T>(work: (m: Queryable) => Promise<{ result: T; events: (m: Queryable) => Promise<RealtimeEvent[]> }>): Promise<T> {
    let events: RealtimeEvent[] = [];
    const result = await this.deps.ds.transaction(async (m) => {
      const out = await work(m);
      events = await out.events(m);
      return out.result;
    });
    this.deps.publish(events);
    return result;
  }

  /** Leads and admins assign anyone who answers; agents take or give back their own. */
  async assign(actor: Actor, conversationId: string, assigneeId: string | null): Promise<void> {
    requireRole(actor, ANSWERING_ROLES, 'assigning');
    await this.tx(async (m) => {
      const c = await loadConversation(m, actor.workspaceId, conversationId, true);
      const lead = LEAD_ROLES.includes(actor.role);
      if (!lead) {
        if (assigneeId !== null && assigneeId !== actor.userId) {
          throw new DomainError('forbidden', 'assign_others', 'agents assign conversations to themselves only; a lead assigns colleagues');
        }
        if (c.assignee_id !== null && c.assignee_id !== actor.userId) {
          throw new DomainError('conflict', 'assigned_to_colleague', 'this conversation is assigned to a colleague; ask them or a lead to hand it over', { assigneeId: c.assignee_id });
        }
      }
      if (assigneeId !== null) {
        const [member] = (await m.query(`SELECT role FROM memberships WHERE workspace_id = $1 AND user_id = $2`, [actor.workspaceId, assigneeId])) as { role: string }[];
        if (!member) throw new DomainError('invalid', 'not_a_member', `user ${assigneeId} is not a member of this workspace`);
        if (member.role === 'exec') throw new DomainError('invalid', 'cannot_answer', 'executives read only; assign an agent, a lead or an admin');
      }
      if (c.assignee_id === assigneeId) return { result: undefined, events: async () => [] };
      await m.query(`UPDATE conversations SET assignee_id = $3, assigned_at = CASE WHEN $3::uuid IS NULL THEN NULL ELSE now() END, updated_at = now() WHERE workspace_id = $1 AND id = $2`, [
        actor.workspaceId,
        conversationId,
        assigneeId,
      ]);
      await audit(m, { workspaceId: actor.workspaceId, actorId: actor.userId, action: 'conversation.assigned', subjectType: 'conversation', subjectId: conversationId, conversationId, data: { from: c.assignee_id, to: assigneeId } });
      return { result: undefined, events: (mm) => conversationEvents(mm, actor.workspaceId, [conversationId]) };
    });
  }

  /**
   * open ↔ resolved by hand ('answered' is set by a reply). Resolving doesn't make anything
   * answered: response times and removed complaints stay as they are.
   */
  async setStatus(actor: Actor, conversationId: string, status: 'open' | 'resolved'): Promise<void> {
    requireRole(actor, ANSWERING_ROLES, 'changing the status');
    await this.tx(async (m) => {
      const c = await loadConversation(m, actor.workspaceId, conversationId, true);
      if (c.status === status) return { result: undefined, events: async () => [] };
      await m.query(`UPDATE conversations SET status = $3, resolved_at = CASE WHEN $3 = 'resolved' THEN now() ELSE NULL END, updated_at = now() WHERE workspace_id = $1 AND id = $2`, [
        actor.workspaceId,
        conversationId,
        status,
      ]);
      await audit(m, { workspaceId: actor.workspaceId, actorId: actor.userId, action: 'conversation.status_changed', subjectType: 'conversation', subjectId: conversationId, conversationId, data: { from: c.status, to: status } });
      return { result: undefined, events: (mm) => conversationEvents(mm, actor.workspaceId, [conversationId]) };
    });
  }

  /** An internal note: visible to the team only, never sent to the platform, never a response. */
  async addNote(actor: Actor, conversationId: string, rawBody: unknown): Promise<NoteView> {
    requireRole(actor, ANSWERING_ROLES, 'writing notes');
    const body = cleanText(rawBody, 'body', MAX_NOTE_LENGTH, { required: true })!;
    return this.tx(async (m) => {
      await loadConversation(m, actor.workspaceId, conversationId);
      const [row] = (await m.query(
        `INSERT INTO notes (workspace_id, conversation_id, author_user_id, body) VALUES ($1, $2, $3, $4)
         RETURNING id, workspace_id, conversation_id, author_user_id, body, created_at, (SELECT name FROM users WHERE id = $3) AS author_name`,
        [actor.workspaceId, conversationId, actor.userId, body],
      )) as NoteRow[];
      await audit(m, { workspaceId: actor.workspaceId, actorId: actor.userId, action: 'note.added', subjectType: 'note', subjectId: row!.id, conversationId, data: { length: body.length } });
      const note = toNote(row!);
      return { result: note, events: async () => [{ workspaceId: actor.workspaceId, event: 'note.created', payload: note }] };
    });
  }

  async notes(workspaceId: string, conversationId: string, db: Queryable = this.deps.ds): Promise<NoteView[]> {
    const rows = (await db.query(
      `SELECT n.id, n.workspace_id, n.conversation_id, n.author_user_id, n.body, n.created_at, u.name AS author_name
         FROM notes n LEFT JOIN users u ON u.id = n.author_user_id WHERE n.workspace_id = $1 AND n.conversation_id = $2 ORDER BY n.created_at, n.id`,
      [workspaceId, conversationId],
    )) as NoteRow[];
    return rows.map(toNote);
  }

  /** A person corrects the classifier: kept as a correction (who, when, from → to, the text). */
  async relabel(actor: Actor, messageId: string, rawLabel: unknown, rawNote: unknown): Promise<{ from: string | null; to: Label }> {
    requireRole(actor, ANSWERING_ROLES, 'correcting labels');
    if (typeof rawLabel !== 'string' || !(LABELS as readonly string[]).includes(rawLabel)) {
      throw new DomainError('invalid', 'invalid_input', `label must be one of ${LABELS.join(', ')}`, { field: 'label' });
    }
    const label = rawLabel as Label;
    const note = cleanText(rawNote, 'note', 1000);
    return this.tx(async (m) => {
      const [msg] = (await m.query(
        `SELECT id, conversation_id, direction, label, text, lang, rules_version, reasons, is_stub FROM messages WHERE workspace_id = $1 AND id = $2 FOR UPDATE`,
        [actor.workspaceId, messageId],
      )) as { id: string; conversation_id: string; direction: string; label: string | null; text: string | null; lang: string | null; rules_version: string | null; reasons: unknown[]; is_stub: boolean }[];
      if (!msg) throw notFound('message', messageId);
      if (msg.direction !== 'inbound') throw new DomainError('invalid', 'not_inbound', 'only messages from the public carry a label');
      if (msg.label === label) throw new DomainError('conflict', 'unchanged', `the message is already labelled ${label}`);
      await m.query(
        `INSERT INTO label_corrections (workspace_id, message_id, conversation_id, user_id, from_label, to_label, text, lang, rules_version, reasons, note)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
        [actor.workspaceId, messageId, msg.conversation_id, actor.userId, msg.label, label, msg.text, msg.lang, msg.rules_version, JSON.stringify(msg.reasons ?? []), note],
      );
      await m.query(`UPDATE messages SET label = $3, label_corrected_at = now(), label_corrected_by = $4, updated_at = now() WHERE workspace_id = $1 AND id = $2`, [
        actor.workspaceId,
        messageId,
        label,
        actor.userId,
      ]);
      await refreshConversations(m, actor.workspaceId, [msg.conversation_id]);
      await audit(m, { workspaceId: actor.workspaceId, actorId: actor.userId, action: 'message.relabelled', subjectType: 'message', subjectId: messageId, conversationId: msg.conversation_id, data: { from: msg.label, to: label, note } });
      return {
        result: { from: msg.label, to: label },
        events: async (mm) => {
          const rows = (await mm.query(
            `SELECT m.*, a.external_id AS author_external_id, a.name AS author_name FROM messages m LEFT JOIN authors a ON a.id = m.author_id WHERE m.workspace_id = $1 AND m.id = $2`,
            [actor.workspaceId, messageId],
          )) as Record<string, unknown>[];
          return [
            ...rows.map((r) => ({ workspaceId: actor.workspaceId, event: 'message.updated' as const, payload: rowToMessageView(r) })),
            ...(await conversationEvents(mm, actor.workspaceId, [msg.conversation_id])),
          ];
        },
      };
    });
  }

  /** Label corrections, oldest first, in pages (for a JSONL export). */
  async corrections(workspaceId: string, opts: { afterId?: string; since?: Date; limit: number }): Promise<CorrectionLine[]> {
    const rows = (await this.deps.ds.query(
      `SELECT lc.id::text, lc.created_at, lc.message_id, lc.conversation_id, lc.user_id, u.name AS user_name, lc.from_label, lc.to_label,
              lc.text, lc.lang, lc.rules_version, lc.reasons, lc.note
         FROM label_corrections lc LEFT JOIN users u ON u.id = lc.user_id
        WHERE lc.workspace_id = $1 AND lc.id > $2::bigint AND ($3::timestamptz IS NULL OR lc.created_at >= $3)
        ORDER BY lc.id LIMIT $4`,
      [workspaceId, opts.afterId ?? '0', opts.since?.toISOString() ?? null, opts.limit],
    )) as { id: string; created_at: Date; message_id: string; conversation_id: string; user_id: string; user_name: string | null; from_label: string | null; to_label: string; text: string | null; lang: string | null; rules_version: string | null; reasons: unknown[]; note: string | null }[];
    return rows.map((r) => ({
      id: r.id,
      at: iso(r.created_at),
      messageId: r.message_id,
      conversationId: r.conversation_id,
      by: r.user_id,
      byName: r.user_name,
      from: r.from_label,
      to: r.to_label,
      text: r.text,
      lang: r.lang,
      rulesVersion: r.rules_version,
      reasons: r.reasons,
      note: r.note,
    }));
  }

  /** A reminder on the conversation (the reply check asks for one after "we'll look into it"). */
  async setFollowUp(actor: Actor, conversationId: string, at: Date | null, rawNote: unknown): Promise<void> {
    requireRole(actor, ANSWERING_ROLES, 'setting a follow-up');
    const note = cleanText(rawNote, 'note', 1000);
    if (at && Number.isNaN(at.getTime())) throw new DomainError('invalid', 'invalid_input', 'at must be a date-time', { field: 'at' });
    await this.tx(async (m) => {
      await loadConversation(m, actor.workspaceId, conversationId, true);
      await m.query(`UPDATE conversations SET follow_up_at = $3, follow_up_note = $4, updated_at = now() WHERE workspace_id = $1 AND id = $2`, [
        actor.workspaceId,
        conversationId,
        at?.toISOString() ?? null,
        at ? note : null,
      ]);
      await audit(m, { workspaceId: actor.workspaceId, actorId: actor.userId, action: 'conversation.follow_up_set', subjectType: 'conversation', subjectId: conversationId, conversationId, data: { at: at?.toISOString() ?? null, note } });
      return { result: undefined, events: (mm) => conversationEvents(mm, actor.workspaceId, [conversationId]) };
    });
    if (at) await this.schedule(JobName.FollowUp, actor.workspaceId, conversationId, at);
  }

  /**
   * What a complaint changed: justified (yes / partly / no), the change, and whether it was
   * communicated back publicly. A justified critique not communicated back gets a reminder
   * after the workspace's follow-up days.
   */
  async recordCritique(actor: Actor, conversationId: string, input: { justified: unknown; changeMade?: unknown; communicated?: unknown }): Promise<CritiqueView> {
    requireRole(actor, ANSWERING_ROLES, 'recording what a critique changed');
    if (input.justified !== 'yes' && input.justified !== 'partly' && input.justified !== 'no') {
      throw new DomainError('invalid', 'invalid_input', 'justified must be yes, partly or no', { field: 'justified' });
    }
    const justified = input.justified as Justified;
    const changeMade = cleanText(input.changeMade, 'changeMade', MAX_CHANGE_LENGTH);
    if (input.communicated !== undefined && typeof input.communicated !== 'boolean') {
      throw new DomainError('invalid', 'invalid_input', 'communicated must be true or false', { field: 'communicated' });
    }
    const communicated = input.communicated === true;
    if (justified !== 'no' && communicated && !changeMade) {
      throw new DomainError('invalid', 'invalid_input', 'say what changed (changeMade) before marking it communicated', { field: 'changeMade' });
    }
    let schedule: Date | null = null;
    const view = await this.tx(async (m) => {
      await loadConversation(m, actor.workspaceId, conversationId, true);
      const [hasComplaint] = (await m.query(
        `SELECT 1 FROM messages WHERE workspace_id = $1 AND conversation_id = $2 AND direction = 'inbound' AND label = 'complaint' LIMIT 1`,
        [actor.workspaceId, conversationId],
      )) as unknown[];
      if (!hasComplaint) throw new DomainError('invalid', 'not_a_complaint', 'this conversation has no complaint; relabel the message first if it is one');
      const settings = await loadSettings(m, actor.workspaceId);
      const [prev] = (await m.query(`SELECT follow_up_due_at FROM critique_outcomes WHERE conversation_id = $1 AND workspace_id = $2`, [conversationId, actor.workspaceId])) as {
        follow_up_due_at: Date | null;
      }[];
      const needsFollowUp = justified !== 'no' && !communicated;
      const due = needsFollowUp ? (prev?.follow_up_due_at ?? new Date(Date.now() + settings.followUpDays * 86_400_000)) : null;
      const [row] = (await m.query(
        `INSERT INTO critique_outcomes AS co (conversation_id, workspace_id, justified, change_made, communicated, communicated_at, follow_up_due_at, recorded_by)
         VALUES ($1, $2, $3, $4, $5, CASE WHEN $5 THEN now() END, $6, $7)
         ON CONFLICT (conversation_id) DO UPDATE SET justified = EXCLUDED.justified, change_made = EXCLUDED.change_made, communicated = EXCLUDED.communicated,
           communicated_at = CASE WHEN EXCLUDED.communicated THEN coalesce(co.communicated_at, now()) END,
           follow_up_due_at = EXCLUDED.follow_up_due_at, reminder_fired_at = CASE WHEN EXCLUDED.follow_up_due_at IS NULL THEN NULL ELSE co.reminder_fired_at END,
           recorded_by = EXCLUDED.recorded_by, updated_at = now()
         RETURNING *`,
        [conversationId, actor.workspaceId, justified, changeMade, communicated, due?.toISOString() ?? null, actor.userId],
      )) as CritiqueRow[];
      await audit(m, { workspaceId: actor.workspaceId, actorId: actor.userId, action: 'critique.recorded', subjectType: 'critique', subjectId: conversationId, conversationId, data: { justified, changeMade, communicated } });
      if (due && !prev?.follow_up_due_at) schedule = due;
      return { result: toCritique(row!), events: (mm) => conversationEvents(mm, actor.workspaceId, [conversationId]) };
    });
    if (schedule) await this.schedule(JobName.CritiqueFollowUp, actor.workspaceId, conversationId, schedule);
    return view;
  }

  /** A delayed job at the due time; one per (conversation, due time), so scheduling twice is a no-op. */
  private async schedule(name: JobName.FollowUp | JobName.CritiqueFollowUp, workspaceId: string, conversationId: string, due: Date): Promise<void> {
    await this.deps.reminders.add(name, { workspaceId, conversationId, dueAt: due.toISOString() }, {
      jobId: reminderJobId(name === JobName.FollowUp ? 'followup' : 'critique', conversationId, due),
      delay: Math.max(0, due.getTime() - Date.now()),
      removeOnComplete: true,
      removeOnFail: false,
      attempts: 5,
      backoff: { type: 'exponential', delay: 1000 },
    });
  }

  async critique(workspaceId: string, conversationId: string, db: Queryable = this.deps.ds): Promise<CritiqueView | null> {
    const [row] = (await db.query(`SELECT * FROM critique_outcomes WHERE workspace_id = $1 AND conversation_id = $2`, [workspaceId, conversationId])) as CritiqueRow[];
    return row ? toCritique(row) : null;
  }

  /** Critique outcomes of the workspace; `overdue`: justified, not communicated, past due. */
  async critiques(workspaceId: string, opts: { overdue?: boolean; limit: number }): Promise<CritiqueView[]> {
    const rows = (await this.deps.ds.query(
      `SELECT * FROM critique_outcomes WHERE workspace_id = $1
          AND (NOT $2::boolean OR (NOT communicated AND follow_up_due_at IS NOT NULL AND follow_up_due_at <= now()))
        ORDER BY coalesce(follow_up_due_at, updated_at) LIMIT $3`,
      [workspaceId, opts.overdue === true, opts.limit],
    )) as CritiqueRow[];
    return rows.map(toCritique);
  }

  /**
   * Fired by the reminders queue at the due time. Does nothing when the outcome changed since
   * (communicated, or a new due time), so a stale job never nags.
   */
  async fireReminder(kind: 'critique_follow_up' | 'follow_up', workspaceId: string, conversationId: string, dueAt: string): Promise<boolean> {
    let fired: ReminderView | null = null;
    await this.deps.ds.transaction(async (m) => {
      if (kind === 'critique_follow_up') {
        const [row] = (await m.query(
          `WITH upd AS (
             UPDATE critique_outcomes SET reminder_fired_at = now()
              WHERE workspace_id = $1 AND conversation_id = $2 AND NOT communicated AND follow_up_due_at = $3::timestamptz AND reminder_fired_at IS NULL
             RETURNING change_made)
           SELECT * FROM upd`,
          [workspaceId, conversationId, dueAt],
        )) as { change_made: string | null }[];
        if (!row) return;
        await audit(m, { workspaceId, actorId: null, action: 'critique.follow_up_overdue', subjectType: 'critique', subjectId: conversationId, conversationId, data: { dueAt } });
        fired = { workspaceId, conversationId, kind, dueAt, note: row.change_made };
      } else {
        const [row] = (await m.query(`SELECT follow_up_note FROM conversations WHERE workspace_id = $1 AND id = $2 AND follow_up_at = $3::timestamptz`, [
          workspaceId,
          conversationId,
          dueAt,
        ])) as { follow_up_note: string | null }[];
        if (!row) return;
        fired = { workspaceId, conversationId, kind, dueAt, note: row.follow_up_note };
      }
    });
    if (fired) this.deps.publish([{ workspaceId, event: 'reminder.due', payload: fired }]);
    return fired !== null;
  }
}

interface NoteRow {
  id: string;
  workspace_id: string;
  conversation_id: string;
  author_user_id: string;
  author_name: string | null;
  body: string;
  created_at: Date;
}

function toNote(r: NoteRow): NoteView {
  return { id: r.id, workspaceId: r.workspace_id, conversationId: r.conversation_id, authorId: r.author_user_id, authorName: r.author_name, body: r.body, createdAt: iso(r.created_at) };
}

interface CritiqueRow {
  conversation_id: string;
  justified: Justified;
  change_made: string | null;
  communicated: boolean;
  communicated_at: Date | null;
  follow_up_due_at: Date | null;
  reminder_fired_at: Date | null;
  recorded_by: string;
  updated_at: Date;
}

function toCritique(r: CritiqueRow): CritiqueView {
  return {
    conversationId: r.conversation_id,
    justified: r.justified,
    changeMade: r.change_made,
    communicated: r.communicated,
    communicatedAt: isoOrNull(r.communicated_at),
    followUpDueAt: isoOrNull(r.follow_up_due_at),
    reminderFiredAt: isoOrNull(r.reminder_fired_at),
    recordedBy: r.recorded_by,
    updatedAt: iso(r.updated_at),
    overdue: !r.communicated && r.follow_up_due_at !== null && new Date(r.follow_up_due_at).getTime() <= Date.now(),
  };
}
