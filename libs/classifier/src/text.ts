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

interface Folded {
  norm: string;
  alt: string | undefined;
  caps: boolean;
}

/** Word → folded form; social texts repeat their vocabulary, so folding is cached (bounded). */
const FOLD_CACHE = new Map<string, Folded>();
const FOLD_CACHE_MAX = 200_000;

function foldToken(raw: string): Folded {
  let f = FOLD_CACHE.get(raw);
  if (f !== undefined) return f;
  const folded = foldWord(raw);
  let norm = folded;
  let alt: string | undefined;
  if (ELONGATED_RE.test(folded)) {
    norm = folded.replace(RUN3_RE, '$1$1');
    alt = folded.replace(RUN3_RE, '$1');
  }
  const caps = raw.length >= 3 && raw === raw.toUpperCase() && raw !== raw.toLowerCase();
  f = { norm, alt, caps };
  if (FOLD_CACHE.size >= FOLD_CACHE_MAX) FOLD_CACHE.clear();
  FOLD_CACHE.set(raw, f);
  return f;
}

const WORDISH_RE = /^[\p{L}\p{N}\p{M}]$/u;
const EMOJI_RE = /^\p{Extended_Pictographic}$/u;
const charClass = new Map<number, number>(); // 1 = word char, 2 = emoji, 0 = other (non-ASCII only)
function nonAsciiClass(cp: number): number {
  let k = charClass.get(cp);
  if (k === undefined) {
    const ch = String.fromCodePoint(cp);
    k = WORDISH_RE.test(ch) ? 1 : EMOJI_RE.test(ch) ? 2 : 0;
    if (charClass.size < 50_000) charClass.set(cp, k);
  }
  return k;
}

function isAsciiAlnum(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
}
function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}
/** word character at i (letters, digits, combining marks); surrogate pairs are looked up as code points */
function isWordAt(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  if (c < 128) return isAsciiAlnum(c);
  if (c >= 0xd800 && c <= 0xdbff) return nonAsciiClass(s.codePointAt(i)!) === 1;
  return nonAsciiClass(c) === 1;
}
function charLen(s: string, i: number): number {
  const c = s.charCodeAt(i);
  return c >= 0xd800 && c <= 0xdbff ? 2 : 1;
}

const EMOTICON_RE = /(?:>?[:;=][-'^o]?[()[\]dDpP/\\|*3oO$@]{1,4}(?![\p{L}\p{N}]))|<3{1,5}|\^\^|[dD]:(?![\p{L}\p{N}])/uy;
const EMAIL_RE = /[\p{L}\p{N}._%+-]{1,64}@[\p{L}\p{N}-]{1,63}(?:\.[\p{L}\p{N}-]{1,63}){1,8}/uy;
const XD_RE = /^[xX][dD]{1,4}$/;

/**
 * Hand-written single pass over the characters (no per-token regular expressions on the hot
 * path): URLs, e-mails, @mentions, #hashtags, emoticons, emoji, numbers, words, punctuation.
 */
export function tokenise(text: string): Tokenised {
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
  const push = (raw: string, kind: TokenKind, norm: string, alt?: string, caps = false): void => {
    tokens.push({ raw, norm, alt, kind, sent: sentences.length, clause, caps });
  };
  let i = 0;
  while (i < n) {
    const c = s.charCodeAt(i);
    const prevWord = i > 0 && isWordAt(s, i - 1);
    // e-mail: only tried when the text has an "@" and we are at the start of a word
    if (hasAt && !prevWord && (c < 128 ? isAsciiAlnum(c) : isWordAt(s, i))) {
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
      while (j < n) {
        if (isWordAt(s, j)) j += charLen(s, j);
        else {
          const a = s.charCodeAt(j);
          // inner apostrophe: don't, geht's
          if ((a === 39 || a === 0x2019) && j + 1 < n && isWordAt(s, j + 1) && j > i) j++;
          else break;
        }
      }
      const raw = s.slice(i, j);
      if (XD_RE.test(raw)) push(raw, 'emoticon', raw.toLowerCase());
      else {
        const f = foldToken(raw);
        push(raw, 'word', f.norm, f.alt, f.caps);
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
        const f = foldToken(raw.slice(1));
        push(raw, 'hashtag', f.norm, f.alt, false);
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
      if (nonAsciiClass(cp) === 2) {
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
