/**
 * What the packs say about a single word, independent of any text: its word classes (negator,
 * intensifier, question word …) per pack and its language evidence (stopword, lexicon word only
 * one pack knows). text.ts stores both in a spelling's record when it first sees the spelling, so
 * the per-text passes read bits instead of looking words up in sets.
 */
import { foldWord } from './fold.js';
import { DE_PACK } from './packs/de.js';
import { EN_PACK } from './packs/en.js';
import type { LanguagePack } from './packs/pack.types.js';

/** Word classes of a pack (bits). */
export const NEG = 1;
export const POSTNEG = 2;
export const INTENS = 4;
export const DOWN = 8;
export const CONTRAST = 16;
export const OPENER = 32;
export const QWORD = 64;
export const QVERB = 128;
export const SUBJ = 256;
export const RHET = 512;
export const EXCL = 1024;
export const EXPECT = 2048;
export const PRON = 4096;
export const RESOLVE = 8192;
export const SERVICE = 16384;
export const IRREAL = 32768;

/** Single words, exact or with a trailing `*` (prefix). */
class WordSet {
  private readonly exact = new Set<string>();
  private readonly prefixes: string[] = [];
  constructor(words: readonly string[]) {
    for (const w of words) {
      if (w.includes(' ')) continue;
      if (w.endsWith('*')) this.prefixes.push(foldWord(w.slice(0, -1)));
      else this.exact.add(w.startsWith('#') ? foldWord(w.slice(1)) : foldWord(w));
    }
  }
  hasWord(norm: string, alt: string | undefined): boolean {
    if (this.exact.has(norm) || (alt !== undefined && this.exact.has(alt))) return true;
    for (const p of this.prefixes) if (norm.startsWith(p)) return true;
    return false;
  }
}

/** Words after a wh-word that make an exclamation, not a question ("What a day", "Wie schön"). */
const EXCLAMATIVE = ['a', 'an', 'ein', 'eine', 'einen', 'für', 'cool', 'nice', 'sweet', 'lovely', 'great', 'awesome', 'schön', 'toll', 'geil', 'super', 'klasse', 'lecker', 'sad', 'bad', 'terrible', 'peinlich', 'traurig'];

function wordClasses(p: LanguagePack): [WordSet, number][] {
  return [
    [new WordSet(p.negators), NEG],
    [new WordSet(p.postNegators), POSTNEG],
    [new WordSet(p.intensifiers), INTENS],
    [new WordSet(p.downtoners), DOWN],
    [new WordSet(p.contrast), CONTRAST],
    [new WordSet(p.openers), OPENER],
    [new WordSet(p.questionWords), QWORD],
    [new WordSet(p.questionVerbs), QVERB],
    [new WordSet(p.subjects), SUBJ],
    [new WordSet(p.rhetorical), RHET],
    [new WordSet(EXCLAMATIVE), EXCL],
    [new WordSet(p.expectations), EXPECT],
    [new WordSet(p.pronouns), PRON],
    [new WordSet(p.resolvers), RESOLVE],
    [new WordSet(p.serviceRequests), SERVICE],
    [new WordSet(p.irrealis), IRREAL],
  ];
}
const DE_CLASSES = wordClasses(DE_PACK);
const EN_CLASSES = wordClasses(EN_PACK);

/**
 * The word classes of a word in the German pack (low 16 bits) and in the English pack (high 16
 * bits). A class of both packs together holds the words of both lists, so its bits are the OR.
 */
export function wordClassBits(norm: string, alt: string | undefined): number {
  let de = 0;
  let en = 0;
  for (const [set, bit] of DE_CLASSES) if (set.hasWord(norm, alt)) de |= bit;
  for (const [set, bit] of EN_CLASSES) if (set.hasWord(norm, alt)) en |= bit;
  return de | (en << 16);
}

const DE_STOP = new Set(DE_PACK.stopwords.map(foldWord));
const EN_STOP = new Set(EN_PACK.stopwords.map(foldWord));
/** single words of each pack's lexicon rules that the other pack does not have: "enttäuscht", "terrible" */
function lexiconWords(rules: typeof DE_PACK.rules): Set<string> {
  const out = new Set<string>();
  for (const r of rules) for (const p of r.patterns) if (!p.includes(' ') && !p.includes('*') && /^\p{L}{4,}$/u.test(p)) out.add(foldWord(p));
  return out;
}
const DE_LEX = lexiconWords(DE_PACK.rules);
const EN_LEX = lexiconWords(EN_PACK.rules);
for (const w of [...DE_LEX])
  if (EN_LEX.has(w)) {
    DE_LEX.delete(w);
    EN_LEX.delete(w);
  }

/** Language evidence of a folded word (bits). */
export const L_DE_STOP = 1;
export const L_EN_STOP = 2;
export const L_DE_LEX = 4;
export const L_EN_LEX = 8;

export function langBitsOf(norm: string): number {
  return (DE_STOP.has(norm) ? L_DE_STOP : 0) | (EN_STOP.has(norm) ? L_EN_STOP : 0) | (DE_LEX.has(norm) ? L_DE_LEX : 0) | (EN_LEX.has(norm) ? L_EN_LEX : 0);
}
