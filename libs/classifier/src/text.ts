/**
 * Normalisation and tokenisation. A text is tokenised exactly once per classify() call; every
 * rule (pack, custom, flags, question syntax) then works on these tokens, never on the raw
 * string again (except the personal-data detectors, which need the original digits/spacing).
 */

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

/** Token kinds as small integers (internal token buffers). */
export const K_WORD = 1;
export const K_HASHTAG = 2;
export const K_MENTION = 3;
export const K_URL = 4;
export const K_EMAIL = 5;
export const K_EMOJI = 6;
export const K_EMOTICON = 7;
export const K_NUMBER = 8;
const KIND_NAMES: readonly TokenKind[] = ['word', 'word', 'hashtag', 'mention', 'url', 'email', 'emoji', 'emoticon', 'number'];

/**
 * Everything about a spelling that does not depend on the text it appears in, computed once and
 * cached: its folded forms, and slots the language detector, the rule packs and the matchers fill
 * on first use (so a repeated word costs one table look-up per text, not one per rule set).
 */
export class Lex {
  // Field order is the memory layout (assigned in this order in the constructor): what every token
  // reads (table check, tokeniser counts, language, word classes, candidates) fits the first cache line.
  /** FNV-1a of the spelling (lexicon table) */
  readonly hash: number;
  /** the spelling as written (shared by all its tokens, so tokenising a known word allocates no string) */
  readonly raw: string;
  /** ASCII digits in the spelling */
  digits: number;
  /** two capitals followed by two digits somewhere in the spelling (IBAN-like) */
  ibanLike: boolean;
  readonly normLength: number;
  /** language evidence bits (lang.ts); -1 = not computed yet */
  langBits: number;
  /** word-class bits of the three compiled packs (classify.ts); -1 = not computed yet */
  pb0: number;
  pb1: number;
  pb2: number;
  /** first-step candidates of the three pack matchers (matcher.ts), as a word (w*) and as a hashtag (h*) */
  w0: unknown;
  w1: unknown;
  w2: unknown;
  /** umlauts/ß in the lower-cased spelling (language detection) */
  readonly umlauts: number;
  readonly norm: string;
  readonly alt: string | undefined;
  readonly caps: boolean;
  /** length of the lower-cased spelling (language detection reads the first ~400 characters) */
  lowerLength: number;
  /** the pack trigrams the spelling contains, as bit masks (lang.ts) */
  triDe: number;
  triEn: number;
  h0: unknown;
  h1: unknown;
  h2: unknown;
  /** the entry of the folded form (itself when the spelling is already folded) */
  canon: Lex;
  /** repetition count within the current text (spam detector), kept on the entry of the folded form */
  gen: number;
  count: number;
  constructor(raw: string, norm: string, alt: string | undefined, caps: boolean, umlauts: number, hash: number) {
    this.hash = hash;
    this.raw = raw;
    this.digits = 0;
    this.ibanLike = false;
    this.normLength = norm.length;
    this.langBits = -1;
    this.pb0 = -1;
    this.pb1 = -1;
    this.pb2 = -1;
    this.w0 = undefined;
    this.w1 = undefined;
    this.w2 = undefined;
    this.umlauts = umlauts;
    this.norm = norm;
    this.alt = alt;
    this.caps = caps;
    this.lowerLength = raw.length;
    this.triDe = 0;
    this.triEn = 0;
    this.h0 = undefined;
    this.h1 = undefined;
    this.h2 = undefined;
    this.canon = this;
    this.gen = 0;
    this.count = 0;
  }
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
  /** words and numbers: their spelling's entry; hashtags: the entry of the tag without "#"; emoji/emoticons: their symbol's entry; else undefined */
  lex: (Lex | undefined)[];
  /** counts for the flag detectors: ASCII digits in the text, IBAN-like spot seen, URLs, mentions, e-mails, words of 3+ letters */
  digits: number;
  ibanHint: boolean;
  urls: number;
  mentions: number;
  emails: number;
  words: number;
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

const UMLAUTS: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss', ẞ: 'ss', Ä: 'ae', Ö: 'oe', Ü: 'ue' };
const UMLAUT_RE = /[äöüßẞÄÖÜ]/g;
const COMBINING_RE = /\p{M}+/gu;
const APOSTROPHE_RE = /['’`´]/g;
const ELONGATED_RE = /(\p{L})\1{2,}/u;
const RUN3_RE = /(\p{L})\1{2,}/gu;

/** Folds one word (or pattern word) to its matching form; the same function serves texts and packs. */
export function foldWord(word: string): string {
  let w = word.toLowerCase();
  if (UMLAUT_RE.test(w)) {
    UMLAUT_RE.lastIndex = 0;
    w = w.replace(UMLAUT_RE, (c) => UMLAUTS[c] ?? c);
  }
  UMLAUT_RE.lastIndex = 0;
  // strip accents (é → e) only when there are non-ASCII letters at all: the common case stays cheap
  // eslint-disable-next-line no-control-regex
  if (/[^\u0000-\u007f]/.test(w) && !/\p{Extended_Pictographic}/u.test(w)) {
    w = w.normalize('NFD').replace(COMBINING_RE, '');
  }
  return w.replace(APOSTROPHE_RE, '');
}

/**
 * Spelling → lexical entry; social texts repeat their vocabulary, so folding is cached (bounded).
 * The cache is an open-addressing hash table keyed by the characters of the text itself: a known
 * word is found by hashing and comparing its characters in place, without slicing a string.
 */
const TABLE_BITS = 17;
const TABLE_SIZE = 1 << TABLE_BITS;
const TABLE_MASK = TABLE_SIZE - 1;
/** cleared between texts once half full (a text adds at most 10 000 words, each with its folded form) */
const TABLE_MAX = TABLE_SIZE / 2 - 20_000;
let table: (Lex | undefined)[] = new Array<Lex | undefined>(TABLE_SIZE).fill(undefined);
let tableCount = 0;
const GERMAN_CHARS_RE = /[äöüß]/gu;

function resetLexicon(): void {
  table = new Array<Lex | undefined>(TABLE_SIZE).fill(undefined);
  tableCount = 0;
}

/** FNV-1a over UTF-16 code units s[start, end) */
function hashRange(s: string, start: number, end: number): number {
  let h = 0x811c9dc5 | 0;
  for (let i = start; i < end; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h;
}

function newLex(raw: string, h: number): Lex {
  const folded = foldWord(raw);
  let norm = folded;
  let alt: string | undefined;
  if (ELONGATED_RE.test(folded)) {
    norm = folded.replace(RUN3_RE, '$1$1');
    alt = folded.replace(RUN3_RE, '$1');
  }
  const caps = raw.length >= 3 && raw === raw.toUpperCase() && raw !== raw.toLowerCase();
  const lower = raw.toLowerCase();
  const lex = new Lex(raw, norm, alt, caps, lower.match(GERMAN_CHARS_RE)?.length ?? 0, h);
  lex.lowerLength = lower.length;
  lex.digits = countAsciiDigits(raw, 0, raw.length);
  lex.ibanLike = lex.digits >= 2 && hasIbanStart(raw, 0, raw.length);
  return lex;
}

function countAsciiDigits(s: string, start: number, end: number): number {
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

/** The lexical entry of s[start, end) whose FNV-1a hash is h. */
function lexAt(s: string, start: number, end: number, h: number): Lex {
  const len = end - start;
  let idx = h & TABLE_MASK;
  for (;;) {
    const e = table[idx];
    if (e === undefined) break;
    if (e.hash === h) {
      const r = e.raw;
      if (r.length === len && s.startsWith(r, start)) return e;
    }
    idx = (idx + 1) & TABLE_MASK;
  }
  const lex = newLex(start === 0 && end === s.length ? s : s.slice(start, end), h);
  table[idx] = lex;
  tableCount++;
  // spellings of one folded form share a counter: "Buy", "BUY" and "buy" are one word
  if (lex.norm !== lex.raw) lex.canon = lexOf(lex.norm);
  return lex;
}

/** The lexical entry of a spelling (cached). */
export function lexOf(raw: string): Lex {
  return lexAt(raw, 0, raw.length, hashRange(raw, 0, raw.length));
}

const WORDISH_RE = /^[\p{L}\p{N}\p{M}]$/u;
const EMOJI_RE = /^\p{Extended_Pictographic}$/u;
/** character classes: 1 = other, 2 = word char (letters, digits, marks), 3 = emoji; 0 = not yet known */
const OTHER = 1;
const WORDCH = 2;
const EMOJI = 3;
const BMP_CLASS = new Uint8Array(65536);
for (let c = 0; c < 128; c++) BMP_CLASS[c] = (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) ? WORDCH : OTHER;
const astralClass = new Map<number, number>();
function classify1(cp: number): number {
  const ch = String.fromCodePoint(cp);
  return WORDISH_RE.test(ch) ? WORDCH : EMOJI_RE.test(ch) ? EMOJI : OTHER;
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
  if (c < 128) return BMP_CLASS[c] === WORDCH;
  return charClassAt(s, i) === WORDCH;
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
    if (c < 128 ? !(BMP_CLASS[c] === WORDCH || c === 46 || c === 95 || c === 37 || c === 43 || c === 45) : charClassAt(s, j) !== WORDCH) return false;
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
    e = new Lex(norm, norm, undefined, false, 0, 0);
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
  lex: [],
  digits: 0,
  ibanHint: false,
  urls: 0,
  mentions: 0,
  emails: 0,
  words: 0,
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
  BUF.sFirst = new Int32Array(capacity);
  BUF.sLast = new Int32Array(capacity);
  BUF.sQuoted = new Uint8Array(capacity);
}

/**
 * Hand-written single pass over the characters (no per-token regular expressions on the hot
 * path): URLs, e-mails, @mentions, #hashtags, emoticons, emoji, numbers, words, punctuation.
 * Fills and returns the shared token buffer (valid until the next call).
 */
export function tokeniseInto(text: string): Tokens {
  // bound the caches between texts (never inside one, so all words of a text share one generation);
  // a text has at most 20 000 characters, so at most 10 000 new words
  if (tableCount >= TABLE_MAX) resetLexicon();
  const s = text;
  const n = s.length;
  // a token needs at least one character, a sentence at least one token
  ensureCapacity(n + 1);
  const T = BUF;
  T.text = s;
  const kind = T.kind;
  const tStart = T.start;
  const tEnd = T.end;
  const tSent = T.sent;
  const tClause = T.clause;
  const tLex = T.lex;
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
  // an e-mail needs an "@" right after a local-part character; a mention's "@" follows a space
  let hasAt = false;
  for (let at = s.indexOf('@'); at >= 0; at = s.indexOf('@', at + 1)) {
    if (at === 0) continue;
    const p = s.charCodeAt(at - 1);
    if (p === 46 || p === 95 || p === 37 || p === 43 || p === 45 || (p < 128 ? BMP_CLASS[p] === WORDCH : charClassAt(s, at - 1) === WORDCH)) {
      hasAt = true;
      break;
    }
  }
  let clause = 0;
  let sentFirst = 0;
  let i = 0;
  while (i < n) {
    const c = s.charCodeAt(i);
    let k = 0;
    let j = i;
    let lex: Lex | undefined;
    let end = '';
    let closes = false;
    if (c < 128 ? BMP_CLASS[c] === WORDCH : isWordAt(s, i)) {
      // e-mail: only tried when the text has an "@" and we are at the start of a word
      if (hasAt && !(i > 0 && isWordAt(s, i - 1)) && emailAhead(s, i)) {
        EMAIL_RE.lastIndex = i;
        const m = EMAIL_RE.exec(s);
        if (m !== null) {
          k = K_EMAIL;
          j = i + m[0].length;
        }
      }
      if (k === 0 && (c === 104 || c === 119) && (s.startsWith('http:/', i) || s.startsWith('https:/', i) || s.startsWith('www.', i)) && !(i > 0 && isWordAt(s, i - 1))) {
        while (j < n && s.charCodeAt(j) > 32) j++;
        k = K_URL;
      }
      if (k === 0 && isDigit(c)) {
        // number: digits with inner separators ("12.50", "24/7", "0171-123"); digits+letters are a word ("3rd")
        while (j < n && isDigit(s.charCodeAt(j))) j++;
        while (j + 1 < n && ',.:/-'.includes(s[j]!) && isDigit(s.charCodeAt(j + 1))) {
          j++;
          while (j < n && isDigit(s.charCodeAt(j))) j++;
        }
        if (j >= n || !isWordAt(s, j)) {
          k = K_NUMBER;
          lex = lexAt(s, i, j, hashRange(s, i, j));
        } else j = i;
      }
      if (k === 0) {
        let h = 0x811c9dc5 | 0;
        while (j < n) {
          const a = s.charCodeAt(j);
          if (a < 128 ? BMP_CLASS[a] === WORDCH : charClassAt(s, j) === WORDCH) {
            h = Math.imul(h ^ a, 0x01000193);
            j++;
            if (a >= 0xd800 && a <= 0xdbff && j < n) {
              h = Math.imul(h ^ s.charCodeAt(j), 0x01000193);
              j++;
            }
          } else if ((a === 39 || a === 0x2019) && j + 1 < n && j > i && isWordAt(s, j + 1)) {
            // inner apostrophe: don't, geht's
            h = Math.imul(h ^ a, 0x01000193);
            j++;
          } else break;
        }
        if (isXd(s, i, j)) {
          k = K_EMOTICON;
          lex = symbolLex(s.slice(i, j).toLowerCase());
        } else {
          k = K_WORD;
          lex = lexAt(s, i, j, h);
        }
      }
    } else if ((c === 64 || c === 35) && i + 1 < n && !(i > 0 && isWordAt(s, i - 1)) && (isWordAt(s, i + 1) || s.charCodeAt(i + 1) === 95)) {
      // @mention or #hashtag
      j = i + 1;
      while (j < n && (isWordAt(s, j) || s.charCodeAt(j) === 95)) j += charLen(s, j);
      if (c === 64) k = K_MENTION;
      else {
        k = K_HASHTAG;
        lex = lexAt(s, i + 1, j, hashRange(s, i + 1, j));
      }
    } else {
      if (c === 58 || c === 59 || c === 61 || c === 62 || c === 60 || c === 94 || c === 68 || c === 100) {
        EMOTICON_RE.lastIndex = i;
        const m = EMOTICON_RE.exec(s);
        if (m !== null && (i === 0 || s.charCodeAt(i - 1) <= 32 || !isWordAt(s, i - 1) || m[0].length >= 2)) {
          k = K_EMOTICON;
          j = i + m[0].length;
          lex = symbolLex(m[0].replace(/-/g, '').replace(/^=/, ':').toLowerCase());
        }
      }
      if (k === 0 && c >= 0x2000 && charClassAt(s, i) === EMOJI) {
        const cp = s.codePointAt(i)!;
        j = i + charLen(s, i);
        // variation selector, skin tones, zero-width-joiner sequences belong to the emoji
        for (;;) {
          const d = s.codePointAt(j);
          if (d === 0xfe0f || (d !== undefined && d >= 0x1f3fb && d <= 0x1f3ff)) j += charLen(s, j);
          else if (d === 0x200d && j + 1 < n) {
            j++;
            j += charLen(s, j);
          } else break;
        }
        k = K_EMOJI;
        lex = symbolLex(String.fromCodePoint(cp));
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
      if (k === K_WORD || k === K_HASHTAG) {
        const l = lex!;
        digits += l.digits;
        if (l.ibanLike) ibanHint = true;
        if (k === K_WORD && l.normLength >= 3) words++;
      } else if (k !== K_EMOJI) {
        // numbers, URLs, mentions, e-mails and emoticons ("<3") may hold digits
        const d = countAsciiDigits(s, i, j);
        digits += d;
        if (d >= 2 && k !== K_NUMBER && k !== K_EMOTICON && hasIbanStart(s, i, j)) ibanHint = true;
        if (k === K_URL) urls++;
        else if (k === K_MENTION) mentions++;
        else if (k === K_EMAIL) emails++;
      }
      kind[nt] = k;
      tStart[nt] = i;
      tEnd[nt] = j;
      tSent[nt] = ns;
      tClause[nt] = clause;
      tLex[nt] = lex;
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
  return T;
}

/** The text of token i as written. */
export function rawOf(T: Tokens, i: number): string {
  const k = T.kind[i];
  if (k === K_WORD) return T.lex[i]!.raw;
  return T.text.slice(T.start[i], T.end[i]);
}

/** Tokenises a text into token and sentence objects (the public, allocating form of tokeniseInto). */
export function tokenise(text: string): Tokenised {
  const T = tokeniseInto(text);
  const tokens: Token[] = [];
  for (let i = 0; i < T.n; i++) {
    const k = T.kind[i]!;
    const raw = rawOf(T, i);
    const lex = T.lex[i];
    const norm = lex !== undefined ? lex.norm : raw.toLowerCase();
    const t: Token = { raw, norm, alt: lex?.alt, kind: KIND_NAMES[k]!, sent: T.sent[i]!, clause: T.clause[i]!, caps: k === K_WORD ? lex!.caps : false };
    tokens.push(t);
  }
  const sentences: Sentence[] = [];
  for (let i = 0; i < T.ns; i++) sentences.push({ first: T.sFirst[i]!, last: T.sLast[i]!, end: T.sEnd[i]! });
  return { tokens, sentences };
}
