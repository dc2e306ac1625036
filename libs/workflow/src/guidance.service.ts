/**
 * Guidance in a workspace: playbooks for a conversation's label and flags in the workspace's
 * language and form of address, its reply templates (defaults merged with the admins'
 * overrides), and the reply check with the workspace's context (templates, today's replies).
 */
import { FLAGS, type Flag, type Label } from '../../classifier/src/classifier.types.js';
import {
  GUIDANCE_VERSION,
  checkReply,
  getDefaultTemplates,
  getPlaybook,
  mergeTemplates,
  renderTemplate,
  validateTemplate,
  TemplateValidationError,
  type Finding,
  type Playbook,
  type Template,
  type TemplateOverride,
} from '../../guidance/src/index.js';
import type { Queryable } from '../../inbox/src/inbox.repository.js';
import { audit } from './audit.js';
import { cleanText, loadConversation, loadSettings, requireRole, userName, type Actor, type WorkflowDeps, type WorkspaceSettings } from './context.js';
import { DomainError, notFound } from './errors.js';

export interface TemplateView extends Template {
  /** default: shipped with the product; changed: a default the admins edited; custom: added by the admins */
  source: 'default' | 'changed' | 'custom';
  disabled: boolean;
}

export interface ConversationGuidance {
  version: string;
  locale: 'de' | 'en';
  address: 'Sie' | 'du';
  label: Label;
  flags: Flag[];
  playbooks: (Omit<Playbook, 'templates'> & { templates: (Template & { rendered: string })[] })[];
}

interface OverrideRow {
  template_id: string;
  title: string | null;
  body: string | null;
  disabled: boolean;
}

const TEMPLATE_ID = /^[a-z][a-z0-9_-]{0,40}\.[a-z0-9][a-z0-9_-]{0,60}$/;

export class GuidanceService {
  /** today's reply texts per workspace, the same array instance between keystrokes (the check indexes it once) */
  private readonly recent = new Map<string, { until: number; texts: string[] }>();

  constructor(private readonly deps: WorkflowDeps) {}

  private async overrides(db: Queryable, workspaceId: string): Promise<TemplateOverride[]> {
    const rows = (await db.query(`SELECT template_id, title, body, disabled FROM workspace_templates WHERE workspace_id = $1 ORDER BY updated_at, template_id`, [
      workspaceId,
    ])) as OverrideRow[];
    return rows.map((r) => ({ id: r.template_id, ...(r.title !== null ? { title: r.title } : {}), ...(r.body !== null ? { body: r.body } : {}), ...(r.disabled ? { disabled: true } : {}) }));
  }

  /** Every template of the workspace, disabled defaults included (marked), for the admin screen. */
  async templates(workspaceId: string, db: Queryable = this.deps.ds): Promise<TemplateView[]> {
    const s = await loadSettings(db, workspaceId);
    const defaults = getDefaultTemplates(s.locale, s.addressForm);
    const overrides = await this.overrides(db, workspaceId);
    const byId = new Map(overrides.map((o) => [o.id, o]));
    const merged = mergeTemplates(defaults, overrides);
    const mergedIds = new Set(merged.map((t) => t.id));
    const out: TemplateView[] = [];
    for (const d of defaults) {
      const o = byId.get(d.id);
      if (!mergedIds.has(d.id)) out.push({ ...d, source: 'changed', disabled: true });
      else out.push({ ...merged.find((t) => t.id === d.id)!, source: o ? 'changed' : 'default', disabled: false });
    }
    const defaultIds = new Set(defaults.map((d) => d.id));
    for (const t of merged) if (!defaultIds.has(t.id)) out.push({ ...t, source: 'custom', disabled: false });
    return out;
  }

