/**
 * checkReply: a deterministic lint for a reply draft, cheap enough to run on every keystroke.
 * All patterns are compiled at module load (reply-check.patterns.ts); per call there is only
 * matching, plus a per-template matcher and a per-array index of today's replies, both cached.
 */
import type { CheckCode, Finding, ReplyCheckContext, Severity, Span } from './guidance.types.js';
import {
  defensiveMessage,
  messageVariant,
  missingAcknowledgementMessage,
  personalDataMessage,
  promiseMessage,
  repeatedReplyMessage,
  shoutingMessage,
  unansweredQuestionMessage,
  unchangedTemplateMessage,
  wrongAddressMessage,
  type MessageVariant,
  type PersonalDataKind,
} from './reply-check.messages.js';
import {
  ACKNOWLEDGEMENT_PATTERNS,
  CAPS_RE,
  CUSTOMER_NOUN_RE,
  DATE_LIKE_RE,
  DEFENSIVE_PATTERNS,
  DU_IMPERATIVES,
  DU_SUGGESTIONS,
  DU_WORDS,
  EMAIL_RE,
  EXCLAMATION_RE,
  FILLER_RE,
  GREETING_RE,
  IBAN_RE,
  IHNEN_START_CUE_RE,
  IHR_PRONOUN_NEXT_RE,
  IHR_VERBS,
  IMPERATIVE_NEXT,
  LONG_NUMBER_RE,
  PHONE_RE,
  PLACEHOLDER_REMNANT_RE,
  PROMISE_PATTERNS,
  REFERENCE_NUMBER_RE,
  ROLE_MAILBOX_RE,
  SIE_FORM_RE,
  SIE_START_CUE_RE,
  SIE_SUGGESTIONS,
  SIGNOFF_RE,
  THANKS_ONLY_WORDS,
  WORD_RE,
  W,
  lowerSameLength,
  mayMatch,
} from './reply-check.patterns.js';

/** Every code checkReply can report, in the order the checks run. */
export const CHECK_CODES: readonly CheckCode[] = [
  'defensive_wording',
  'missing_acknowledgement',
  'wrong_address',
  'unchanged_template',
  'repeated_reply',
  'shouting',
  'personal_data_echoed',
  'promise_without_followup',
  'unanswered_question',
];

/** How often the same reply may have been posted today before it counts as boilerplate. */
export const REPEATED_REPLY_THRESHOLD = 3;

type Texts = Record<MessageVariant, string>;

class Collector {
  readonly findings: Finding[] = [];
  constructor(private readonly variant: MessageVariant) {}
  add(code: Finding['code'], severity: Severity, texts: Texts, span: Span | null): void {
    this.findings.push({ code, severity, message: texts[this.variant], span });
  }
}

/** Runs a global regex over text; `re` is shared, so lastIndex is reset first. */
function eachMatch(re: RegExp, text: string, fn: (m: RegExpExecArray) => void): void {
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    fn(m);
  }
}

interface Token extends Span {
  w: string;
}

/** Words of the lower-cased draft with their offsets. */
function words(lower: string): Token[] {
  const out: Token[] = [];
  eachMatch(WORD_RE, lower, (m) => out.push({ w: m[0], start: m.index, end: m.index + m[0].length }));
  return out;
}

const inside = (i: number, spans: readonly Span[]): boolean => spans.some((s) => i >= s.start && i < s.end);
const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;

// ── defensive_wording ─────────────────────────────────────────────────────────────────────
function checkDefensive(draft: string, lower: string, out: Collector): Span[] {
  const spans: Span[] = [];
  for (const p of DEFENSIVE_PATTERNS) {
    if (!mayMatch(p, lower)) continue;
    eachMatch(p.re, lower, (m) => {
      if (p.reject?.(m[0])) return;
      const span = { start: m.index, end: m.index + m[0].length };
      if (spans.some((s) => overlaps(s, span))) return;
      spans.push(span);
      out.add('defensive_wording', 'warning', defensiveMessage(p.category, draft.slice(span.start, span.end)), span);
    });
  }
  return spans;
}

