/**
 * Token-sequence matcher shared by the rule packs and the custom rules. Patterns compile once into
 * steps; the first step is indexed in Maps (exact word, prefix stem, suffix), so a text costs
 * a few Map look-ups per token plus the verification of the few candidates. No regular
 * expressions are built from pattern text, and wildcards are matched with indexOf, so matching
 * is linear in the text length for any pattern.
 */
import { foldWord, type Token } from './text.js';

export type Step =
  | { kind: 'exact'; value: string }
  | { kind: 'prefix'; value: string }
  | { kind: 'suffix'; value: string }
  /** `*`-wildcards anywhere in a word: literal segments matched in order (custom rules) */
  | { kind: 'glob'; segments: string[] }
  | { kind: 'gap'; max: number }
  /** `<num>` in pack patterns: a number with at least 4 digits (order or customer numbers) */
  | { kind: 'num' };

export interface CompiledPattern<T> {
  steps: Step[];
  payload: T;
}

export interface Match<T> {
  payload: T;
  /** first and last token index, inclusive */
  start: number;
  end: number;
}

const MATCHABLE = new Set(['word', 'hashtag', 'emoji', 'emoticon', 'number']);
const EMPTY: readonly never[] = Object.freeze([]);
export const GAP_MAX = 3;

/** Parses one pattern into steps. Throws with a message naming what is wrong. */
export function parsePattern(pattern: string, allowGlob: boolean): Step[] {
  const parts = pattern.trim().split(/\s+/u).filter((p) => p !== '');
  if (parts.length === 0) throw new Error('pattern is empty');
  const steps: Step[] = [];
  for (const part of parts) {
    if (part === '...' || part === '…') {
      if (steps.length === 0) throw new Error('pattern cannot start with a gap');
      steps.push({ kind: 'gap', max: GAP_MAX });
      continue;
    }
    if (part === '<num>' && !allowGlob) {
      if (steps.length === 0) throw new Error('pattern cannot start with <num>');
      steps.push({ kind: 'num' });
      continue;
    }
    const isEmojiLike = /\p{Extended_Pictographic}/u.test(part) || /^[:;=<>^()\[\]/\\|*'3dDpPxX@$o-]+$/u.test(part) && /[:;=<^]/.test(part);
    if (isEmojiLike) {
      steps.push({ kind: 'exact', value: part.replace(/\uFE0F/gu, '').replace(/-/g, '').replace(/^=/, ':').toLowerCase() });
      continue;
    }
    const stars = (part.match(/\*/g) ?? []).length;
    const hashtag = part.startsWith('#') && part.length > 1;
    const body = part.replace(/^#/, '');
    // "#not" only matches the hashtag, never the plain word "not"
    if (stars === 0) steps.push({ kind: 'exact', value: hashtag ? `#${foldWord(body)}` : foldWord(body) });
    else if (stars === 1 && body.endsWith('*') && body.length > 1) steps.push({ kind: 'prefix', value: foldWord(body.slice(0, -1)) });
    else if (stars === 1 && body.startsWith('*') && body.length > 1) steps.push({ kind: 'suffix', value: foldWord(body.slice(1)) });
    else if (allowGlob) steps.push({ kind: 'glob', segments: body.split('*').map(foldWord) });
    else throw new Error(`wildcard only allowed at the start or end of a word: "${part}"`);
  }
  if (steps[steps.length - 1]!.kind === 'gap') throw new Error('pattern cannot end with a gap');
  return steps;
}

/** Glob match with `*` = any run of characters: greedy leftmost search of each literal segment (linear). */
export function globMatch(segments: readonly string[], s: string): boolean {
  const first = segments[0]!;
  const last = segments[segments.length - 1]!;
  if (segments.length === 1) return s === first;
  if (s.length < first.length + last.length) return false;
  if (!s.startsWith(first) || !s.endsWith(last)) return false;
  let pos = first.length;
  const limit = s.length - last.length;
  for (let i = 1; i < segments.length - 1; i++) {
    const seg = segments[i]!;
    if (seg === '') continue;
    const at = s.indexOf(seg, pos);
    if (at < 0 || at + seg.length > limit) return false;
    pos = at + seg.length;
  }
  return true;
}

function stepMatches(step: Step, value: string): boolean {
  switch (step.kind) {
    case 'exact':
      return value === step.value;
    case 'prefix':
      return value.startsWith(step.value);
    case 'suffix':
      return value.endsWith(step.value);
    case 'glob':
      return globMatch(step.segments, value);
    default:
      return false;
  }
}

const DIGITS_RE = /\p{N}/gu;

function tokenMatches(step: Step, t: Token): boolean {
  if (step.kind === 'exact' && step.value.charCodeAt(0) === 35 && step.value.length > 1) return t.kind === 'hashtag' && step.value === `#${t.norm}`;
  if (step.kind === 'num') return (t.kind === 'number' || t.kind === 'hashtag' || t.kind === 'word') && (t.norm.match(DIGITS_RE)?.length ?? 0) >= 4;
  if (!MATCHABLE.has(t.kind)) return false;
  return stepMatches(step, t.norm) || (t.alt !== undefined && stepMatches(step, t.alt));
}

let nextSlot = 0;
/** Matchers that live for the whole process (the compiled packs) keep their candidates on the words' Lex entries. */
const MAX_SLOTS = 16;

export class Matcher<T> {
  /** index into Lex.wordCands/tagCands, or -1 (custom rule sets: many, short-lived, Map-cached only) */
  private readonly slot: number;
  constructor(permanent = false) {
    this.slot = permanent && nextSlot < MAX_SLOTS ? nextSlot++ : -1;
  }
  private readonly exact = new Map<string, CompiledPattern<T>[]>();
  private readonly prefix = new Map<string, CompiledPattern<T>[]>();
  private readonly suffix = new Map<string, CompiledPattern<T>[]>();
  private readonly others: CompiledPattern<T>[] = [];
  private minPrefix = Infinity;
  private maxPrefix = 0;
  private minSuffix = Infinity;
  private maxSuffix = 0;
  size = 0;

  add(steps: Step[], payload: T): void {
    const p: CompiledPattern<T> = { steps, payload };
    const first = steps[0]!;
    this.size++;
    const push = (map: Map<string, CompiledPattern<T>[]>, key: string): void => {
      const list = map.get(key);
      if (list) list.push(p);
      else map.set(key, [p]);
    };
    if (first.kind === 'exact') push(this.exact, first.value);
    else if (first.kind === 'prefix' && first.value.length > 0) {
      push(this.prefix, first.value);
      this.minPrefix = Math.min(this.minPrefix, first.value.length);
      this.maxPrefix = Math.max(this.maxPrefix, first.value.length);
    } else if (first.kind === 'suffix' && first.value.length > 0) {
      push(this.suffix, first.value);
      this.minSuffix = Math.min(this.minSuffix, first.value.length);
      this.maxSuffix = Math.max(this.maxSuffix, first.value.length);
    } else this.others.push(p);
  }

  /** value → patterns whose first step accepts it; vocabularies repeat, so this is cached (bounded) */
  private readonly cache = new Map<string, readonly CompiledPattern<T>[]>();
  private static readonly CACHE_MAX = 100_000;

  private candidates(value: string): readonly CompiledPattern<T>[] {
    const hit = this.cache.get(value);
    if (hit !== undefined) return hit;
    const out: CompiledPattern<T>[] = [];
    const ex = this.exact.get(value);
    if (ex) out.push(...ex);
    const maxP = Math.min(this.maxPrefix, value.length);
    for (let l = this.minPrefix; l <= maxP; l++) {
      const list = this.prefix.get(value.slice(0, l));
      if (list) out.push(...list);
    }
    const maxS = Math.min(this.maxSuffix, value.length);
    for (let l = this.minSuffix; l <= maxS; l++) {
      const list = this.suffix.get(value.slice(value.length - l));
      if (list) out.push(...list);
    }
    for (const p of this.others) if (stepMatches(p.steps[0]!, value)) out.push(p);
    const result = out.length === 0 ? EMPTY : out;
    if (this.cache.size >= Matcher.CACHE_MAX) this.cache.clear();
    this.cache.set(value, result as readonly CompiledPattern<T>[]);
    return result as readonly CompiledPattern<T>[];
  }

  /** candidates of a word or hashtag token: its norm, `#norm` for hashtags, and its elongation variant */
  private tokenCandidates(t: Token): readonly CompiledPattern<T>[] {
    let main = this.candidates(t.norm);
    if (t.kind === 'hashtag') {
      const tagged = this.candidates(`#${t.norm}`);
      if (tagged.length > 0) main = [...main, ...tagged];
    }
    let cands = main;
    if (t.alt !== undefined) {
      const extra = this.candidates(t.alt).filter((p) => !main.includes(p));
      if (extra.length > 0) cands = [...main, ...extra];
    }
    return cands;
  }

  /** All matches in the tokens (several per start position possible). */
  findAll(tokens: readonly Token[]): Match<T>[] {
    const out: Match<T>[] = [];
    if (this.size === 0) return out;
    const slot = this.slot;
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      let cands: readonly CompiledPattern<T>[];
      const lex = t.lex;
      if (lex !== undefined && slot >= 0) {
        const store = t.kind === 'hashtag' ? lex.tagCands : lex.wordCands;
        let c = store[slot] as readonly CompiledPattern<T>[] | undefined;
        if (c === undefined) store[slot] = c = this.tokenCandidates(t);
        cands = c;
      } else {
        if (!MATCHABLE.has(t.kind)) continue;
        cands = this.tokenCandidates(t);
      }
      for (let k = 0; k < cands.length; k++) {
        const p = cands[k]!;
        const end = p.steps.length === 1 ? i : this.matchFrom(p.steps, 1, i + 1, tokens, t.sent);
        if (end >= 0) out.push({ payload: p.payload, start: i, end });
      }
    }
    return out;
  }

  /** Returns the index of the last matched token, or -1. Gaps are bounded (GAP_MAX), so this is O(GAP_MAX^gaps). */
  private matchFrom(steps: Step[], s: number, i: number, tokens: readonly Token[], sent: number): number {
    if (s === steps.length) return i - 1;
    const step = steps[s]!;
    if (step.kind === 'gap') {
      for (let skip = 0; skip <= step.max; skip++) {
        const j = i + skip;
        if (j >= tokens.length || tokens[j]!.sent !== sent) break;
        const end = this.matchFrom(steps, s + 1, j, tokens, sent);
        if (end >= 0) return end;
      }
      return -1;
    }
    const t = tokens[i];
    if (t === undefined || t.sent !== sent || !tokenMatches(step, t)) return -1;
    return this.matchFrom(steps, s + 1, i + 1, tokens, sent);
  }
}
