/**
 * German/English detection for short social texts, no model: stopword hits, umlauts/ß, and a
 * few characteristic character trigrams for texts without function words ("Lieferung kaputt").
 */
import type { Lang } from './classifier.types.js';
import { DE_PACK } from './packs/de.js';
import { EN_PACK } from './packs/en.js';
import { foldWord, K_HASHTAG, K_WORD, tokeniseInto, type Lex, type Tokens } from './text.js';

const DE_STOP = new Set(DE_PACK.stopwords.map(foldWord));
const EN_STOP = new Set(EN_PACK.stopwords.map(foldWord));
/** trigrams on the raw lower-cased text (umlauts kept: they are the strongest German signal) */
const DE_TRI = DE_PACK.trigrams.map((t) => t.toLowerCase());
if (DE_PACK.trigrams.length > 31 || EN_PACK.trigrams.length > 31) throw new Error('lang: at most 31 trigrams per pack (bit masks)');
const EN_TRI = EN_PACK.trigrams.map((t) => t.toLowerCase());
/** single words of each pack's lexicon rules that the other pack does not have: "enttäuscht", "terrible" */
function lexiconWords(rules: typeof DE_PACK.rules): Set<string> {
  const out = new Set<string>();
  for (const r of rules) for (const p of r.patterns) if (!p.includes(' ') && !p.includes('*') && /^\p{L}{4,}$/u.test(p)) out.add(foldWord(p));
  return out;
}
const DE_LEX = lexiconWords(DE_PACK.rules);
const EN_LEX = lexiconWords(EN_PACK.rules);
for (const w of [...DE_LEX]) if (EN_LEX.has(w)) {
  DE_LEX.delete(w);
  EN_LEX.delete(w);
}

export interface LangScores {
  de: number;
  en: number;
}

const DE_STOP_BIT = 1;
const EN_STOP_BIT = 2;
const DE_LEX_BIT = 4;
const EN_LEX_BIT = 8;

function langBits(lex: Lex): number {
  let b = lex.langBits;
  if (b < 0) {
    const w = lex.norm;
    b = (DE_STOP.has(w) ? DE_STOP_BIT : 0) | (EN_STOP.has(w) ? EN_STOP_BIT : 0) | (DE_LEX.has(w) ? DE_LEX_BIT : 0) | (EN_LEX.has(w) ? EN_LEX_BIT : 0);
    lex.langBits = b;
    // which trigrams the word contains, padded with spaces as in the trigram text (none spans two words)
    const padded = ` ${lex.raw.toLowerCase()} `;
    let de = 0;
    let en = 0;
    for (let k = 0; k < DE_TRI.length; k++) if (padded.includes(DE_TRI[k]!)) de |= 1 << k;
    for (let k = 0; k < EN_TRI.length; k++) if (padded.includes(EN_TRI[k]!)) en |= 1 << k;
    lex.triDe = de;
    lex.triEn = en;
  }
  return b;
}

function popcount(x: number): number {
  let c = 0;
  for (let v = x >>> 0; v !== 0; v &= v - 1) c++;
  return c;
}

export function languageScores(T: Tokens): LangScores {
  let de = 0;
  let en = 0;
  let words = 0;
  let lettersLength = 0;
  let umlauts = 0;
  let triDe = 0;
  let triEn = 0;
  for (let i = 0; i < T.n; i++) {
    const kind = T.kind[i]!;
    if (kind !== K_WORD && kind !== K_HASHTAG) continue;
    const lex = T.lex[i]!;
    words++;
    const b = langBits(lex);
    const inDe = (b & DE_STOP_BIT) !== 0;
    const inEn = (b & EN_STOP_BIT) !== 0;
    if (inDe && !inEn) de += 1;
    else if (inEn && !inDe) en += 1;
    else if (inDe && inEn) {
      de += 0.3;
      en += 0.3;
    } else if ((b & DE_LEX_BIT) !== 0) de += 0.7;
    else if ((b & EN_LEX_BIT) !== 0) en += 0.7;
    // umlauts of the words within the first ~400 characters (as the trigram text below)
    if (kind === K_WORD && lettersLength < 400) {
      lettersLength += lex.lowerLength + 2;
      umlauts += lex.umlauts;
      triDe |= lex.triDe;
      triEn |= lex.triEn;
    }
  }
  de += Math.min(umlauts, 3) * 0.8;
  // trigrams weigh little: they only decide texts that have few or no stopwords
  if (words > 0 && de + en < 2) {
    de += popcount(triDe) * 0.25;
    en += popcount(triEn) * 0.25;
  }
  return { de, en };
}

export function decideLanguage(s: LangScores): Lang {
  if (s.de + s.en < 0.5) return 'und';
  if (s.de >= s.en * 1.3 && s.de - s.en >= 0.4) return 'de';
  if (s.en >= s.de * 1.3 && s.en - s.de >= 0.4) return 'en';
  return 'und';
}

export function detectLanguageFromTokens(T: Tokens): Lang {
  return decideLanguage(languageScores(T));
}

/** German, English or 'und' (undetermined: too short, mixed, or another language). */
export function detectLanguage(text: string): Lang {
  return detectLanguageFromTokens(tokeniseInto(text));
}
