/**
 * Normalisation and tokenisation. A text is tokenised exactly once per classify() call; every
 * rule (pack, custom, flags, question syntax) then works on these tokens, never on the raw
 * string again (except the personal-data detectors, which need the original digits/spacing).
 */

import { foldWord } from './fold.js';
import { L_DE_LEX, L_DE_STOP, L_EN_LEX, L_EN_STOP, langBitsOf, wordClassBits } from './vocab.js';

export { foldWord };

export type TokenKind = 'word' | 'hashtag' | 'mention' | 'url' | 'email' | 'emoji' | 'emoticon' | 'number';

export interface Token {
  /** as written in the text */
  raw: string;
  /** lower-cased, umlauts/ß folded (ä→ae, ß→ss), accents stripped, 3+ letter runs cut to 2 */
  norm: string;
  /** only for elongated words: runs cut to 1 ("suuuper" → "super", while norm is "suuper") */
  alt?: string;
  kind: TokenKind;
  /** sentence index (split at . ! ? and line breaks) */
  sent: number;
  /** clause index (split additionally at , ; : and by contrast words, see markClauses) */
  clause: number;
  /** written in capitals, at least 3 letters ("NIE", "WORST") */
  caps: boolean;
}

/**
 * Token kinds as small integers (internal token buffers). Inside this file the constants are const
 * enum members, which the compiler replaces by their values: a module-level const is read from the
 * module and checked on every use, which costs in the per-character loops. Other modules import the
 * exported copies (and keep them in locals in their own hot loops).
 */
const enum Kind {
  Word = 1,
  Hashtag = 2,
  Mention = 3,
  Url = 4,
  Email = 5,
  Emoji = 6,
  Emoticon = 7,
  Number = 8,
}
export const K_WORD = Kind.Word;
export const K_HASHTAG = Kind.Hashtag;
export const K_MENTION = Kind.Mention;
export const K_URL = Kind.Url;
export const K_EMAIL = Kind.Email;
export const K_EMOJI = Kind.Emoji;
export const K_EMOTICON = Kind.Emoticon;
export const K_NUMBER = Kind.Number;
const KIND_NAMES: readonly TokenKind[] = ['word', 'word', 'hashtag', 'mention', 'url', 'email', 'emoji', 'emoticon', 'number'];

/**
 * The cold part of a spelling's entry: its strings and the hashtag candidates of the matchers.
 * The hot part (spelling, counts, flags, word classes, language bits, candidates) is the entry's
 * record in REC, so a pass over the tokens reads one cache line per word, not an object graph.
 */
export class Lex {
  /** record id in REC (0 for emoji/emoticon entries, which have no record) */
  readonly id: number;
  /** the spelling as written (shared by all its tokens, so tokenising a known word allocates no string) */
  readonly raw: string;
  readonly norm: string;
  readonly alt: string | undefined;
  readonly caps: boolean;
  /** first-step candidates of the three pack matchers (matcher.ts) for hashtags, and for emoji/emoticons (w*) */
  w0: unknown;
  w1: unknown;
  w2: unknown;
  h0: unknown;
  h1: unknown;
  h2: unknown;
  constructor(id: number, raw: string, norm: string, alt: string | undefined, caps: boolean) {
    this.id = id;
    this.raw = raw;
    this.norm = norm;
    this.alt = alt;
    this.caps = caps;
    this.w0 = undefined;
    this.w1 = undefined;
    this.w2 = undefined;
    this.h0 = undefined;
    this.h1 = undefined;
    this.h2 = undefined;
  }
}

/**
 * The lexicon: a hash table (SLOTS, open addressing) of entry ids, and the entries' fixed-size
 * records, numbered in first-seen order. A record is REC_STRIDE int32 (64 bytes, one cache line) at
 * id * REC_STRIDE in REC: the comparison of a spelling of up to INLINE_CHARS characters and
 * everything the per-token passes read are in that one line. All fields are set when the spelling
 * is first seen, except R_CI (matcher.ts) and I_TRI (lang.ts), which are filled on first use.
 */
