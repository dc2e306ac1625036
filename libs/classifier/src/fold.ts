/** Word folding shared by texts, packs and custom rules (text.ts re-exports foldWord). */

const UMLAUTS: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss', ẞ: 'ss', Ä: 'ae', Ö: 'oe', Ü: 'ue' };
const UMLAUT_RE = /[äöüßẞÄÖÜ]/g;
const COMBINING_RE = /\p{M}+/gu;
const APOSTROPHE_RE = /['’`´]/g;

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