// ── missing_acknowledgement ───────────────────────────────────────────────────────────────
function checkAcknowledgement(lower: string, defensive: readonly Span[], out: Collector): void {
  let acknowledged = false;
  for (const p of ACKNOWLEDGEMENT_PATTERNS) {
    if (acknowledged) break;
    if (!mayMatch(p, lower)) continue;
    eachMatch(p.re, lower, (m) => {
      // "not our fault" or "Sie verstehen das falsch" contain such words but acknowledge nothing
      if (!inside(m.index, defensive)) acknowledged = true;
    });
  }
  if (!acknowledged) out.add('missing_acknowledgement', 'warning', missingAcknowledgementMessage(), null);
}

// ── wrong_address (German only) ───────────────────────────────────────────────────────────
const SENTENCE_END = new Set(['.', '!', '?', ':', '…']);
const SKIP_BEFORE = new Set(['„', '“', '"', "'", '‚', '‘', '«', '»', '(', '[', '*', '_']);

function atSentenceStart(text: string, index: number): boolean {
  let i = index - 1;
  while (i >= 0) {
    const c = text.charAt(i);
    if (c === '\n') return true;
    if (c === ' ' || c === '\t' || c === '\r' || SKIP_BEFORE.has(c)) {
      i--;
      continue;
    }
    return SENTENCE_END.has(c);
  }
  return true;
}

function checkAddress(draft: string, lower: string, ctx: ReplyCheckContext, out: Collector): void {
  if (ctx.locale !== 'de') return;
  if (ctx.address === 'Sie') {
    const tokens = words(lower);
    const adjacent = (i: number): boolean => {
      const a = tokens[i];
      const b = tokens[i + 1];
      return a !== undefined && b !== undefined && lower.slice(a.end, b.start).trim() === '';
    };
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      let span: Span | null = null;
      let suggestion: string | null = null;
      const next = tokens[i + 1];
      const prev = tokens[i - 1];
      if (DU_WORDS.has(t.w)) {
        span = t;
        suggestion = DU_SUGGESTIONS[t.w] ?? null;
      } else if (t.w === 'ihr' && next && IHR_VERBS.has(next.w) && adjacent(i)) {
        span = { start: t.start, end: next.end }; // "ihr habt"
        i++;
      } else if (t.w === 'ihr' && prev && IHR_VERBS.has(prev.w) && adjacent(i - 1)) {
        span = { start: prev.start, end: t.end }; // "habt ihr"
      } else if (DU_IMPERATIVES.has(t.w) && next && IMPERATIVE_NEXT.has(next.w) && adjacent(i)) {
        span = { start: t.start, end: next.end }; // "schreib uns"
        suggestion = DU_SUGGESTIONS[t.w] ?? null;
        i++;
      }
      if (!span) continue;
      const word = draft.slice(span.start, span.end);
      out.add('wrong_address', 'warning', wrongAddressMessage(word, 'Sie', suggestion), { start: span.start, end: span.end });
    }
    return;
  }
  eachMatch(SIE_FORM_RE, draft, (m) => {
    const word = m[0];
    const end = m.index + word.length;
    if (word === 'Ihr' && IHR_PRONOUN_NEXT_RE.test(draft.slice(end, end + 3))) return; // "Ihr habt", "wenn Ihr wollt"
    if (atSentenceStart(draft, m.index)) {
      const rest = lower.slice(end, end + 60);
      // "Sie"/"Ihr…" opening a sentence may be "they"/"her/their": flag only with a clear cue.
      const cue =
        word === 'Sie'
          ? SIE_START_CUE_RE.test(rest)
          : word === 'Ihnen'
            ? IHNEN_START_CUE_RE.test(rest)
            : CUSTOMER_NOUN_RE.test(rest);
      if (!cue) return;
    }
    out.add('wrong_address', 'warning', wrongAddressMessage(word, 'du', SIE_SUGGESTIONS[word] ?? null), {
      start: m.index,
      end,
    });
  });
}