const enum Rec {
  Stride = 16,
  /** FNV-1a of the spelling */
  Hash = 0,
  /** length of the spelling */
  Len = 1,
  /** Info bits and small counts */
  Info = 2,
  /** word-class bits of the German (low 16) and English (high 16) packs (vocab.ts) */
  Pb = 3,
  /** id of the entry of the folded form (itself when the spelling is already folded) */
  Canon = 4,
  /** id of the entry of the elongation variant `alt` ("super" for "suuuper"), 0 if none */
  Alt = 5,
  /** matcher.ts: candidates of the word for pack matcher slot 0, 1, 2 (Ci + slot); 0 = not known yet */
  Ci = 6,
  /** the spelling's UTF-16 units from int 10 on (two per int), or there the offset in the pool of a longer one */
  Chars = 10,
  InlineChars = 12,
}
const enum Info {
  /** ASCII digits in the spelling, capped at 31 (only "8 or more in the text" is asked) */
  Digits = 31,
  /** >> UmlautShift & 3: umlauts/ß of the lower-cased spelling, capped at 3 (language detection counts up to 3) */
  UmlautShift = 5,
  /** >> LowerShift & 1023: length of the lower-cased spelling, capped at 1023 (language detection reads ~400 characters) */
  LowerShift = 7,
  /** two capitals followed by two digits somewhere in the spelling (IBAN-like) */
  Iban = 1 << 17,
  /** the folded form has at least 3 characters */
  Word3 = 1 << 18,
  /** written in capitals, at least 3 letters ("NIE", "WORST") */
  Caps = 1 << 19,
  /** language evidence (vocab.ts langBitsOf) at LangShift */
  LangShift = 20,
  /** lang.ts: trigram masks computed (TRI at 2 * id) */
  Tri = 1 << 24,
  /** the folded form has at least four digits of any script (\p{N}): the matcher's `<num>` step */
  Num4 = 1 << 25,
}
const enum Table {
  /** ids are below this */
  Size = 1 << 17,
  /** slots of the hash table while it holds at most 3/4 as many entries (it grows past that) */
  Slots = 1 << 16,
  /** cleared between texts once half full (a text adds at most 10 000 words, each with its folded form and variant) */
  Max = (1 << 16) - 20_000,
}
export const REC_STRIDE = Rec.Stride;
export const R_INFO = Rec.Info;
export const R_PB = Rec.Pb;
export const R_CANON = Rec.Canon;
export const R_ALT = Rec.Alt;
export const R_CI = Rec.Ci;
export const I_DIGITS = Info.Digits;
export const I_UMLAUT_SHIFT = Info.UmlautShift;
export const I_LOWER_SHIFT = Info.LowerShift;
export const I_IBAN = Info.Iban;
export const I_WORD3 = Info.Word3;
export const I_CAPS = Info.Caps;
export const I_LANG_SHIFT = Info.LangShift;
export const I_TRI = Info.Tri;
export const I_NUM4 = Info.Num4;
/** ids are below this */
export const TABLE_IDS = Table.Size;
const REC_BUFFER = new ArrayBuffer(Table.Size * Rec.Stride * 4);
/** the records (record 0 is never used: id 0 means "no entry") */
export const REC = new Int32Array(REC_BUFFER);
const REC16 = new Uint16Array(REC_BUFFER);
/** lang.ts: German and English trigram masks, two per id */
export const TRI = new Int32Array(2 * Table.Size);
/** characters of spellings longer than INLINE_CHARS, back to back */
let pool = new Uint16Array(16_384);
let poolUsed = 0;
let tableCount = 0;
/**
 * The hash table: the id of the entry in each slot (0 = empty slot). Ids are handed out in
 * first-seen order: the records in use lie together at the start of REC, not spread over all of it.
 *
 * It starts with Table.Slots two-byte slots (128 KB), which stays in a core's cache, and grows
 * (rehashed from the records' hashes, four-byte slots from then on) when it is 3/4 full; clearing
 * the lexicon shrinks it again. The eval texts make about 20 500 entries; only a text near the
 * length limit, or thousands of custom rules, grow it. With as many four-byte slots as ids
 * (512 KB), the read of a slot had been the largest single cost of the tokeniser, a cache miss
 * per word (line ticks under bench:classify): in separate processes alternating with that table,
 * classify() went from 0.67-0.90x to 0.82-0.96x of sentiment's speed (medians 0.80 and 0.92).
 */
let SLOTS: Uint16Array | Uint32Array = new Uint16Array(Table.Slots);
let slotMask = Table.Slots - 1;
let growAt = (Table.Slots >> 2) * 3;

function growSlots(): void {
  const size = SLOTS.length * 2;
  const slots = new Uint32Array(size);
  const mask = size - 1;
  for (let id = 1; id <= tableCount; id++) {
    let slot = REC[id * Rec.Stride + Rec.Hash]! & mask;
    while (slots[slot] !== 0) slot = (slot + 1) & mask;
    slots[slot] = id;
  }
  SLOTS = slots;
  slotMask = mask;
  growAt = (size >> 2) * 3;
}
let LEXES: (Lex | undefined)[] = new Array<Lex | undefined>(Table.Size);
/**
 * Language points of a word by its language bits (vocab.ts L_*): a stopword of one language 1, of
 * both 0.3 each, else a lexicon word only one pack knows 0.7 (lang.ts).
 */
const LANG_DE_POINTS = new Float64Array(16);
const LANG_EN_POINTS = new Float64Array(16);
for (let b = 0; b < 16; b++) {
  const inDe = (b & L_DE_STOP) !== 0;
  const inEn = (b & L_EN_STOP) !== 0;
  if (inDe && !inEn) LANG_DE_POINTS[b] = 1;
  else if (inEn && !inDe) LANG_EN_POINTS[b] = 1;
  else if (inDe && inEn) {
    LANG_DE_POINTS[b] = 0.3;
    LANG_EN_POINTS[b] = 0.3;
  } else if ((b & L_DE_LEX) !== 0) LANG_DE_POINTS[b] = 0.7;
  else if ((b & L_EN_LEX) !== 0) LANG_EN_POINTS[b] = 0.7;
}

/**
 * Repetition counts of the text being tokenised: folded-form id → count, in slots of three ints
 * (id, generation, count) side by side, valid where the generation is the text's. Each text uses only
 * the first REP_MASK + 1 slots, as many as it needs (a power of two at least its length + 2), so a short
 * text's counts stay in a few cache lines: with the slot picked from all of a table sized for the
 * longest text seen, each word's count had been a cache miss.
 */
let REP = new Int32Array(3 * 256);
let REP_MASK = 255;
let repGeneration = 0;
/** incremented whenever the table is cleared (ids are reused then) */
let epoch = 0;

/** For tests: entries in the lexicon and slots of its hash table. */
export function lexiconStats(): { entries: number; slots: number } {
  return { entries: tableCount, slots: SLOTS.length };
}

/** Changes whenever the lexicon table is cleared: caches keyed by ids must be dropped then. */
export function lexiconEpoch(): number {
  return epoch;
}

