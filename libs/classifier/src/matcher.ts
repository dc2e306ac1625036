/**
 * Token-sequence matcher shared by the rule packs and the custom rules. Patterns compile once into
 * steps; the first step is indexed in Maps (exact word, prefix stem, suffix), so a text costs
 * a few Map look-ups per token plus the verification of the few candidates. No regular
 * expressions are built from pattern text, and wildcards are matched with indexOf, so matching
 * is linear in the text length for any pattern.
 */
import { foldWord, I_NUM4, idOf, K_EMOJI, K_EMOTICON, K_HASHTAG, K_NUMBER, K_WORD, lexiconEpoch, lexOfId, R_ALT, R_CANON, R_CI, R_INFO, REC, REC_STRIDE, TABLE_IDS, tokenLex, type Tokens } from './text.js';

export type Step =
  /** `id`/`epoch`: the record id of `value` in lexicon epoch `epoch` (filled by the matcher on first use) */
  | { kind: 'exact'; value: string; id: number; epoch: number }
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
  /** its index in the matcher's list of all patterns */
  pid: number;
}

export interface Match<T> {
  payload: T;
  /** first and last token index, inclusive */
  start: number;
  end: number;
}

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
      steps.push({ kind: 'exact', value: part.replace(/\uFE0F/gu, '').replace(/-/g, '').replace(/^=/, ':').toLowerCase(), id: 0, epoch: -1 });
      continue;
    }
    const stars = (part.match(/\*/g) ?? []).length;
    const hashtag = part.startsWith('#') && part.length > 1;
    const body = part.replace(/^#/, '');
    // "#not" only matches the hashtag, never the plain word "not"
    if (stars === 0) steps.push({ kind: 'exact', value: hashtag ? `#${foldWord(body)}` : foldWord(body), id: 0, epoch: -1 });
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

/** words, hashtags, emoji, emoticons and numbers take part in matching; mentions, URLs and e-mails don't */
function matchable(kind: number): boolean {
  return kind === K_WORD || kind === K_HASHTAG || kind === K_EMOJI || kind === K_EMOTICON || kind === K_NUMBER;
}

function tokenMatches(step: Step, T: Tokens, i: number): boolean {
  const id = T.id[i]!;
  if (step.kind === 'exact' && id !== 0 && step.value.charCodeAt(0) !== 35) {
    // a word, number or hashtag matches when its folded form or elongation variant is the step's word: compared
    // by record id (the entry whose spelling is the word), without reading the strings
    const epoch = lexiconEpoch();
    if (step.epoch !== epoch) {
      step.id = idOf(step.value);
      step.epoch = epoch;
    }
    const r = id * REC_STRIDE;
    return REC[r + R_CANON] === step.id || REC[r + R_ALT] === step.id;
  }
  const kind = T.kind[i]!;
  // a number of at least four digits: words, numbers and hashtags have a record, which knows
  if (step.kind === 'num') return id !== 0 && (kind === K_NUMBER || kind === K_HASHTAG || kind === K_WORD) && (REC[id * REC_STRIDE + R_INFO]! & I_NUM4) !== 0;
  const lex = tokenLex(T, i);
  if (lex === undefined) return false; // mentions, URLs, e-mails
  if (step.kind === 'exact' && step.value.charCodeAt(0) === 35 && step.value.length > 1) return kind === K_HASHTAG && step.value.length === lex.norm.length + 1 && step.value.endsWith(lex.norm);
  if (!matchable(kind)) return false;
  return stepMatches(step, lex.norm) || (lex.alt !== undefined && stepMatches(step, lex.alt));
}

/**
 * A word's candidate patterns for one pack matcher, split so that a text only verifies the few
 * patterns whose second word is the next token ("nicht" starts dozens of patterns, but after
 * "nicht angekommen" only those continuing with "angekommen" are tried).
 */
interface CandIndex<T> {
  /** all candidates, in the order matches are reported */
  list: readonly CompiledPattern<T>[];
  /** positions (in list) of one-word patterns */
  single: number[];
  /** positions of patterns whose second step is an exact word, by that word */
  byNext: Map<string, number[]> | undefined;
  /**
   * the same by the record id of that word (valid in lexicon epoch `epoch`): a word token is looked up by its folded
   * form's id. NO_NEXT_IDS until first built (one field type for V8: a Map throughout)
   */
  byNextId: Map<number, number[]>;
  epoch: number;
  /** positions of all other multi-step patterns */
  rest: number[];
}
const NO_NEXT_IDS = new Map<number, number[]>();
const NO_CANDIDATES: CandIndex<never> = Object.freeze({ list: EMPTY, single: [], byNext: undefined, byNextId: NO_NEXT_IDS, epoch: -1, rest: [] }) as CandIndex<never>;

function indexCandidates<T>(list: readonly CompiledPattern<T>[]): CandIndex<T> {
  if (list.length === 0) return NO_CANDIDATES;
  const single: number[] = [];
  const rest: number[] = [];
  let byNext: Map<string, number[]> | undefined;
  list.forEach((p, k) => {
    const second = p.steps[1];
    if (second === undefined) single.push(k);
    else if (second.kind === 'exact' && second.value.charCodeAt(0) !== 35) {
      byNext ??= new Map();
      const l = byNext.get(second.value);
      if (l) l.push(k);
      else byNext.set(second.value, [k]);
    } else rest.push(k);
  });
  return { list, single, byNext, byNextId: NO_NEXT_IDS, epoch: -1, rest };
}

/** byNext keyed by the record ids of the words (the entry whose spelling is the word, as a folded form's R_CANON is) */
function byNextIds<T>(ci: CandIndex<T>): Map<number, number[]> {
  const epoch = lexiconEpoch();
  if (ci.epoch !== epoch) {
    const m = new Map<number, number[]>();
    for (const [word, positions] of ci.byNext!) m.set(idOf(word), positions);
    ci.byNextId = m;
    ci.epoch = epoch;
  }
  return ci.byNextId;
}

const CI_SINGLE = 1;
const CI_NEXT = 2;
const CI_REST = 4;
const EMPTY_BITS = new Int32Array(0);

/** scratch for the matches of one start token (position in the candidate list, pattern, last token), grown to the longest candidate list */
let HIT_POS = new Int32Array(256);
let HIT_PID = new Int32Array(256);
let HIT_END = new Int32Array(256);
function growHits(size: number): void {
  HIT_POS = new Int32Array(size * 2);
  HIT_PID = new Int32Array(size * 2);
  HIT_END = new Int32Array(size * 2);
}

let nextSlot = 0;
/** The three pack matchers (de, en, both) live for the whole process and keep their candidates on the words' Lex entries. */
const MAX_SLOTS = 3;

export class Matcher<T> {
  /** which Lex fields (w0/h0, w1/h1, w2/h2) hold this matcher's candidates, or -1 (custom rule sets: many, short-lived, Map-cached only) */
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
    const p: CompiledPattern<T> = { steps, payload, pid: this.patterns.length };
    const first = steps[0]!;
    this.size++;
    this.patterns.push(p);
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

  /** candidates of a token: its norm, `#norm` for hashtags, and its elongation variant */
  private tokenCandidates(norm: string, alt: string | undefined, hashtag: boolean): readonly CompiledPattern<T>[] {
    let main = this.candidates(norm);
    if (hashtag) {
      const tagged = this.candidates(`#${norm}`);
      if (tagged.length > 0) main = [...main, ...tagged];
    }
    let cands = main;
    if (alt !== undefined) {
      const extra = this.candidates(alt).filter((p) => !main.includes(p));
      if (extra.length > 0) cands = [...main, ...extra];
    }
    return cands;
  }

  /** all patterns, in the order added */
  private readonly patterns: CompiledPattern<T>[] = [];
  /** bit set over record ids: the words that are some pattern's exact second step (valid in lexicon epoch secondEpoch) */
  private second = new Int32Array(0);
  private secondEpoch = -1;

  private secondWords(): Int32Array {
    const epoch = lexiconEpoch();
    if (this.secondEpoch !== epoch) {
      const bitsArr = new Int32Array(TABLE_IDS >> 5);
      for (const p of this.patterns) {
        const second = p.steps[1];
        if (second !== undefined && second.kind === 'exact' && second.value.charCodeAt(0) !== 35) {
          const id = idOf(second.value);
          bitsArr[id >> 5]! |= 1 << (id & 31);
        }
      }
      this.second = bitsArr;
      this.secondEpoch = epoch;
    }
    return this.second;
  }

  /** candidate indexes of words for this (pack) matcher, by the value of their records' R_CI + slot field (0: not known yet, 1: none) */
  private cis: CandIndex<T>[] = [];
  /** per candidate index: CI_SINGLE, CI_NEXT, CI_REST (which of its parts are non-empty) */
  private ciFlags = new Uint8Array(64);
  /** per candidate index, two int32: bit (id & 63) set for the record id of each word its patterns continue with */
  private ciBloom = new Int32Array(128);
  private ciOfList = new Map<readonly CompiledPattern<T>[], number>();
  private cisEpoch = -1;
  /**
   * The same candidate indexes flat, for the words' path through findAll: at ciOff[x] in ciData, the number of
   * one-word patterns, of other patterns and of next-word groups, then (list position, pattern index) pairs of the
   * one-word patterns and of the others, then per group the record id of the next word, the number of its patterns
   * and their pairs. A candidate index is read from one run of ints rather than from its arrays, Map and pattern
   * objects scattered over the heap, each a cache miss for a word seen now and then.
   */
  private ciOff = new Int32Array(64);
  private ciData = new Int32Array(4096);
  private ciUsed = 0;

  /** The candidates of word/number token i with record id `id` (pack matchers), remembered in the record. */
  private wordCandidates(id: number): CandIndex<T> {
    const epoch = lexiconEpoch();
    if (this.cisEpoch !== epoch) {
      this.cis = [NO_CANDIDATES, NO_CANDIDATES];
      this.ciOfList = new Map();
      this.ciUsed = 0;
      this.cisEpoch = epoch;
    }
    const f = id * REC_STRIDE + R_CI + this.slot;
    const x = REC[f]!;
    if (x !== 0) return this.cis[x]!;
    const lex = lexOfId(id);
    const list = this.tokenCandidates(lex.norm, lex.alt, false);
    if (list.length === 0) {
      REC[f] = 1;
      return NO_CANDIDATES;
    }
    // spellings of one folded form ("Nicht", "nicht") share the list, and so its index
    let shared = this.ciOfList.get(list);
    if (shared === undefined) {
      shared = this.cis.length;
      const ci = indexCandidates(list);
      this.cis.push(ci);
      this.ciOfList.set(list, shared);
      if (this.ciFlags.length <= shared) {
        const bigger = new Uint8Array(this.ciFlags.length * 2);
        bigger.set(this.ciFlags);
        this.ciFlags = bigger;
        const biggerBloom = new Int32Array(this.ciFlags.length * 2);
        biggerBloom.set(this.ciBloom);
        this.ciBloom = biggerBloom;
        const biggerOff = new Int32Array(this.ciFlags.length);
        biggerOff.set(this.ciOff);
        this.ciOff = biggerOff;
      }
      this.ciOff[shared] = this.flatten(ci);
      this.ciFlags[shared] = (ci.single.length > 0 ? CI_SINGLE : 0) | (ci.byNext !== undefined ? CI_NEXT : 0) | (ci.rest.length > 0 ? CI_REST : 0);
      let bloom0 = 0;
      let bloom1 = 0;
      if (ci.byNext !== undefined)
        for (const word of ci.byNext.keys()) {
          const nid = idOf(word);
          if ((nid & 32) === 0) bloom0 |= 1 << (nid & 31);
          else bloom1 |= 1 << (nid & 31);
        }
      this.ciBloom[2 * shared] = bloom0;
      this.ciBloom[2 * shared + 1] = bloom1;
    }
    REC[f] = shared;
    return this.cis[shared]!;
  }

  /** Appends a candidate index to ciData (layout at ciOff); returns its offset. */
  private flatten(ci: CandIndex<T>): number {
    const out: number[] = [ci.single.length, ci.rest.length, ci.byNext?.size ?? 0];
    for (const k of ci.single) out.push(k, ci.list[k]!.pid);
    for (const k of ci.rest) out.push(k, ci.list[k]!.pid);
    if (ci.byNext !== undefined)
      for (const [word, positions] of ci.byNext) {
        out.push(idOf(word), positions.length);
        for (const k of positions) out.push(k, ci.list[k]!.pid);
      }
    const off = this.ciUsed;
    if (this.ciData.length < off + out.length) {
      let size = this.ciData.length * 2;
      while (size < off + out.length) size *= 2;
      const bigger = new Int32Array(size);
      bigger.set(this.ciData.subarray(0, off));
      this.ciData = bigger;
    }
    this.ciData.set(out, off);
    this.ciUsed = off + out.length;
    return off;
  }

  /** All matches in the tokens (several per start position possible), in token order; without matches a shared empty array (do not modify). */
  findAll(T: Tokens): readonly Match<T>[] {
    let out: Match<T>[] | undefined; // an array only once there is a match
    if (this.size === 0) return EMPTY;
    const slot = this.slot;
    const kinds = T.kind;
    const sents = T.sent;
    const n = T.n;
    const ids = T.id;
    const rec = REC;
    const patterns = this.patterns;
    // module-level constants as locals: a module binding is read and checked again on every use
    const kHashtag = K_HASHTAG;
    const stride = REC_STRIDE;
    const rCanon = R_CANON;
    const rAlt = R_ALT;
    const ciNext = CI_NEXT;
    const ciSingle = CI_SINGLE;
    const ciRest = CI_REST;
    const ciField = R_CI + slot;
    const second = slot >= 0 ? this.secondWords() : EMPTY_BITS;
    let bloom = this.ciBloom;
    let flags = this.ciFlags;
    let offs = this.ciOff;
    let data = this.ciData;
    for (let i = 0; i < n; i++) {
      const hashtag = kinds[i] === kHashtag;
      const id = ids[i]!;
      const sent = sents[i]!;
      // matched candidates of this start token: their positions in its candidate list, patterns and last tokens
      let nh = 0;
      if (slot >= 0 && id !== 0 && !hashtag) {
        // words and numbers: the record says whether this matcher has candidates (1: none), without touching the Lex
        let x = rec[id * stride + ciField]!;
        if (x === 1) continue;
        if (x === 0) {
          this.wordCandidates(id);
          // the flat tables may have grown
          bloom = this.ciBloom;
          flags = this.ciFlags;
          offs = this.ciOff;
          data = this.ciData;
          x = rec[id * stride + ciField]!;
          if (x === 1) continue;
        }
        // most candidates only continue with certain next words, and most next words continue no pattern
        const f = flags[x]!;
        let ga = -1; // offsets in data of the next-word groups of the next token's folded form and variant
        let gb = -1;
        let a: number[] | undefined; // or, after an emoji or emoticon, list positions by its strings
        let b: number[] | undefined;
        const off = offs[x]!;
        if ((f & ciNext) !== 0 && i + 1 < n && sents[i + 1] === sent) {
          const nid = ids[i + 1]!;
          if (nid !== 0) {
            const nr = nid * stride;
            const canon = rec[nr + rCanon]!;
            const alt = rec[nr + rAlt]!;
            // a 64-bit Bloom filter of the candidate index's next words (by id) rules most next words out
            const bloom0 = bloom[2 * x]!;
            const bloom1 = bloom[2 * x + 1]!;
            const inCanon = (((canon & 32) === 0 ? bloom0 : bloom1) & (1 << (canon & 31))) !== 0;
            const inAlt = alt !== 0 && (((alt & 32) === 0 ? bloom0 : bloom1) & (1 << (alt & 31))) !== 0;
            if (inCanon || inAlt) {
              let g = off + 3 + 2 * (data[off]! + data[off + 1]!);
              for (let q = data[off + 2]!; q > 0; q--) {
                const w = data[g]!;
                if (w === canon && inCanon) ga = g;
                else if (w === alt && inAlt) gb = g;
                g += 2 + 2 * data[g + 1]!;
              }
            }
          } else {
            const next = tokenLex(T, i + 1);
            if (next !== undefined) {
              const m = this.cis[x]!.byNext!;
              a = m.get(next.norm);
              if (next.alt !== undefined) b = m.get(next.alt);
            }
          }
        }
        if (ga < 0 && gb < 0 && a === undefined && b === undefined && (f & (ciSingle | ciRest)) === 0) continue;
        const nSingle = data[off]!;
        const nRest = data[off + 1]!;
        const most = nSingle + nRest + (ga >= 0 ? data[ga + 1]! : 0) + (gb >= 0 ? data[gb + 1]! : 0) + (a?.length ?? 0) + (b?.length ?? 0);
        if (HIT_POS.length < most) growHits(most);
        let p = off + 3;
        for (let q = 0; q < nSingle; q++, p += 2) {
          HIT_POS[nh] = data[p]!;
          HIT_PID[nh] = data[p + 1]!;
          HIT_END[nh++] = i;
        }
        for (let q = 0; q < nRest; q++, p += 2) nh = this.tryHit(nh, data[p]!, data[p + 1]!, i, T, sent);
        if (ga >= 0) for (let q = data[ga + 1]!, r = ga + 2; q > 0; q--, r += 2) nh = this.tryHit(nh, data[r]!, data[r + 1]!, i, T, sent);
        if (gb >= 0) for (let q = data[gb + 1]!, r = gb + 2; q > 0; q--, r += 2) nh = this.tryHit(nh, data[r]!, data[r + 1]!, i, T, sent);
        if (a !== undefined || b !== undefined) {
          const list = this.cis[x]!.list;
          if (a !== undefined) for (const k of a) nh = this.tryHit(nh, k, list[k]!.pid, i, T, sent);
          if (b !== undefined) for (const k of b) nh = this.tryHit(nh, k, list[k]!.pid, i, T, sent);
        }
      } else {
        const lex = tokenLex(T, i);
        if (lex === undefined) continue; // mentions, URLs, e-mails
        if (slot < 0) {
          const cands = this.tokenCandidates(lex.norm, lex.alt, hashtag);
          for (let k = 0; k < cands.length; k++) {
            const p = cands[k]!;
            const end = p.steps.length === 1 ? i : this.matchFrom(p.steps, 1, i + 1, T, sent);
            if (end >= 0) (out ??= []).push({ payload: p.payload, start: i, end });
          }
          continue;
        }
        // hashtags, emoji and emoticons keep their candidates on the Lex
        let c = (hashtag ? (slot === 0 ? lex.h0 : slot === 1 ? lex.h1 : lex.h2) : slot === 0 ? lex.w0 : slot === 1 ? lex.w1 : lex.w2) as CandIndex<T> | undefined;
        if (c === undefined) {
          c = indexCandidates(this.tokenCandidates(lex.norm, lex.alt, hashtag));
          if (hashtag) {
            if (slot === 0) lex.h0 = c;
            else if (slot === 1) lex.h1 = c;
            else lex.h2 = c;
          } else if (slot === 0) lex.w0 = c;
          else if (slot === 1) lex.w1 = c;
          else lex.w2 = c;
        }
        const ci = c;
        const list = ci.list;
        if (list.length === 0) continue;
        let a: number[] | undefined;
        let b: number[] | undefined;
        // candidates by the next word (as above; the bit set of all patterns' second words keeps most emoji and
        // emoticons, which start many patterns, from a Map lookup: without it the classifier measured up to 25% slower)
        if (ci.byNext !== undefined && i + 1 < n && sents[i + 1] === sent) {
          const nid = ids[i + 1]!;
          if (nid !== 0) {
            const nr = nid * stride;
            const canon = rec[nr + rCanon]!;
            const alt = rec[nr + rAlt]!;
            if ((second[canon >> 5]! & (1 << (canon & 31))) !== 0) a = byNextIds(ci).get(canon);
            if (alt !== 0 && (second[alt >> 5]! & (1 << (alt & 31))) !== 0) b = byNextIds(ci).get(alt);
          } else {
            const next = tokenLex(T, i + 1);
            if (next !== undefined) {
              a = ci.byNext.get(next.norm);
              if (next.alt !== undefined) b = ci.byNext.get(next.alt);
            }
          }
        }
        if (a === undefined && b === undefined && ci.single.length === 0 && ci.rest.length === 0) continue;
        if (HIT_POS.length < list.length) growHits(list.length);
        for (const k of ci.single) {
          HIT_POS[nh] = k;
          HIT_PID[nh] = list[k]!.pid;
          HIT_END[nh++] = i;
        }
        if (a !== undefined) for (const k of a) nh = this.tryHit(nh, k, list[k]!.pid, i, T, sent);
        if (b !== undefined) for (const k of b) nh = this.tryHit(nh, k, list[k]!.pid, i, T, sent);
        for (const k of ci.rest) nh = this.tryHit(nh, k, list[k]!.pid, i, T, sent);
      }
      if (nh === 0) continue;
      // insertion sort by list position (few hits; positions are distinct), so matches come in list order
      for (let a = 1; a < nh; a++) {
        const pos = HIT_POS[a]!;
        const pid = HIT_PID[a]!;
        const e = HIT_END[a]!;
        let b = a - 1;
        while (b >= 0 && HIT_POS[b]! > pos) {
          HIT_POS[b + 1] = HIT_POS[b]!;
          HIT_PID[b + 1] = HIT_PID[b]!;
          HIT_END[b + 1] = HIT_END[b]!;
          b--;
        }
        HIT_POS[b + 1] = pos;
        HIT_PID[b + 1] = pid;
        HIT_END[b + 1] = e;
      }
      out ??= [];
      for (let x = 0; x < nh; x++) out.push({ payload: patterns[HIT_PID[x]!]!.payload, start: i, end: HIT_END[x]! });
    }
    return out ?? EMPTY;
  }

  /** Verifies the multi-step pattern `pid` (at `pos` in the candidate list) from start token i; a match is hit nh. Returns the new hit count. */
  private tryHit(nh: number, pos: number, pid: number, i: number, T: Tokens, sent: number): number {
    const end = this.matchFrom(this.patterns[pid]!.steps, 1, i + 1, T, sent);
    if (end < 0) return nh;
    HIT_POS[nh] = pos;
    HIT_PID[nh] = pid;
    HIT_END[nh] = end;
    return nh + 1;
  }

  /** Returns the index of the last matched token, or -1. Gaps are bounded (GAP_MAX), so this is O(GAP_MAX^gaps). */
  private matchFrom(steps: Step[], s: number, i: number, T: Tokens, sent: number): number {
    if (s === steps.length) return i - 1;
    const step = steps[s]!;
    if (step.kind === 'gap') {
      for (let skip = 0; skip <= step.max; skip++) {
        const j = i + skip;
        if (j >= T.n || T.sent[j] !== sent) break;
        const end = this.matchFrom(steps, s + 1, j, T, sent);
        if (end >= 0) return end;
      }
      return -1;
    }
    if (i >= T.n || T.sent[i] !== sent || !tokenMatches(step, T, i)) return -1;
    return this.matchFrom(steps, s + 1, i + 1, T, sent);
  }
}