// ── unchanged_template ────────────────────────────────────────────────────────────────────
const TEMPLATE_PLACEHOLDER_RE = /\{\{\s*[^{}\s]*\s*\}\}/g;
const MAX_CACHED_TEMPLATES = 1000;
const templateMatchers = new Map<string, RegExp | string>();

const normaliseText = (s: string): string => s.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();
const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A template body as a matcher for a rendered-but-unedited draft: placeholders match any name. */
function templateMatcher(body: string): RegExp | string {
  let matcher = templateMatchers.get(body);
  if (matcher !== undefined) return matcher;
  const parts = body.split(TEMPLATE_PLACEHOLDER_RE).map(normaliseText);
  matcher =
    parts.length === 1
      ? normaliseText(body)
      : new RegExp('^' + parts.map(escapeRe).join('\\s*.{1,120}?\\s*') + '$', 's');
  if (templateMatchers.size >= MAX_CACHED_TEMPLATES) templateMatchers.clear();
  templateMatchers.set(body, matcher);
  return matcher;
}

function checkTemplate(draft: string, ctx: ReplyCheckContext, out: Collector): void {
  let remnants = 0;
  eachMatch(PLACEHOLDER_REMNANT_RE, draft, (m) => {
    remnants++;
    out.add('unchanged_template', 'error', unchangedTemplateMessage('placeholder', m[0]), {
      start: m.index,
      end: m.index + m[0].length,
    });
  });
  eachMatch(FILLER_RE, draft, (m) => {
    if (m[0].startsWith('[') && !/\p{L}/u.test(m[0])) return; // "[1]" is a footnote, not filler
    out.add('unchanged_template', 'error', unchangedTemplateMessage('filler', m[0]), {
      start: m.index,
      end: m.index + m[0].length,
    });
  });
  if (remnants > 0 || !ctx.templates || ctx.templates.length === 0) return;
  const norm = normaliseText(draft);
  for (const t of ctx.templates) {
    const matcher = templateMatcher(t.body);
    const same = typeof matcher === 'string' ? matcher === norm : matcher.test(norm);
    if (same) {
      out.add('unchanged_template', 'warning', unchangedTemplateMessage('equals_template', t.id), null);
      return;
    }
  }
}

// ── repeated_reply ────────────────────────────────────────────────────────────────────────
const MENTION_RE = new RegExp(`@[${W}_.]+`, 'g');
const replyIndexes = new WeakMap<readonly string[], Map<string, number>>();

/** Lower-case words only, without the greeting line ("Hi Anna,") and @mentions. */
export function normaliseReply(text: string): string {
  const lower = text.normalize('NFKC').toLowerCase().replace(MENTION_RE, ' ');
  const body = lower.replace(GREETING_RE, ' ');
  return (body.match(WORD_RE) ?? []).join(' ');
}

function replyIndex(replies: readonly string[]): Map<string, number> {
  let index = replyIndexes.get(replies);
  if (!index) {
    index = new Map();
    for (const r of replies) {
      const key = normaliseReply(r);
      if (key !== '') index.set(key, (index.get(key) ?? 0) + 1);
    }
    replyIndexes.set(replies, index);
  }
  return index;
}

function checkRepeated(draft: string, ctx: ReplyCheckContext, out: Collector): void {
  if (!ctx.recentReplies || ctx.recentReplies.length < REPEATED_REPLY_THRESHOLD) return;
  const key = normaliseReply(draft);
  if (key.split(' ').length < 3) return; // "Danke!" under praise is fine
  const count = replyIndex(ctx.recentReplies).get(key) ?? 0;
  if (count >= REPEATED_REPLY_THRESHOLD) out.add('repeated_reply', 'warning', repeatedReplyMessage(count), null);
}