/**
 * A tokenised text as parallel arrays (struct of arrays). One module-level instance is reused by
 * every call of tokeniseInto(), so classify() allocates no token objects; valid until the next call.
 */
export interface Tokens {
  text: string;
  /** number of tokens */
  n: number;
  kind: Uint8Array;
  /** character offsets of the token in `text`, [start, end) */
  start: Int32Array;
  end: Int32Array;
  sent: Int32Array;
  clause: Int32Array;
  /** words and numbers: the record id of their spelling's entry; hashtags: of the tag without "#"; else 0 */
  id: Int32Array;
  /** emoji/emoticons: their symbol's entry (only read where id is 0; see tokenLex) */
  sym: (Lex | undefined)[];
  /** words and hashtags: their word classes in the German (low 16 bits) and English (high 16 bits) pack; else 0 */
  pb: Int32Array;
  /** counts for the flag detectors: ASCII digits in the text, IBAN-like spot seen, URLs, mentions, e-mails, words of 3+ letters */
  digits: number;
  ibanHint: boolean;
  urls: number;
  mentions: number;
  emails: number;
  words: number;
  /**
   * Language evidence summed in token order (lang.ts finishes it): stopword/lexicon points for each
   * language, words and hashtags counted, umlauts of the words within the first ~400 characters and
   * the index after the last of those words (the trigram text).
   */
  langDe: number;
  langEn: number;
  langWords: number;
  umlauts: number;
  triEnd: number;
  /** the words of 3+ letters by folded form: how many distinct ones, and the highest count */
  unique: number;
  topN: number;
  /** number of sentences, and per sentence the first/last token index and end punctuation */
  ns: number;
  sFirst: Int32Array;
  sLast: Int32Array;
  sEnd: string[];
  /** 1 when the sentence's "?" stands inside double quotes or before a closing single quote: a question reported, not asked ('only to hear "why not?"') */
  sQuoted: Uint8Array;
}

export interface Sentence {
  /** first and last token index (inclusive); first > last for a sentence without tokens */
  first: number;
  last: number;
  /** the terminating punctuation run, e.g. "?", "?!", "!!!", "." or "" */
  end: string;
}

export interface Tokenised {
  tokens: Token[];
  sentences: Sentence[];
}

const ELONGATED_RE = /(\p{L})\1{2,}/u;
const RUN3_RE = /(\p{L})\1{2,}/gu;
const GERMAN_CHARS_RE = /[äöüß]/gu;
const ANY_DIGITS_RE = /\p{N}/gu;

function resetLexicon(): void {
  REC.fill(0, 0, (tableCount + 1) * Rec.Stride);
  if (SLOTS.length === Table.Slots) SLOTS.fill(0);
  else {
    SLOTS = new Uint16Array(Table.Slots);
    slotMask = Table.Slots - 1;
    growAt = (Table.Slots >> 2) * 3;
  }
  LEXES = new Array<Lex | undefined>(Table.Size);
  tableCount = 0;
  poolUsed = 0;
  epoch++;
}

/**
 * The spelling being looked up, as UTF-16 units (KEY16) and, for the comparison with a record's
 * inline characters, as int32 pairs (KEY32); filled while hashing, so a look-up compares typed
 * arrays, two characters at a time, instead of reading the text again.
 */
let KEY16 = new Uint16Array(256);
let KEY32 = new Int32Array(KEY16.buffer);
function ensureKey(size: number): void {
  if (KEY16.length >= size) return;
  KEY16 = new Uint16Array(size + (size & 1) + 2);
  KEY32 = new Int32Array(KEY16.buffer);
}

/** scanWordRest()'s hash */
const SCANNED = new Int32Array(1);

/**
 * Continues the word that starts at i and whose characters up to j are hashed (h) and copied to
 * KEY16: word characters (an astral one as its two halves), and apostrophes between two of them
 * (don't, geht's). Returns the end and leaves the hash in SCANNED[0].
 */
function scanWordRest(s: string, i: number, j: number, n: number, h: number): number {
  const key = KEY16;
  const bmpClass = BMP_CLASS;
  while (j < n) {
    const a = s.charCodeAt(j);
    if (bmpClass[a] === Ch.Word || (a < 0xd800 || a > 0xdbff ? bmpClass[a] === 0 && charClassAt(s, j) === Ch.Word : false)) {
      h = Math.imul(h ^ a, 0x01000193);
      key[j - i] = a;
      j++;
    } else if (a >= 0xd800 && a <= 0xdbff && charClassAt(s, j) === Ch.Word) {
      // an astral word character: both halves
      h = Math.imul(h ^ a, 0x01000193);
      key[j - i] = a;
      const lo = s.charCodeAt(j + 1);
      h = Math.imul(h ^ lo, 0x01000193);
      key[j + 1 - i] = lo;
      j += 2;
    } else if ((a === 39 || a === 0x2019) && j > i && j + 1 < n && isWordAt(s, j + 1)) {
      // inner apostrophe: don't, geht's
      h = Math.imul(h ^ a, 0x01000193);
      key[j - i] = a;
      j++;
    } else break;
  }
  SCANNED[0] = h;
  return j;
}

/** Zeroes the first INLINE_CHARS units of the key: a spelling of up to INLINE_CHARS units is then followed by zeros, as in its record. */
function clearKey(): void {
  const k = KEY32;
  k[0] = 0;
  k[1] = 0;
  k[2] = 0;
  k[3] = 0;
  k[4] = 0;
  k[5] = 0;
}

