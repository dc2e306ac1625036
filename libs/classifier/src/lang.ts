/**
 * German/English detection for short social texts, no model: stopword hits, umlauts/ß, and a
 * few characteristic character trigrams for texts without function words ("Lieferung kaputt").
 */
import type { Lang } from './classifier.types.js';
import { DE_PACK } from './packs/de.js';
import { EN_PACK } from './packs/en.js';
import { I_TRI, K_WORD, lexOfId, R_INFO, REC, REC_STRIDE, tokeniseInto, TRI, type Tokens } from './text.js';

/** trigrams on the raw lower-cased text (umlauts kept: they are the strongest German signal) */
const DE_TRI = DE_PACK.trigrams.map((t) => t.toLowerCase());
if (DE_PACK.trigrams.length > 31 || EN_PACK.trigrams.length > 31) throw new Error('lang: at most 31 trigrams per pack (bit masks)');
const EN_TRI = EN_PACK.trigrams.map((t) => t.toLowerCase());

export interface LangScores {
  de: number;
  en: number;
}

/** Which pack trigrams the spelling of entry `id` contains, as bit masks in TRI (computed on first use). */
function trigrams(id: number): void {
  const r = id * REC_STRIDE + R_INFO;
  if ((REC[r]! & I_TRI) !== 0) return;
  REC[r] = REC[r]! | I_TRI;
  // padded with spaces as in the trigram text (none spans two words)
  const padded = ` ${lexOfId(id).raw.toLowerCase()} `;
  let de = 0;
  let en = 0;
  for (let k = 0; k < DE_TRI.length; k++) if (padded.includes(DE_TRI[k]!)) de |= 1 << k;
  for (let k = 0; k < EN_TRI.length; k++) if (padded.includes(EN_TRI[k]!)) en |= 1 << k;
  TRI[2 * id] = de;
  TRI[2 * id + 1] = en;
}

function popcount(x: number): number {
  let c = 0;
  for (let v = x >>> 0; v !== 0; v &= v - 1) c++;
  return c;
}

export function languageScores(T: Tokens): LangScores {
  // stopword and lexicon points and umlauts are summed by the tokeniser (token order)
  let de = T.langDe;
  let en = T.langEn;
  de += Math.min(T.umlauts, 3) * 0.8;
  // trigrams weigh little: they only decide texts that have few or no stopwords
  if (T.langWords > 0 && de + en < 2) {
    let triDe = 0;
    let triEn = 0;
    const kinds = T.kind;
    const ids = T.id;
    for (let i = 0; i < T.triEnd; i++) {
      if (kinds[i] !== K_WORD) continue;
      const id = ids[i]!;
      trigrams(id);
      triDe |= TRI[2 * id]!;
      triEn |= TRI[2 * id + 1]!;
    }
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