// ── shouting ──────────────────────────────────────────────────────────────────────────────
function checkShouting(draft: string, out: Collector): void {
  eachMatch(CAPS_RE, draft, (m) => {
    const words = m[0].split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 0);
    const longWords = words.filter((w) => w.length >= 3).length;
    const letters = words.join('').length;
    // A stretch, not an acronym or two ("DHL", "ALDI SÜD"): at least two real words, 10+ letters.
    if (words.length < 2 || longWords < 2 || letters < 10) return;
    out.add('shouting', 'warning', shoutingMessage('caps', m[0]), { start: m.index, end: m.index + m[0].length });
  });
  eachMatch(EXCLAMATION_RE, draft, (m) => {
    if (!m[0].includes('!')) return; // "???" is puzzled, not shouting
    out.add('shouting', 'warning', shoutingMessage('exclamation', m[0]), { start: m.index, end: m.index + m[0].length });
  });
}

// ── personal_data_echoed ──────────────────────────────────────────────────────────────────
interface DataCandidate extends Span {
  kind: PersonalDataKind | 'number';
  /** comparable form: lower-case e-mail, or upper-case letters and digits */
  norm: string;
  local?: string;
}

const alnum = (s: string): string => s.toUpperCase().replace(/[^A-Z0-9]/g, '');

function ibanValid(raw: string): boolean {
  const iban = alnum(raw);
  if (iban.length < 15 || iban.length > 34) return false;
  const moved = iban.slice(4) + iban.slice(0, 4);
  let rem = 0;
  for (const ch of moved) {
    const code = ch.charCodeAt(0);
    const v = code >= 65 ? String(code - 55) : ch;
    for (const digit of v) rem = (rem * 10 + (digit.charCodeAt(0) - 48)) % 97;
  }
  return rem === 1;
}

function collectData(draft: string, lower: string): DataCandidate[] {
  const out: DataCandidate[] = [];
  const push = (c: DataCandidate): void => {
    if (!out.some((o) => overlaps(o, c))) out.push(c);
  };
  if (lower.includes('@')) eachMatch(EMAIL_RE, lower, (m) => {
    const at = m[0].indexOf('@');
    push({ kind: 'email', start: m.index, end: m.index + m[0].length, norm: m[0].toLowerCase(), local: m[0].slice(0, at) });
  });
  eachMatch(IBAN_RE, draft, (m) => {
    if (ibanValid(m[0])) push({ kind: 'iban', start: m.index, end: m.index + m[0].length, norm: alnum(m[0]) });
  });
  eachMatch(REFERENCE_NUMBER_RE, lower, (m) => {
    const value = m[1];
    const at = m.indices?.[1];
    if (value === undefined || at === undefined) return;
    if ((value.match(/\d/g) ?? []).length < 4) return;
    push({ kind: 'order_number', start: at[0], end: at[1], norm: alnum(value) });
  });
  eachMatch(PHONE_RE, lower, (m) => {
    const digits = m[0].replace(/\D/g, '');
    if (digits.length < 7 || digits.length > 15 || DATE_LIKE_RE.test(m[0].trim())) return;
    push({ kind: 'phone', start: m.index, end: m.index + m[0].length, norm: digits });
  });
  eachMatch(LONG_NUMBER_RE, lower, (m) => {
    push({ kind: 'number', start: m.index, end: m.index + m[0].length, norm: alnum(m[0]) });
  });
  return out;
}