/** FNV-1a over UTF-16 code units s[start, end), which it copies to KEY16 */
function hashRange(s: string, start: number, end: number): number {
  ensureKey(end - start + 2);
  clearKey();
  const key = KEY16;
  let h = 0x811c9dc5 | 0;
  for (let i = start; i < end; i++) {
    const a = s.charCodeAt(i);
    key[i - start] = a;
    h = Math.imul(h ^ a, 0x01000193);
  }
  return h;
}

/** Fills the empty slot `id` with the entry of a spelling (not its R_CANON and R_ALT: idAt does). */
function newEntry(id: number, raw: string, h: number): Lex {
  const folded = foldWord(raw);
  let norm = folded;
  let alt: string | undefined;
  if (ELONGATED_RE.test(folded)) {
    norm = folded.replace(RUN3_RE, '$1$1');
    alt = folded.replace(RUN3_RE, '$1');
  }
  const caps = raw.length >= 3 && raw === raw.toUpperCase() && raw !== raw.toLowerCase();
  const lower = raw.toLowerCase();
  const digits = countAsciiDigits(raw, 0, raw.length);
  const umlauts = lower.match(GERMAN_CHARS_RE)?.length ?? 0;
  const len = raw.length;
  const r = id * Rec.Stride;
  REC[r + Rec.Hash] = h;
  REC[r + Rec.Len] = len;
  REC[r + Rec.Info] =
    Math.min(digits, Info.Digits) |
    (Math.min(umlauts, 3) << Info.UmlautShift) |
    (Math.min(lower.length, 1023) << Info.LowerShift) |
    (digits >= 2 && hasIbanStart(raw, 0, len) ? Info.Iban : 0) |
    (norm.length >= 3 ? Info.Word3 : 0) |
    (caps ? Info.Caps : 0) |
    (langBitsOf(norm) << Info.LangShift) |
    ((norm.match(ANY_DIGITS_RE)?.length ?? 0) >= 4 ? Info.Num4 : 0);
  REC[r + Rec.Pb] = wordClassBits(norm, alt);
  REC[r + Rec.Canon] = id;
  if (len <= Rec.InlineChars) {
    const c16 = 2 * (r + Rec.Chars);
    for (let k = 0; k < len; k++) REC16[c16 + k] = raw.charCodeAt(k);
  } else {
    if (pool.length < poolUsed + len) {
      const bigger = new Uint16Array(Math.max(poolUsed + len, pool.length * 2));
      bigger.set(pool);
      pool = bigger;
    }
    for (let k = 0; k < len; k++) pool[poolUsed + k] = raw.charCodeAt(k);
    REC[r + Rec.Chars] = poolUsed;
    poolUsed += len;
  }
  tableCount++;
  // (the caller has put the id in its slot; the caller's caller holds no slot index)
  if (tableCount > growAt) growSlots();
  const lex = new Lex(id, raw, norm, alt, caps);
  LEXES[id] = lex;
  return lex;
}

/** ASCII digits in s[start, end) */
export function countAsciiDigits(s: string, start: number, end: number): number {
  let d = 0;
  for (let i = start; i < end; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) d++;
  }
  return d;
}

/** two capitals followed by two digits somewhere in s[start, end) */
function hasIbanStart(s: string, start: number, end: number): boolean {
  for (let i = start; i + 3 < end; i++) {
    const a = s.charCodeAt(i);
    if (a >= 65 && a <= 90) {
      const b = s.charCodeAt(i + 1);
      const c = s.charCodeAt(i + 2);
      const d = s.charCodeAt(i + 3);
      if (b >= 65 && b <= 90 && c >= 48 && c <= 57 && d >= 48 && d <= 57) return true;
    }
  }
  return false;
}

/** The entry id of s[start, end), whose FNV-1a hash is h and whose characters are in KEY16. */
function idAt(s: string, start: number, end: number, h: number): number {
  const len = end - start;
  const key16 = KEY16;
  const key32 = KEY32;
  const rec = REC;
  const chars = pool;
  const slots = SLOTS;
  const mask = slotMask;
  let slot = h & mask;
  for (;;) {
    const id = slots[slot]!;
    if (id === 0) break;
    const r = id * Rec.Stride;
    if (rec[r + Rec.Hash] === h && rec[r + Rec.Len] === len) {
      if (len <= Rec.InlineChars) {
        // all six ints, without a data-dependent loop: both sides are zero after the spelling
        const c = r + Rec.Chars;
        if (((key32[0]! ^ rec[c]!) | (key32[1]! ^ rec[c + 1]!) | (key32[2]! ^ rec[c + 2]!) | (key32[3]! ^ rec[c + 3]!) | (key32[4]! ^ rec[c + 4]!) | (key32[5]! ^ rec[c + 5]!)) === 0) return id;
      } else {
        const o = rec[r + Rec.Chars]!;
        let k = 0;
        while (k < len && key16[k] === chars[o + k]) k++;
        if (k === len) return id;
      }
    }
    slot = (slot + 1) & mask;
  }
  const id = tableCount + 1;
  slots[slot] = id;
  const lex = newEntry(id, start === 0 && end === s.length ? s : s.slice(start, end), h);
  // spellings of one folded form share a counter: "Buy", "BUY" and "buy" are one word
  if (lex.norm !== lex.raw) {
    const canon = idOf(lex.norm);
    rec[id * Rec.Stride + Rec.Canon] = canon;
  }
  if (lex.alt !== undefined) {
    const alt = idOf(lex.alt);
    rec[id * Rec.Stride + Rec.Alt] = alt;
  }
  return id;
}

/** The entry id of a spelling (cached). */
export function idOf(raw: string): number {
  return idAt(raw, 0, raw.length, hashRange(raw, 0, raw.length));
}