  /** An admin edits, disables or adds a template; validated before it is stored. */
  async setTemplate(actor: Actor, templateId: string, input: { title?: unknown; body?: unknown; disabled?: unknown }): Promise<TemplateView> {
    requireRole(actor, ['admin'], 'editing templates');
    if (!TEMPLATE_ID.test(templateId)) {
      throw new DomainError('invalid', 'invalid_template', 'template ids look like "complaint.sorry-dm": a playbook key, a dot, lower-case letters, digits, - or _');
    }
    const title = cleanText(input.title, 'title', 120);
    const body = input.body === undefined ? null : cleanText(input.body, 'body', 2000, { required: true });
    if (input.disabled !== undefined && typeof input.disabled !== 'boolean') throw new DomainError('invalid', 'invalid_input', 'disabled must be true or false', { field: 'disabled' });
    const disabled = input.disabled === true;
    return this.deps.ds.transaction(async (m) => {
      const s = await loadSettings(m, actor.workspaceId);
      if (body !== null) {
        const v = validateTemplate({ id: templateId, title: title ?? undefined, body }, { locale: s.locale });
        if (!v.ok) throw new DomainError('invalid', 'invalid_template', v.issues.map((i) => i.message).join(' '), { issues: v.issues });
      }
      const others = (await this.overrides(m, actor.workspaceId)).filter((o) => o.id !== templateId);
      const mine: TemplateOverride = { id: templateId, ...(title !== null ? { title } : {}), ...(body !== null ? { body } : {}), ...(disabled ? { disabled } : {}) };
      try {
        mergeTemplates(getDefaultTemplates(s.locale, s.addressForm), [...others, mine]);
      } catch (e) {
        if (e instanceof TemplateValidationError) throw new DomainError('invalid', 'invalid_template', e.message, { problems: e.problems });
        throw e;
      }
      await m.query(
        `INSERT INTO workspace_templates (workspace_id, template_id, title, body, disabled, updated_by) VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT (workspace_id, template_id) DO UPDATE SET title = EXCLUDED.title, body = EXCLUDED.body, disabled = EXCLUDED.disabled,
           updated_by = EXCLUDED.updated_by, updated_at = now()`,
        [actor.workspaceId, templateId, title, body, disabled, actor.userId],
      );
      await audit(m, { workspaceId: actor.workspaceId, actorId: actor.userId, action: 'template.changed', subjectType: 'template', subjectId: templateId, data: { title, body, disabled } });
      const all = await this.templates(actor.workspaceId, m);
      return all.find((t) => t.id === templateId)!;
    });
  }

  /** Drops the workspace's change: a default comes back as shipped, a custom template goes. */
  async resetTemplate(actor: Actor, templateId: string): Promise<void> {
    requireRole(actor, ['admin'], 'editing templates');
    await this.deps.ds.transaction(async (m) => {
      const rows = (await m.query(`WITH d AS (DELETE FROM workspace_templates WHERE workspace_id = $1 AND template_id = $2 RETURNING template_id) SELECT * FROM d`, [
        actor.workspaceId,
        templateId,
      ])) as unknown[];
      if (rows.length === 0) throw notFound('template change', templateId);
      await audit(m, { workspaceId: actor.workspaceId, actorId: actor.userId, action: 'template.reset', subjectType: 'template', subjectId: templateId });
    });
  }

  /** Playbooks for the conversation's label and the flags of its waiting messages, templates filled in. */
  async forConversation(actor: Actor, conversationId: string): Promise<ConversationGuidance> {
    const db = this.deps.ds;
    const c = await loadConversation(db, actor.workspaceId, conversationId);
    const s = await loadSettings(db, actor.workspaceId);
    const [info] = (await db.query(
      `SELECT coalesce(array_agg(DISTINCT f) FILTER (WHERE f IS NOT NULL), '{}') AS flags,
              (SELECT a.name FROM messages r LEFT JOIN authors a ON a.id = r.author_id
                WHERE r.conversation_id = $2 AND r.direction = 'inbound' AND NOT r.is_stub ORDER BY r.sent_at DESC LIMIT 1) AS author_name
         FROM messages m LEFT JOIN LATERAL unnest(m.flags) f ON true
        WHERE m.workspace_id = $1 AND m.conversation_id = $2 AND m.direction = 'inbound' AND (m.first_response_at IS NULL OR m.label = 'complaint')`,
      [actor.workspaceId, conversationId],
    )) as { flags: string[]; author_name: string | null }[];
    const flags = (info?.flags ?? []).filter((f): f is Flag => (FLAGS as readonly string[]).includes(f));
    const label = c.label as Label;
    const playbooks = getPlaybook({ label, flags, locale: s.locale, address: s.addressForm });
    const overrides = await this.overrides(db, actor.workspaceId);
    const agentName = await userName(db, actor.userId);
    const values = { authorName: info?.author_name ?? null, agentName, brand: s.brand ?? s.name };
    return {
      version: GUIDANCE_VERSION,
      locale: s.locale,
      address: s.addressForm,
      label,
      flags,
      playbooks: playbooks.map((p) => {
        const own = overrides.filter((o) => p.templates.some((t) => t.id === o.id) || o.id.startsWith(`${p.id}.`));
        const templates = mergeTemplates(p.templates, own);
        return { ...p, templates: templates.map((t) => ({ ...t, rendered: renderTemplate(t, values) })) };
      }),
    };
  }

