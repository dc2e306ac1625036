/**
 * Reply templates: rendering, validation of admin-written templates, and merging a
 * workspace's overrides over the defaults. Templates are plain text; the UI escapes on display.
 */
import type {
  Locale,
  Placeholder,
  Span,
  Template,
  TemplateInput,
  TemplateIssue,
  TemplateOverride,
  TemplateValidation,
  TemplateValues,
} from './guidance.types.js';

export const PLACEHOLDERS: readonly Placeholder[] = ['authorName', 'agentName', 'brand'];
export const MAX_TEMPLATE_LENGTH = 2000;
export const MAX_TITLE_LENGTH = 120;
/** longest value inserted for a placeholder; platform display names are far shorter */
const MAX_VALUE_LENGTH = 200;

const PLACEHOLDER_SET: ReadonlySet<string> = new Set(PLACEHOLDERS);
/** `{{name}}`, tolerating inner spaces (`{{ name }}`) */
const PLACEHOLDER_RE = /\{\{\s*([^{}\s]*)\s*\}\}/g;
const TEMPLATE_ID_RE = /^[a-z0-9][a-z0-9._-]{0,79}$/;
const CONTROL_RE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;
const WHITESPACE_RE = /\s+/g;

function sanitizeValue(value: string): string {
  const clean = value.replace(CONTROL_RE, '').replace(WHITESPACE_RE, ' ').trim();
  return clean.length > MAX_VALUE_LENGTH ? clean.slice(0, MAX_VALUE_LENGTH) : clean;
}

/**
 * Fills `{{authorName}}`, `{{agentName}}`, `{{brand}}`. Values are plain text: they are not
 * expanded again (a name like "{{brand}}" stays literal), `$` patterns mean nothing, line
 * breaks collapse to a space. Unknown placeholders and known ones without a (non-blank) value
 * stay visible, so the reply check flags them instead of a silent gap being posted.
 */
export function renderTemplate(template: string | Pick<Template, 'body'>, values: TemplateValues): string {
  const body = typeof template === 'string' ? template : template.body;
  return body.replace(PLACEHOLDER_RE, (whole: string, name: string) => {
    if (!PLACEHOLDER_SET.has(name)) return whole;
    const raw = values[name as Placeholder];
    if (typeof raw !== 'string') return whole;
    const value = sanitizeValue(raw);
    return value === '' ? whole : value;
  });
}

/** Placeholder names used in a body, in order of first appearance (known or not). */
export function listPlaceholders(body: string): string[] {
  const seen = new Set<string>();
  for (const m of body.matchAll(PLACEHOLDER_RE)) seen.add(m[1] ?? '');
  return [...seen];
}

type IssueText = { en: string; de: string };

function issue(code: TemplateIssue['code'], text: IssueText, locale: Locale, span: Span | null): TemplateIssue {
  return { code, message: text[locale], span };
}

function closestPlaceholder(name: string): Placeholder | null {
  const lower = name.toLowerCase();
  for (const p of PLACEHOLDERS) {
    const pl = p.toLowerCase();
    if (pl === lower || pl.startsWith(lower) || lower.startsWith(pl.slice(0, 4))) return p;
  }
  if (/name|autor|author|kunde|user/.test(lower)) return 'authorName';
  if (/agent|mitarbeit|team|sign/.test(lower)) return 'agentName';
  if (/firma|marke|company|shop/.test(lower)) return 'brand';
  return null;
}

/**
 * Checks an admin-written template. Issues carry a code, a message in `locale` and the
 * offending span of the body. `ok` is true when there are no issues.
 */