/** The entry of a spelling (cached). */
export function lexOf(raw: string): Lex {
  return LEXES[idOf(raw)]!;
}

/** The entry of record id `id` (not 0). */
export function lexOfId(id: number): Lex {
  return LEXES[id]!;
}

const WORDISH_RE = /^[\p{L}\p{N}\p{M}]$/u;
const EMOJI_RE = /^\p{Extended_Pictographic}$/u;
/** character classes: 1 = other, 2 = word char (letters, digits, marks), 3 = emoji; 0 = not yet known */
const enum Ch {
  Other = 1,
  Word = 2,
  Emoji = 3,
}
const BMP_CLASS = new Uint8Array(65536);
for (let c = 0; c < 128; c++) BMP_CLASS[c] = (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) ? Ch.Word : Ch.Other;
/** ASCII characters the tokeniser skips: not word characters, and none of \n ! " # , - . : ; < = > ? @ ^ */
const ASCII_PLAIN = new Uint8Array(128);
for (let c = 0; c < 128; c++) ASCII_PLAIN[c] = BMP_CLASS[c] === Ch.Word || '\n!"#,-.:;<=>?@^'.includes(String.fromCharCode(c)) ? 0 : 1;
const astralClass = new Map<number, number>();
function classify1(cp: number): number {
  const ch = String.fromCodePoint(cp);
  return WORDISH_RE.test(ch) ? Ch.Word : EMOJI_RE.test(ch) ? Ch.Emoji : Ch.Other;
}
/** class of the code point at i (surrogate pairs are looked up as code points) */
function charClassAt(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if (c < 0xd800 || c > 0xdbff) {
    let k = BMP_CLASS[c]!;
    if (k === 0) BMP_CLASS[c] = k = classify1(c);
    return k;
  }
  const cp = s.codePointAt(i)!;
  let k = astralClass.get(cp);
  if (k === undefined) {
    k = classify1(cp);
    if (astralClass.size < 50_000) astralClass.set(cp, k);
  }
  return k;
}

function isAsciiAlnum(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
}
function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}
/** word character at i (letters, digits, combining marks) */
function isWordAt(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  if (c < 128) return BMP_CLASS[c] === Ch.Word;
  return charClassAt(s, i) === Ch.Word;
}
function charLen(s: string, i: number): number {
  const c = s.charCodeAt(i);
  return c >= 0xd800 && c <= 0xdbff ? 2 : 1;
}
/** "xd", "XDD": a laughing emoticon written with letters */
function isXd(s: string, start: number, end: number): boolean {
  const len = end - start;
  if (len < 2 || len > 5) return false;
  const x = s.charCodeAt(start);
  if (x !== 120 && x !== 88) return false;
  for (let k = start + 1; k < end; k++) {
    const d = s.charCodeAt(k);
    if (d !== 100 && d !== 68) return false;
  }
  return true;
}
/** could an e-mail address start at i: local-part characters up to an "@" */
function emailAhead(s: string, i: number): boolean {
  for (let j = i, k = 0; j < s.length && k <= 64; j++, k++) {
    const c = s.charCodeAt(j);
    if (c === 64) return k > 0;
    if (c < 128 ? !(BMP_CLASS[c] === Ch.Word || c === 46 || c === 95 || c === 37 || c === 43 || c === 45) : charClassAt(s, j) !== Ch.Word) return false;
  }
  return false;
}