function checkPersonalData(draft: string, lower: string, ctx: ReplyCheckContext, out: Collector): void {
  const candidates = collectData(draft, lower);
  if (candidates.length === 0) return;
  const inbound = ctx.inboundText ?? '';
  const inboundLower = inbound.toLowerCase();
  const inboundAlnum = alnum(inbound);
  const inboundDigits = inbound.replace(/\D/g, '');
  for (const c of candidates) {
    const span = { start: c.start, end: c.end };
    const echoed =
      c.kind === 'email'
        ? inboundLower.includes(c.norm)
        : c.norm.length >= 5 && (inboundAlnum.includes(c.norm) || (c.kind === 'phone' && inboundDigits.includes(c.norm)));
    const kind: PersonalDataKind = c.kind === 'number' ? 'order_number' : c.kind;
    if (echoed) {
      out.add('personal_data_echoed', 'error', personalDataMessage(kind, 'echoed'), span);
    } else if (c.kind === 'iban' || c.kind === 'order_number') {
      out.add('personal_data_echoed', 'warning', personalDataMessage(kind, 'public'), span);
    } else if (c.kind === 'phone' || (c.kind === 'email' && !ROLE_MAILBOX_RE.test(c.local ?? ''))) {
      out.add('personal_data_echoed', 'info', personalDataMessage(kind, 'possiblyOwn'), span);
    }
    // a bare number that is not in the comment is a price, a year or a postcode: nothing to say
  }
}

// ── promise_without_followup ──────────────────────────────────────────────────────────────
function checkPromise(draft: string, lower: string, ctx: ReplyCheckContext, out: Collector): void {
  if (ctx.followUpSet === true) return;
  const spans: Span[] = [];
  for (const p of PROMISE_PATTERNS) {
    if (!mayMatch(p, lower)) continue;
    eachMatch(p.re, lower, (m) => {
      const span = { start: m.index, end: m.index + m[0].length };
      if (spans.some((s) => overlaps(s, span))) return;
      spans.push(span);
      out.add('promise_without_followup', 'warning', promiseMessage(draft.slice(span.start, span.end)), span);
    });
  }
}

// ── unanswered_question ───────────────────────────────────────────────────────────────────
const THANKS_WORDS = new Set(['danke', 'dank', 'dankeschön', 'thanks', 'thank', 'thx', 'merci']);

function checkUnanswered(lower: string, ctx: ReplyCheckContext, out: Collector): void {
  const asked = ctx.label === 'question' || /[?？]/.test(ctx.inboundText ?? '');
  if (!asked) return;
  // 40 words are not "very short"; skip the sign-off parsing for them.
  WORD_RE.lastIndex = 0;
  let count = 0;
  while (WORD_RE.exec(lower) !== null) if (++count > 40) return;
  const body = lower.replace(GREETING_RE, ' ').replace(SIGNOFF_RE, ' ');
  const words = body.match(WORD_RE) ?? [];
  const content = words.filter((w) => !THANKS_ONLY_WORDS.has(w));
  const thanks = words.some((w) => THANKS_WORDS.has(w));
  if (content.length === 0 || (thanks && content.length <= 2)) {
    out.add('unanswered_question', 'warning', unansweredQuestionMessage('only_thanks'), null);
  } else if (content.length <= 2 && !body.includes('?')) {
    out.add('unanswered_question', 'info', unansweredQuestionMessage('too_short'), null);
  }
}

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/**
 * Checks a reply draft. Returns findings sorted by severity, then position (findings about the
 * whole draft first). An empty or blank draft has no findings. Deterministic: same input, same
 * output; no I/O, no clock.
 */
export function checkReply(draft: string, ctx: ReplyCheckContext): Finding[] {
  if (draft.trim() === '') return [];
  const out = new Collector(messageVariant(ctx.locale, ctx.address));
  const lower = lowerSameLength(draft);
  const defensive = checkDefensive(draft, lower, out);
  if (ctx.label === 'complaint') checkAcknowledgement(lower, defensive, out);
  checkAddress(draft, lower, ctx, out);
  checkTemplate(draft, ctx, out);
  checkRepeated(draft, ctx, out);
  checkShouting(draft, out);
  checkPersonalData(draft, lower, ctx, out);
  checkPromise(draft, lower, ctx, out);
  checkUnanswered(lower, ctx, out);
  return out.findings.sort(
    (a, b) =>
      SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] || (a.span?.start ?? -1) - (b.span?.start ?? -1),
  );
}
