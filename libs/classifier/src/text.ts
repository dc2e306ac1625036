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
  /** the shared lexical entry of a word or hashtag (cached per spelling); undefined for other kinds */
  lex: Lex | undefined;
}

/** Counts repetitions of one folded word inside one text (spam detector) without a per-text Map. */
export interface NormCounter {
  gen: number;
  n: number;
}

/**
 * Everything about a spelling that does not depend on the text it appears in, computed once and
 * cached: its folded forms, and slots the language detector, the rule packs and the matchers fill
 * on first use (so a repeated word costs one Map look-up per text, not one per rule set).
 */
export class Lex {
  /** language evidence bits (lang.ts); -1 = not computed yet */
  langBits = -1;
  /** word-class bits per compiled pack (classify.ts); -1 = not computed yet */
  readonly packBits: number[] = [-1, -1, -1];
  /** first-step candidates per matcher slot (matcher.ts), for words and for hashtags */
  readonly wordCands: unknown[] = [];
  readonly tagCands: unknown[] = [];
  constructor(
    /** the spelling as written (shared by all its tokens, so tokenising a known word allocates no string) */
    readonly raw: string,
    readonly norm: string,
    readonly alt: string | undefined,
    readonly caps: boolean,
    /** umlauts/ß in the lower-cased spelling (language detection) */
    readonly umlauts: number,
    readonly counter: NormCounter,
  ) {}
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
const TABLE_BITS = 16;
const TABLE_SIZE = 1 << TABLE_BITS;
const TABLE_MASK = TABLE_SIZE - 1;
/** cleared between texts once half full (a text adds at most 10 000 words) */
const TABLE_MAX = TABLE_SIZE / 2 - 10_000;
let table: (Lex | undefined)[] = new Array<Lex | undefined>(TABLE_SIZE).fill(undefined);
let tableHashes = new Int32Array(TABLE_SIZE);
let tableCount = 0;
const COUNTERS = new Map<string, NormCounter>();
const GERMAN_CHARS_RE = /[äöüß]/gu;

function resetLexicon(): void {
  table = new Array<Lex | undefined>(TABLE_SIZE).fill(undefined);
  tableHashes = new Int32Array(TABLE_SIZE);
  tableCount = 0;
  COUNTERS.clear();
}

/** FNV-1a over UTF-16 code units s[start, end) */
function hashRange(s: string, start: number, end: number): number {
  let h = 0x811c9dc5 | 0;
  for (let i = start; i < end; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h;
}

function newLex(raw: string): Lex {
  const folded = foldWord(raw);
  let norm = folded;
  let alt: string | undefined;
  if (ELONGATED_RE.test(folded)) {
    norm = folded.replace(RUN3_RE, '$1$1');
    alt = folded.replace(RUN3_RE, '$1');
  }
  const caps = raw.length >= 3 && raw === raw.toUpperCase() && raw !== raw.toLowerCase();
  let counter = COUNTERS.get(norm);
  if (counter === undefined) COUNTERS.set(norm, (counter = { gen: 0, n: 0 }));
  return new Lex(raw, norm, alt, caps, raw.toLowerCase().match(GERMAN_CHARS_RE)?.length ?? 0, counter);
}

/** The lexical entry of s[start, end) whose FNV-1a hash is h. */
function lexAt(s: string, start: number, end: number, h: number): Lex {
  const len = end - start;
  let idx = h & TABLE_MASK;
  for (;;) {
    const e = table[idx];
    if (e === undefined) break;
    if (tableHashes[idx] === h) {
      const r = e.raw;
      if (r.length === len) {
        let k = 0;
        while (k < len && r.charCodeAt(k) === s.charCodeAt(start + k)) k++;
        if (k === len) return e;
      }
    }
    idx = (idx + 1) & TABLE_MASK;
  }
  const lex = newLex(start === 0 && end === s.length ? s : s.slice(start, end));
  table[idx] = lex;
  tableHashes[idx] = h;
  tableCount++;
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

/**
 * Hand-written single pass over the characters (no per-token regular expressions on the hot
 * path): URLs, e-mails, @mentions, #hashtags, emoticons, emoji, numbers, words, punctuation.
 */
export function tokenise(text: string): Tokenised {
  // bound the caches between texts (never inside one, so all words of a text share one generation);
  // a text has at most 20 000 characters, so at most 10 000 new words
  if (tableCount >= TABLE_MAX) resetLexicon();
  const tokens: Token[] = [];
  const sentences: Sentence[] = [];
  const s = text;
  const n = s.length;
  const hasAt = s.indexOf('@') >= 0;
  let clause = 0;
  let sentFirst = 0;
  const closeSentence = (end: string): void => {
    if (tokens.length > sentFirst) {
      sentences.push({ first: sentFirst, last: tokens.length - 1, end });
      sentFirst = tokens.length;
    } else if (end !== '' && sentences.length > 0) {
      sentences[sentences.length - 1]!.end += end; // "Why ? ?" keeps one sentence
    }
    clause++;
  };
  const push = (raw: string, kind: TokenKind, norm: string, alt?: string, caps = false, lex?: Lex): void => {
    tokens.push({ raw, norm, alt, kind, sent: sentences.length, clause, caps, lex });
  };
  let i = 0;
  while (i < n) {
    const c = s.charCodeAt(i);
    const prevWord = i > 0 && isWordAt(s, i - 1);
    // e-mail: only tried when the text has an "@" and we are at the start of a word
    if (hasAt && !prevWord && (c < 128 ? isAsciiAlnum(c) : isWordAt(s, i)) && emailAhead(s, i)) {
      EMAIL_RE.lastIndex = i;
      const m = EMAIL_RE.exec(s);
      if (m !== null) {
        push(m[0], 'email', m[0].toLowerCase());
        i += m[0].length;
        continue;
      }
    }
    if ((c === 104 || c === 119) && !prevWord && (s.startsWith('http://', i) || s.startsWith('https://', i) || s.startsWith('www.', i))) {
      let j = i;
      while (j < n && s.charCodeAt(j) > 32) j++;
      const raw = s.slice(i, j);
      push(raw, 'url', raw.toLowerCase());
      i = j;
      continue;
    }
    if (c < 128 ? isAsciiAlnum(c) : isWordAt(s, i)) {
      let j = i;
      if (isDigit(c)) {
        // number: digits with inner separators ("12.50", "24/7", "0171-123"); digits+letters are a word ("3rd")
        while (j < n && isDigit(s.charCodeAt(j))) j++;
        while (j + 1 < n && ',.:/-'.includes(s[j]!) && isDigit(s.charCodeAt(j + 1))) {
          j++;
          while (j < n && isDigit(s.charCodeAt(j))) j++;
        }
        if (j >= n || !isWordAt(s, j)) {
          const raw = s.slice(i, j);
          push(raw, 'number', raw);
          i = j;
          continue;
        }
        j = i;
      }
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
        const raw = s.slice(i, j);
        push(raw, 'emoticon', raw.toLowerCase());
      } else {
        const f = lexAt(s, i, j, h);
        push(f.raw, 'word', f.norm, f.alt, f.caps, f);
      }
      i = j;
      continue;
    }
    if ((c === 64 || c === 35) && i + 1 < n && !prevWord && (isWordAt(s, i + 1) || s.charCodeAt(i + 1) === 95)) {
      // @mention or #hashtag
      let j = i + 1;
      while (j < n && (isWordAt(s, j) || s.charCodeAt(j) === 95)) j += charLen(s, j);
      const raw = s.slice(i, j);
      if (c === 64) push(raw, 'mention', raw.toLowerCase());
      else {
        const f = lexOf(raw.slice(1));
        push(raw, 'hashtag', f.norm, f.alt, false, f);
      }
      i = j;
      continue;
    }
    if (c === 58 || c === 59 || c === 61 || c === 62 || c === 60 || c === 94 || c === 68 || c === 100) {
      EMOTICON_RE.lastIndex = i;
      const m = EMOTICON_RE.exec(s);
      if (m !== null && (i === 0 || s.charCodeAt(i - 1) <= 32 || !isWordAt(s, i - 1) || m[0].length >= 2)) {
        push(m[0], 'emoticon', m[0].replace(/-/g, '').replace(/^=/, ':').toLowerCase());
        i += m[0].length;
        continue;
      }
    }
    if (c >= 0x2000) {
      const cp = s.codePointAt(i)!;
      if (charClassAt(s, i) === EMOJI) {
        let j = i + charLen(s, i);
        // variation selector, skin tones, zero-width-joiner sequences belong to the emoji
        for (;;) {
          const d = s.codePointAt(j);
          if (d === 0xfe0f || (d !== undefined && d >= 0x1f3fb && d <= 0x1f3ff)) j += charLen(s, j);
          else if (d === 0x200d && j + 1 < n) {
            j++;
            j += charLen(s, j);
          } else break;
        }
        push(s.slice(i, j), 'emoji', String.fromCodePoint(cp));
        i = j;
        continue;
      }
    }
    // punctuation
    if (c === 63 || c === 33 || c === 46 || c === 0x2026) {
      let j = i;
      let dots = 0;
      let qe = '';
      while (j < n) {
        const d = s.charCodeAt(j);
        if (d === 63 || d === 33) qe += s[j];
        else if (d === 46) dots++;
        else if (d === 0x2026) dots += 3;
        else if (d !== 32 || !(j + 1 < n && '?!'.includes(s[j + 1]!))) break; // "Why ? !" stays one run
        j++;
      }
      i = j;
      if (qe !== '') closeSentence(qe);
      else if (dots <= 2) closeSentence('.');
      // "..." and "…" are pauses, not sentence ends ("Toller Service … nicht")
      continue;
    }
    if (c === 10) {
      closeSentence('');
      i++;
      continue;
    }
    if (c === 44 || c === 59 || c === 58 || c === 0x2013 || c === 0x2014 || (c === 45 && (i + 1 >= n || s.charCodeAt(i + 1) <= 32))) clause++;
    i += charLen(s, i);
  }
  closeSentence('');
  return { tokens, sentences };
}