const EMOTICON_RE = /(?:>?[:;=][-'^o]?[()[\]dDpP/\\|*3oO$@]{1,4}(?![\p{L}\p{N}]))|<3{1,5}|\^\^|[dD]:(?![\p{L}\p{N}])/uy;
const EMAIL_RE = /[\p{L}\p{N}._%+-]{1,64}@[\p{L}\p{N}-]{1,63}(?:\.[\p{L}\p{N}-]{1,63}){1,8}/uy;

/** Entries for emoji and emoticons, keyed by their normal form (few distinct ones). */
const SYMBOLS = new Map<string, Lex>();
function symbolLex(norm: string): Lex {
  let e = SYMBOLS.get(norm);
  if (e === undefined) {
    e = new Lex(0, norm, norm, undefined, false);
    if (SYMBOLS.size < 10_000) SYMBOLS.set(norm, e);
  }
  return e;
}

let capacity = 0;
const BUF: Tokens = {
  text: '',
  n: 0,
  kind: new Uint8Array(0),
  start: new Int32Array(0),
  end: new Int32Array(0),
  sent: new Int32Array(0),
  clause: new Int32Array(0),
  id: new Int32Array(0),
  sym: [],
  pb: new Int32Array(0),
  digits: 0,
  ibanHint: false,
  urls: 0,
  mentions: 0,
  emails: 0,
  words: 0,
  langDe: 0,
  langEn: 0,
  langWords: 0,
  umlauts: 0,
  triEnd: 0,
  unique: 0,
  topN: 0,
  ns: 0,
  sFirst: new Int32Array(0),
  sLast: new Int32Array(0),
  sEnd: [],
  sQuoted: new Uint8Array(0),
};
function ensureCapacity(size: number): void {
  if (size <= capacity) return;
  capacity = Math.max(size, 256);
  BUF.kind = new Uint8Array(capacity);
  BUF.start = new Int32Array(capacity);
  BUF.end = new Int32Array(capacity);
  BUF.sent = new Int32Array(capacity);
  BUF.clause = new Int32Array(capacity);
  BUF.id = new Int32Array(capacity);
  BUF.pb = new Int32Array(capacity);
  BUF.sFirst = new Int32Array(capacity);
  BUF.sLast = new Int32Array(capacity);
  BUF.sQuoted = new Uint8Array(capacity);
  // the two arrays of values sized up front too: storing past the end of a JS array makes V8 throw away
  // the tokeniser's optimised code once
  BUF.sym = new Array<Lex | undefined>(capacity).fill(undefined);
  BUF.sEnd = new Array<string>(capacity).fill('');
}

/**
 * Everything tokeniseInto does only now and then before a text (clearing the lexicon, growing the
 * buffers), out of its body: a branch that runs rarely is a deoptimisation waiting to happen in the
 * optimised tokeniser (warm-up.ts says why that costs). Returns the text's repetition-count generation.
 */
function prepare(n: number): number {
  // bound the caches between texts (never inside one, so all words of a text share one generation);
  // a text has at most 20 000 characters, so at most 10 000 new words
  if (tableCount >= Table.Max) resetLexicon();
  // a token needs at least one character, a sentence at least one token
  ensureCapacity(n + 1);
  ensureKey(n + 2);
  // repetition counts: a word needs a slot, and the text's part of the table stays at most half full
  const size = Math.max(16, 1 << (32 - Math.clz32(n + 1)));
  REP_MASK = size - 1;
  if (REP.length < 3 * size) REP = new Int32Array(3 * size);
  if (repGeneration === 0x7fffffff) {
    REP.fill(0);
    repGeneration = 0;
  }
  return ++repGeneration;
}

/**
 * Hand-written single pass over the characters (no per-token regular expressions on the hot
 * path): URLs, e-mails, @mentions, #hashtags, emoticons, emoji, numbers, words, punctuation.
 * Fills and returns the shared token buffer (valid until the next call).
 */
export function tokeniseInto(text: string): Tokens {
  const gen = prepare(text.length);
  const rec = REC;
  const bmpClass = BMP_CLASS;
  const asciiPlain = ASCII_PLAIN;
  const dePoints = LANG_DE_POINTS;
  const enPoints = LANG_EN_POINTS;
  const s = text;
  const n = s.length;
  const T = BUF;
  T.text = s;
  const kind = T.kind;
  const tStart = T.start;
  const tEnd = T.end;
  const tSent = T.sent;
  const tClause = T.clause;
  const tSym = T.sym;
  const tId = T.id;
  const tPb = T.pb;
  const sFirst = T.sFirst;
  const sLast = T.sLast;
  const sEnd = T.sEnd;
  const sQuoted = T.sQuoted;
  let inQuote = false;
  let quotedQ = false;
  let nt = 0;
  let ns = 0;
  let digits = 0;
  let ibanHint = false;
  let urls = 0;
  let mentions = 0;
  let emails = 0;
  let words = 0;
  let langDe = 0;
  let langEn = 0;
  let langWords = 0;
  let lettersLength = 0;
  let umlauts = 0;
  let triEnd = 0;
  let unique = 0;
  let topN = 0;
  const rep = REP;
  const repMask = REP_MASK;
  // an e-mail needs an "@" right after a local-part character; a mention's "@" follows a space
  let hasAt = false;
  for (let at = s.indexOf('@'); at >= 0; at = s.indexOf('@', at + 1)) {
    if (at === 0) continue;
    const p = s.charCodeAt(at - 1);
    if (p === 46 || p === 95 || p === 37 || p === 43 || p === 45 || (p < 128 ? bmpClass[p] === Ch.Word : charClassAt(s, at - 1) === Ch.Word)) {
      hasAt = true;
      break;
    }
  }
  let clause = 0;
  let sentFirst = 0;
  let i = 0;
  while (i < n) {
    const c = s.charCodeAt(i);
    // spaces and other ASCII characters that neither make a token nor end a sentence or clause
    if (c < 128 && asciiPlain[c] === 1) {
      i++;
      continue;
    }
    let k = 0;
    let j = i;
    let sym: Lex | undefined;
    let id = 0;
    let end = '';
    let closes = false;
    if (c < 128 ? bmpClass[c] === Ch.Word : isWordAt(s, i)) {
      // e-mail: only tried when the text has an "@" and we are at the start of a word
      if (hasAt && !(i > 0 && isWordAt(s, i - 1)) && emailAhead(s, i)) {
        EMAIL_RE.lastIndex = i;
        const m = EMAIL_RE.exec(s);
        if (m !== null) {
          k = Kind.Email;
          j = i + m[0].length;
        }
      }
      if (k === 0 && (c === 104 || c === 119) && i + 1 < n && s.charCodeAt(i + 1) === (c === 104 ? 116 : 119) && (s.startsWith('http:/', i) || s.startsWith('https:/', i) || s.startsWith('www.', i)) && !(i > 0 && isWordAt(s, i - 1))) {
        while (j < n && s.charCodeAt(j) > 32) j++;
        k = Kind.Url;
      }
      if (k === 0 && isDigit(c)) {
        // number: digits with inner separators ("12.50", "24/7", "0171-123"); digits+letters are a word ("3rd")
        while (j < n && isDigit(s.charCodeAt(j))) j++;
        while (j + 1 < n && ',.:/-'.includes(s[j]!) && isDigit(s.charCodeAt(j + 1))) {
          j++;
          while (j < n && isDigit(s.charCodeAt(j))) j++;
        }
        if (j >= n || !isWordAt(s, j)) {
          k = Kind.Number;
          id = idAt(s, i, j, hashRange(s, i, j));
        } else j = i;
      }
      if (k === 0) {
        // the word's characters are hashed and copied to KEY16 in one pass: a tight loop over the characters
        // already known as word characters (no calls in it, so V8 keeps it in registers), and scanWordRest()
        // for the rest of a word with an apostrophe, a character not seen before or an astral one
        clearKey();
        const key = KEY16;
        let h = 0x811c9dc5 | 0;
        let a = c;
        if (bmpClass[a] === Ch.Word) {
          for (;;) {
            h = Math.imul(h ^ a, 0x01000193);
            key[j - i] = a;
            j++;
            if (j >= n) break;
            a = s.charCodeAt(j);
            if (bmpClass[a] !== Ch.Word) break;
          }
        }
        if (j < n && (a === 39 || a === 0x2019 || (a >= 128 && bmpClass[a] === 0))) {
          j = scanWordRest(s, i, j, n, h);
          h = SCANNED[0]!;
        }
        if ((c === 120 || c === 88) && isXd(s, i, j)) {
          k = Kind.Emoticon;
          sym = symbolLex(s.slice(i, j).toLowerCase());
        } else {
          k = Kind.Word;
          id = idAt(s, i, j, h);
        }
      }
    } else if ((c === 64 || c === 35) && i + 1 < n && !(i > 0 && isWordAt(s, i - 1)) && (isWordAt(s, i + 1) || s.charCodeAt(i + 1) === 95)) {
      // @mention or #hashtag
      j = i + 1;
      // (ASCII word characters and "_" without a call, as in the word loop)
      for (; j < n; j++) {
        const d = s.charCodeAt(j);
        if (d < 128) {
          if (bmpClass[d] !== Ch.Word && d !== 95) break;
        } else if (isWordAt(s, j)) j += charLen(s, j) - 1;
        else break;
      }
      if (c === 64) k = Kind.Mention;
      else {
        k = Kind.Hashtag;
        id = idAt(s, i + 1, j, hashRange(s, i + 1, j));
      }
    } else {
      if (c === 58 || c === 59 || c === 61 || c === 62 || c === 60 || c === 94 || c === 68 || c === 100) {
        EMOTICON_RE.lastIndex = i;
        const m = EMOTICON_RE.exec(s);
        if (m !== null && (i === 0 || s.charCodeAt(i - 1) <= 32 || !isWordAt(s, i - 1) || m[0].length >= 2)) {
          k = Kind.Emoticon;
          j = i + m[0].length;
          sym = symbolLex(m[0].replace(/-/g, '').replace(/^=/, ':').toLowerCase());
        }
      }
      if (k === 0 && c >= 0x2000 && charClassAt(s, i) === Ch.Emoji) {
        const cp = s.codePointAt(i)!;
        j = i + charLen(s, i);
        // variation selector, skin tones, zero-width-joiner sequences belong to the emoji
        for (;;) {
          const d = j < n ? s.codePointAt(j) : undefined; // (reading past the end would throw V8's optimised code away)
          if (d === 0xfe0f || (d !== undefined && d >= 0x1f3fb && d <= 0x1f3ff)) j += charLen(s, j);
          else if (d === 0x200d && j + 1 < n) {
            j++;
            j += charLen(s, j);
          } else break;
        }
        k = Kind.Emoji;
        sym = symbolLex(String.fromCodePoint(cp));
      }
      if (k === 0) {
        if (c === 63 || c === 33 || c === 46 || c === 0x2026) {
          // punctuation run
          let dots = 0;
          while (j < n) {
            const d = s.charCodeAt(j);
            if (d === 63 || d === 33) end += s[j];
            else if (d === 46) dots++;
            else if (d === 0x2026) dots += 3;
            else if (d !== 32 || !(j + 1 < n && '?!'.includes(s[j + 1]!))) break; // "Why ? !" stays one run
            j++;
          }
          // "..." and "…" are pauses, not sentence ends ("Toller Service … nicht"); neither is the dot of an
          // ordinal written without a space ("1.Klasse", "3.Liga")
          if (inQuote && end.includes('?')) quotedQ = true;
          // a "?" right before a closing single quote ends a quoted question ('Where is it?' she asked; ‚Wo?‘)
          else if (j < n && end.includes('?')) {
            const q = s.charCodeAt(j);
            if (q === 39 || q === 0x2018 || q === 0x2019 || q === 0x2039 || q === 0x203a) quotedQ = true;
          }
          const ordinal = end === '' && dots === 1 && j === i + 1 && i > 0 && isDigit(s.charCodeAt(i - 1)) && j < n && isWordAt(s, j) && !isDigit(s.charCodeAt(j));
          if (!ordinal && (end !== '' || dots <= 2)) {
            closes = true;
            if (end === '') end = '.';
          }
        } else if (c === 10) {
          closes = true;
          j = i + 1;
        } else {
          if (c === 44 || c === 59 || c === 58 || c === 0x2013 || c === 0x2014 || (c === 45 && (i + 1 >= n || s.charCodeAt(i + 1) <= 32))) clause++;
          // double quotes of any style toggle ("…", „…“, “…”, «…»)
          else if (c === 34 || c === 0x201c || c === 0x201d || c === 0x201e || c === 0xab || c === 0xbb) inQuote = !inQuote;
          j = i + charLen(s, i);
        }
      }
    }
    if (k !== 0) {
      if (k === Kind.Word || k === Kind.Hashtag) {
        const r = id * Rec.Stride;
        const info = rec[r + Rec.Info]!;
        digits += info & Info.Digits;
        if ((info & Info.Iban) !== 0) ibanHint = true;
        tPb[nt] = rec[r + Rec.Pb]!;
        // language evidence (lang.ts): stopwords, lexicon words only one pack knows (adding 0 changes no sum)
        langWords++;
        const b = (info >> Info.LangShift) & 15;
        langDe += dePoints[b]!;
        langEn += enPoints[b]!;
        if (k === Kind.Word) {
          // umlauts of the words within the first ~400 characters (as lang.ts's trigram text)
          if (lettersLength < 400) {
            lettersLength += ((info >> Info.LowerShift) & 1023) + 2;
            umlauts += (info >> Info.UmlautShift) & 3;
            triEnd = nt + 1;
          }
          if ((info & Info.Word3) !== 0) {
            words++;
            // repetition (spam detector): spellings of one folded form count together ("Buy", "BUY", "buy")
            const canon = rec[r + Rec.Canon]!;
            let slot = canon & repMask;
            let x = 3 * slot;
            while (rep[x + 1] === gen && rep[x] !== canon) {
              slot = (slot + 1) & repMask;
              x = 3 * slot;
            }
            let cnt = 1;
            if (rep[x + 1] !== gen) {
              rep[x] = canon;
              rep[x + 1] = gen;
              unique++;
            } else cnt = rep[x + 2]! + 1;
            rep[x + 2] = cnt;
            if (cnt > topN) topN = cnt;
          }
        }
      } else if (k !== Kind.Emoji) {
        // numbers, URLs, mentions, e-mails and emoticons ("<3") may hold digits
        const d = countAsciiDigits(s, i, j);
        digits += d;
        if (d >= 2 && k !== Kind.Number && k !== Kind.Emoticon && hasIbanStart(s, i, j)) ibanHint = true;
        if (k === Kind.Url) urls++;
        else if (k === Kind.Mention) mentions++;
        else if (k === Kind.Email) emails++;
      }
      kind[nt] = k;
      tStart[nt] = i;
      tEnd[nt] = j;
      tSent[nt] = ns;
      tClause[nt] = clause;
      tId[nt] = id;
      if (id === 0) tSym[nt] = sym;
      if (k !== Kind.Word && k !== Kind.Hashtag) tPb[nt] = 0;
      nt++;
    } else if (closes) {
      if (nt > sentFirst) {
        sFirst[ns] = sentFirst;
        sLast[ns] = nt - 1;
        sEnd[ns] = end;
        sQuoted[ns] = quotedQ ? 1 : 0;
        ns++;
        sentFirst = nt;
      } else if (end !== '' && ns > 0) {
        sEnd[ns - 1] += end; // "Why ? ?" keeps one sentence
        if (quotedQ) sQuoted[ns - 1] = 1;
      }
      quotedQ = false;
      clause++;
    }
    i = j;
  }
  if (nt > sentFirst) {
    sFirst[ns] = sentFirst;
    sLast[ns] = nt - 1;
    sEnd[ns] = '';
    sQuoted[ns] = 0;
    ns++;
  }
  T.n = nt;
  T.ns = ns;
  T.digits = digits;
  T.ibanHint = ibanHint;
  T.urls = urls;
  T.mentions = mentions;
  T.emails = emails;
  T.words = words;
  T.langDe = langDe;
  T.langEn = langEn;
  T.langWords = langWords;
  T.umlauts = umlauts;
  T.triEnd = triEnd;
  T.unique = unique;
  T.topN = topN;
  return T;
}

/**
 * The folded form (entry id) of the first word of 3+ letters, in text order, whose folded form has
 * the highest count (T.topN) in the text just tokenised.
 */
export function topRepeated(T: Tokens): number {
  const rep = REP;
  const mask = REP_MASK;
  for (let i = 0; i < T.n; i++) {
    if (T.kind[i] !== Kind.Word) continue;
    const r = T.id[i]! * Rec.Stride;
    if ((REC[r + Rec.Info]! & Info.Word3) === 0) continue;
    const canon = REC[r + Rec.Canon]!;
    let slot = canon & mask;
    while (rep[3 * slot] !== canon || rep[3 * slot + 1] !== repGeneration) slot = (slot + 1) & mask;
    const x = 3 * slot;
    if (rep[x + 2] === T.topN) return canon;
  }
  return 0;
}

/** The text of token i as written. */
export function rawOf(T: Tokens, i: number): string {
  // cut from the text (in cache) rather than read from the word's entry (rarely in cache for a rare word)
  return T.text.slice(T.start[i], T.end[i]);
}

/** The entry of token i: its spelling's (words, numbers, hashtags), its symbol's (emoji, emoticons), else undefined. */
export function tokenLex(T: Tokens, i: number): Lex | undefined {
  const id = T.id[i]!;
  return id !== 0 ? LEXES[id] : T.sym[i];
}

/** Tokenises a text into token and sentence objects (the public, allocating form of tokeniseInto). */
export function tokenise(text: string): Tokenised {
  const T = tokeniseInto(text);
  const tokens: Token[] = [];
  for (let i = 0; i < T.n; i++) {
    const k = T.kind[i]!;
    const raw = rawOf(T, i);
    const lex = tokenLex(T, i);
    const norm = lex !== undefined ? lex.norm : raw.toLowerCase();
    const t: Token = { raw, norm, alt: lex?.alt, kind: KIND_NAMES[k]!, sent: T.sent[i]!, clause: T.clause[i]!, caps: k === Kind.Word ? lex!.caps : false };
    tokens.push(t);
  }
  const sentences: Sentence[] = [];
  for (let i = 0; i < T.ns; i++) sentences.push({ first: T.sFirst[i]!, last: T.sLast[i]!, end: T.sEnd[i]! });
  return { tokens, sentences };
}