  /**
   * The reply check for a draft, with what the workspace knows: its language and address, the
   * comment answered (label, flags, text), its templates, the replies posted today, and whether
   * a follow-up is set on the conversation.
   */
  async check(
    workspaceId: string,
    draft: string,
    opts: { conversationId?: string; messageId?: string; followUpSet?: boolean },
    db: Queryable = this.deps.ds,
  ): Promise<{ findings: Finding[]; version: string }> {
    const s = await loadSettings(db, workspaceId);
    let label: Label | undefined;
    let flags: Flag[] = [];
    let inboundText: string | undefined;
    let followUpSet = opts.followUpSet;
    if (opts.conversationId || opts.messageId) {
      const [row] = (await db.query(
        `SELECT m.label, m.flags, m.text, c.follow_up_at FROM messages m JOIN conversations c ON c.id = m.conversation_id
          WHERE m.workspace_id = $1 AND m.direction = 'inbound' AND NOT m.is_stub
            AND (($2::uuid IS NOT NULL AND m.id = $2) OR ($2::uuid IS NULL AND m.conversation_id = $3::uuid))
          ORDER BY (m.first_response_at IS NULL) DESC, CASE m.label WHEN 'complaint' THEN 0 WHEN 'question' THEN 1 ELSE 2 END, m.sent_at DESC LIMIT 1`,
        [workspaceId, opts.messageId ?? null, opts.conversationId ?? null],
      )) as { label: Label | null; flags: Flag[]; text: string | null; follow_up_at: Date | null }[];
      if (!row) throw notFound(opts.messageId ? 'message' : 'conversation', (opts.messageId ?? opts.conversationId)!);
      label = row.label ?? undefined;
      flags = row.flags;
      inboundText = row.text ?? undefined;
      followUpSet ??= row.follow_up_at !== null && new Date(row.follow_up_at).getTime() > Date.now();
    }
    const templates = mergeTemplates(getDefaultTemplates(s.locale, s.addressForm), await this.overrides(db, workspaceId));
    const findings = checkReply(draft, {
      locale: s.locale,
      address: s.addressForm,
      label,
      flags,
      inboundText,
      templates,
      recentReplies: await this.recentReplies(db, s),
      followUpSet: followUpSet ?? false,
    });
    return { findings, version: GUIDANCE_VERSION };
  }

  /** Replies the team sent today (workspace time zone), refreshed every few seconds. */
  private async recentReplies(db: Queryable, s: WorkspaceSettings): Promise<string[]> {
    const hit = this.recent.get(s.id);
    if (hit && hit.until > Date.now()) return hit.texts;
    const rows = (await db.query(
      `SELECT text FROM replies WHERE workspace_id = $1 AND state IN ('queued', 'sending', 'sent')
          AND created_at >= date_trunc('day', now() AT TIME ZONE $2) AT TIME ZONE $2
        ORDER BY created_at DESC LIMIT 500`,
      [s.id, s.timezone],
    )) as { text: string }[];
    const texts = rows.map((r) => r.text);
    this.recent.set(s.id, { until: Date.now() + 5000, texts });
    return texts;
  }
}