export function validateTemplate(input: TemplateInput | string, options: { locale?: Locale } = {}): TemplateValidation {
  const locale = options.locale ?? 'en';
  const tpl: TemplateInput = typeof input === 'string' ? { body: input } : input;
  const issues: TemplateIssue[] = [];

  if (tpl.id !== undefined && !TEMPLATE_ID_RE.test(tpl.id)) {
    issues.push(
      issue(
        'invalid_id',
        {
          en: `Template id "${tpl.id}" is invalid: use 1–80 lowercase letters, digits, ".", "_" or "-", starting with a letter or digit (e.g. "complaint.sorry-dm").`,
          de: `Die Vorlagen-ID „${tpl.id}“ ist ungültig: erlaubt sind 1–80 Kleinbuchstaben, Ziffern, „.“, „_“ oder „-“, beginnend mit Buchstabe oder Ziffer (z. B. „complaint.sorry-dm“).`,
        },
        locale,
        null,
      ),
    );
  }
  if (tpl.title !== undefined && tpl.title.trim() === '') {
    issues.push(issue('empty', { en: 'The title is empty.', de: 'Der Titel ist leer.' }, locale, null));
  } else if (tpl.title !== undefined && tpl.title.length > MAX_TITLE_LENGTH) {
    issues.push(
      issue(
        'too_long',
        {
          en: `The title is ${tpl.title.length} characters long; the limit is ${MAX_TITLE_LENGTH}.`,
          de: `Der Titel ist ${tpl.title.length} Zeichen lang, erlaubt sind ${MAX_TITLE_LENGTH}.`,
        },
        locale,
        null,
      ),
    );
  }

  const body = typeof tpl.body === 'string' ? tpl.body : '';
  if (body.trim() === '') {
    issues.push(
      issue('empty', { en: 'The template text is empty.', de: 'Der Vorlagentext ist leer.' }, locale, null),
    );
    return { ok: false, issues };
  }

  const length = [...body].length;
  if (length > MAX_TEMPLATE_LENGTH) {
    issues.push(
      issue(
        'too_long',
        {
          en: `The template is ${length} characters long; the limit is ${MAX_TEMPLATE_LENGTH}. Public replies work best short — move details to a DM.`,
          de: `Die Vorlage ist ${length} Zeichen lang, erlaubt sind ${MAX_TEMPLATE_LENGTH}. Öffentliche Antworten wirken kurz am besten – Details gehören in die Direktnachricht.`,
        },
        locale,
        { start: MAX_TEMPLATE_LENGTH, end: body.length },
      ),
    );
  }

  // Every `{{` must open a well-formed placeholder and every `}}` must close one.
  const covered: Span[] = [];
  for (const m of body.matchAll(PLACEHOLDER_RE)) {
    const start = m.index;
    const end = start + m[0].length;
    covered.push({ start, end });
    const name = m[1] ?? '';
    if (PLACEHOLDER_SET.has(name)) continue;
    const hint = closestPlaceholder(name);
    const known = PLACEHOLDERS.map((p) => `{{${p}}}`).join(', ');
    issues.push(
      issue(
        'unknown_placeholder',
        {
          en: `Unknown placeholder "${m[0]}"${hint ? ` — did you mean {{${hint}}}?` : '.'} Allowed: ${known}.`,
          de: `Unbekannter Platzhalter „${m[0]}“${hint ? ` – meinten Sie {{${hint}}}?` : '.'} Erlaubt: ${known}.`,
        },
        locale,
        { start, end },
      ),
    );
  }
  const insidePlaceholder = (i: number): boolean => covered.some((s) => i >= s.start && i < s.end);
  for (const m of body.matchAll(/\{\{|\}\}/g)) {
    if (insidePlaceholder(m.index)) continue;
    issues.push(
      issue(
        'malformed_placeholder',
        {
          en: `Unbalanced "${m[0]}" at character ${m.index + 1}: write placeholders as {{authorName}}, {{agentName}} or {{brand}}.`,
          de: `Unvollständiges „${m[0]}“ an Zeichen ${m.index + 1}: Platzhalter schreiben Sie als {{authorName}}, {{agentName}} oder {{brand}}.`,
        },
        locale,
        { start: m.index, end: m.index + 2 },
      ),
    );
  }
  return { ok: issues.length === 0, issues };
}

/** Thrown by mergeTemplates when an override would produce an unusable template. */
export class TemplateValidationError extends Error {
  constructor(readonly problems: { id: string; issues: TemplateIssue[] }[]) {
    super(
      'Invalid template overrides: ' +
        problems.map((p) => `${p.id}: ${p.issues.map((i) => i.message).join(' ')}`).join(' | '),
    );
    this.name = 'TemplateValidationError';
  }
}

/**
 * Applies a workspace's overrides to the default templates: same id replaces title/body,
 * `disabled` removes a default, a new id adds a template (after the defaults, in override
 * order). Never mutates its inputs. Throws TemplateValidationError listing every bad override
 * (invalid body or id, duplicate id, new template without body) rather than posting a broken one.
 */
export function mergeTemplates(defaults: readonly Template[], overrides: readonly TemplateOverride[]): Template[] {
  const problems: { id: string; issues: TemplateIssue[] }[] = [];
  const byId = new Map<string, TemplateOverride>();
  for (const o of overrides) {
    if (byId.has(o.id)) {
      problems.push({
        id: o.id,
        issues: [{ code: 'duplicate_id', message: `Template id "${o.id}" is overridden twice.`, span: null }],
      });
      continue;
    }
    byId.set(o.id, o);
    if (o.disabled) continue;
    const isNew = !defaults.some((d) => d.id === o.id);
    if (isNew && o.body === undefined) {
      problems.push({
        id: o.id,
        issues: [
          { code: 'missing_body', message: `New template "${o.id}" needs a body.`, span: null },
        ],
      });
      continue;
    }
    if (o.body !== undefined || o.title !== undefined || isNew) {
      const v = validateTemplate({ id: o.id, title: o.title, body: o.body ?? 'x' });
      if (!v.ok) problems.push({ id: o.id, issues: v.issues });
    }
  }
  if (problems.length > 0) throw new TemplateValidationError(problems);

  const merged: Template[] = [];
  for (const d of defaults) {
    const o = byId.get(d.id);
    if (!o) {
      merged.push({ id: d.id, title: d.title, body: d.body });
      continue;
    }
    if (o.disabled) continue;
    merged.push({ id: d.id, title: o.title ?? d.title, body: o.body ?? d.body });
  }
  const defaultIds = new Set(defaults.map((d) => d.id));
  for (const o of byId.values()) {
    if (o.disabled || defaultIds.has(o.id) || o.body === undefined) continue;
    merged.push({ id: o.id, title: o.title ?? o.id, body: o.body });
  }
  return merged;
}
