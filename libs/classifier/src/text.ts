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

/**
 * One pass over the text with a sticky alternation. Every branch is a simple character class
 * with bounded or possessive-like structure, so tokenising is linear in the text length.
 */
const TOKEN_RE = new RegExp(
  [
    String.raw`(?<url>(?:https?:\/\/|www\.)[^\s]+)`,
    String.raw`(?<email>[\p{L}\p{N}._%+-]{1,64}@[\p{L}\p{N}-]{1,63}(?:\.[\p{L}\p{N}-]{1,63}){1,8})`,
    String.raw`(?<mention>@[\p{L}\p{N}_]{1,50})`,
    String.raw`(?<hashtag>#[\p{L}\p{N}_]{1,100})`,
    // emoticons: :) :-) ;D :( :'( :/ :P <3 ^^ xD  (the "/" face must not eat "://" in URLs, urls come first)
    String.raw`(?<emoticon>(?:>?[:;=][-'^o]?[()\[\]dDpP\/\\|*3oO$@]{1,4}(?![\p{L}\p{N}]))|<3{1,5}|\^\^|\b[xX][dD]{1,4}\b|\b[dD]:)`,
    String.raw`(?<emoji>\p{Extended_Pictographic}(?:\uFE0F|\u200D\p{Extended_Pictographic}|[\u{1F3FB}-\u{1F3FF}])*)`,
    String.raw`(?<number>\p{N}+(?:[.,:\/-]\p{N}+){0,6})`,
    String.raw`(?<word>[\p{L}\p{N}]+(?:['’][\p{L}]+){0,2}(?:[\p{L}\p{N}]+)?)`,
    String.raw`(?<punct>[?!.…;:,]+|\n+|-{2,}|\s[-–]\s)`,
  ].join('|'),
  'gu',
);

/** Splits the text into tokens and sentences. */
export function tokenise(text: string): Tokenised {
  const tokens: Token[] = [];
  const sentences: Sentence[] = [];
  let clause = 0;
  let sentFirst = 0;
  TOKEN_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  const closeSentence = (end: string): void => {
    if (tokens.length > sentFirst) {
      sentences.push({ first: sentFirst, last: tokens.length - 1, end });
      sentFirst = tokens.length;
    } else if (end !== '' && sentences.length > 0) {
      sentences[sentences.length - 1]!.end += end; // "Why ? ?" keeps one sentence
    }
    clause++;
  };
  while ((m = TOKEN_RE.exec(text)) !== null) {
    const g = m.groups!;
    const raw = m[0];
    if (g.punct !== undefined) {
      const p = raw.trim();
      if (p === '' && raw.includes('\n')) closeSentence('');
      else if (p.includes('?') || p.includes('!')) closeSentence(p);
      else if (p === '.' || p === '..') closeSentence('.');
      else if (p === '…' || /^\.{3,}$/.test(p)) continue; // a pause, not an end ("Toller Service … nicht")
      else clause++; // , ; : and dashes
      continue;
    }
    let kind: TokenKind;
    if (g.url !== undefined) kind = 'url';
    else if (g.email !== undefined) kind = 'email';
    else if (g.mention !== undefined) kind = 'mention';
    else if (g.hashtag !== undefined) kind = 'hashtag';
    else if (g.emoticon !== undefined) kind = 'emoticon';
    else if (g.emoji !== undefined) kind = 'emoji';
    else if (g.number !== undefined) kind = 'number';
    else kind = 'word';
    let norm: string;
    let alt: string | undefined;
    if (kind === 'word' || kind === 'hashtag') {
      const body = kind === 'hashtag' ? raw.slice(1) : raw;
      const folded = foldWord(body);
      if (ELONGATED_RE.test(folded)) {
        norm = folded.replace(RUN3_RE, '$1$1');
        alt = folded.replace(RUN3_RE, '$1');
      } else norm = folded;
    } else if (kind === 'emoji') {
      norm = String.fromCodePoint(raw.codePointAt(0)!); // 🤦‍♀️ → 🤦: skin tones and ZWJ variants count as the base emoji
    } else if (kind === 'emoticon') {
      norm = raw.replace(/-/g, '').replace(/^[=]/, ':').toLowerCase();
    } else {
      norm = raw.toLowerCase();
    }
    const letters = kind === 'word' ? raw.replace(/[^\p{L}]/gu, '') : '';
    const caps = letters.length >= 3 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
    tokens.push({ raw, norm, alt, kind, sent: sentences.length, clause, caps });
  }
  closeSentence('');
  return { tokens, sentences };
}
