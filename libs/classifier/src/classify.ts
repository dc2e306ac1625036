/**
 * The classifier engine: tokenise once, detect the language, run the compiled rule pack (and the
 * workspace's custom rules) over the tokens, adjust each match for negation, intensifiers,
 * contrast and sarcasm, add question syntax and flag detectors, then decide with the documented
 * precedence (README.md): complaint > question > praise > other.
 */
import type { Classification, ClassifyOptions, Flag, Label, Lang, Reason } from './classifier.types.js';
import { customMatcher, type CustomPayload } from './custom-rules.js';
import { detectLanguageFromTokens } from './lang.js';
import { Matcher, parsePattern, type Match } from './matcher.js';
import { COMMON_RULES, COMMON_SARCASM, COMMON_VERSION } from './packs/common.js';
import { DE_PACK } from './packs/de.js';
import { EN_PACK } from './packs/en.js';
import type { LanguagePack, PackRule } from './packs/pack.types.js';
import { foldWord, tokenise, type Sentence, type Token } from './text.js';

export const ENGINE_VERSION = 'core-1.0.0';
export const RULES_VERSION = `${ENGINE_VERSION}/${DE_PACK.version}/${EN_PACK.version}/${COMMON_VERSION}`;

/** Decision thresholds (summed rule weights). */
export const THRESHOLDS = { complaint: 0.85, question: 1.0, praise: 1.0, flag: 1.0, complaintVsPraise: 0.6, complaintVsQuestion: 1.0 } as const;

const LABEL_SET = new Set<string>(['question', 'complaint', 'praise', 'other']);

interface RulePayload {
  ruleId: string;
  supports: Label | Flag;
  weight: number;
  negated: PackRule['negated'];
  atStart: boolean;
}

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
  has(t: Token | undefined): boolean {
    if (t === undefined || (t.kind !== 'word' && t.kind !== 'hashtag')) return false;
    if (this.exact.has(t.norm) || (t.alt !== undefined && this.exact.has(t.alt))) return true;
    for (const p of this.prefixes) if (t.norm.startsWith(p)) return true;
    return false;
  }
}

interface CompiledPack {
  matcher: Matcher<RulePayload>;
  negators: WordSet;
  postNegators: WordSet;
  intensifiers: WordSet;
  downtoners: WordSet;
  contrast: WordSet;
  openers: WordSet;
  questionWords: WordSet;
  questionVerbs: WordSet;
  subjects: WordSet;
  rhetorical: WordSet;
  exclamative: WordSet;
  sarcasm: Matcher<true>;
  expectations: WordSet;
  expectationWeight: number;
  negationAfter: boolean;
  langs: string;
}

/** Words after a wh-word that make an exclamation, not a question ("What a day", "Wie schön"). */
const EXCLAMATIVE = ['a', 'an', 'ein', 'eine', 'einen', 'fuer', 'für', 'für ein', 'cool', 'nice', 'sweet', 'lovely', 'great', 'awesome', 'schoen', 'schön', 'toll', 'geil', 'super', 'klasse', 'lecker', 'sad', 'bad', 'terrible', 'peinlich', 'traurig'];

function compilePack(packs: readonly LanguagePack[]): CompiledPack {
  const matcher = new Matcher<RulePayload>();
  const sarcasm = new Matcher<true>();
  const all = <K extends keyof LanguagePack>(k: K): string[] => packs.flatMap((p) => p[k] as readonly string[]);
  const rules = [...packs.flatMap((p) => p.rules), ...COMMON_RULES];
  for (const rule of rules) {
    const payload: RulePayload = { ruleId: rule.id, supports: rule.supports, weight: rule.weight, negated: rule.negated, atStart: rule.atStart === true };
    for (const pattern of rule.patterns) {
      try {
        matcher.add(parsePattern(pattern, false), payload);
      } catch (e) {
        throw new Error(`rule pack: rule ${rule.id}, pattern "${pattern}": ${(e as Error).message}`);
      }
    }
  }
  for (const m of [...all('sarcasmMarkers'), ...COMMON_SARCASM]) sarcasm.add(parsePattern(m, false), true);
  return {
    matcher,
    sarcasm,
    negators: new WordSet(all('negators')),
    postNegators: new WordSet(all('postNegators')),
    intensifiers: new WordSet(all('intensifiers')),
    downtoners: new WordSet(all('downtoners')),
    contrast: new WordSet(all('contrast')),
    openers: new WordSet(all('openers')),
    questionWords: new WordSet(all('questionWords')),
    questionVerbs: new WordSet(all('questionVerbs')),
    subjects: new WordSet(all('subjects')),
    rhetorical: new WordSet(all('rhetorical')),
    exclamative: new WordSet(EXCLAMATIVE),
    expectations: new WordSet(all('expectations')),
    expectationWeight: Math.max(...packs.map((p) => p.expectationWeight)),
    negationAfter: packs.some((p) => p.negationAfter),
    langs: packs.map((p) => p.lang).join('+'),
  };
}

/** Compiled once at module load. 'und' (undetermined) runs both languages. */
const PACKS: Record<Lang, CompiledPack> = {
  de: compilePack([DE_PACK]),
  en: compilePack([EN_PACK]),
  und: compilePack([DE_PACK, EN_PACK]),
};

const PHONE_RES = [
  /(?<![\p{N}\p{L}])(?:\+|00)\p{N}{1,3}[ /-]?(?:\(0\)[ ]?)?\p{N}{2,5}(?:[ /-]?\p{N}{2,8}){1,4}(?![\p{N}])/u,
  /(?<![\p{N}\p{L}.,:])0\p{N}{2,5}(?:[ /-]?\p{N}{2,8}){1,3}(?![\p{N}.,:])/u,
];
const IBAN_RE = /(?<![\p{L}\p{N}])[A-Z]{2}\d{2}(?:[ ]?[A-Za-z0-9]{4}){2,7}(?:[ ]?[A-Za-z0-9]{1,3})?(?![\p{L}\p{N}])/u;

function countDigits(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) n++;
  }
  return n;
}

interface Scores {
  question: number;
  complaint: number;
  praise: number;
}

function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}

function raws(tokens: readonly Token[], start: number, end: number): string[] {
  const out: string[] = [];
  for (let i = start; i <= end; i++) out.push(tokens[i]!.raw);
  return out;
}

export function classify(text: string, options: ClassifyOptions = {}): Classification {
  const input = typeof text === 'string' ? text.slice(0, 20000) : '';
  const { tokens, sentences } = tokenise(input);
  const lang: Lang = options.lang ?? detectLanguageFromTokens(tokens);
  const pack = PACKS[lang];
  const reasons: Reason[] = [];
  const scores: Scores = { question: 0, complaint: 0, praise: 0 };
  const flagScores = new Map<Flag, number>();
  const addFlag = (flag: Flag, w: number): void => {
    flagScores.set(flag, (flagScores.get(flag) ?? 0) + w);
  };

  // ---------------------------------------------------------------- rule matches
  const packMatches = pack.matcher.findAll(tokens);
  let customMatches: Match<CustomPayload>[] = [];
  if (options.customRules !== undefined) {
    customMatches = customMatcher(options.customRules)
      .findAll(tokens)
      .filter((m) => m.payload.lang === undefined || m.payload.lang === lang);
  }

  // longest label match wins its tokens ("danke für nichts" over "danke"); flags never compete
  const consumed = new Uint8Array(tokens.length);
  const labelMatches = packMatches
    .filter((m) => LABEL_SET.has(m.payload.supports))
    .sort((a, b) => b.end - b.start - (a.end - a.start) || b.payload.weight - a.payload.weight || a.start - b.start);
  const accepted: Match<RulePayload>[] = [];
  for (const m of labelMatches) {
    let free = true;
    for (let i = m.start; i <= m.end; i++) if (consumed[i]) free = false;
    if (!free) continue;
    for (let i = m.start; i <= m.end; i++) consumed[i] = 1;
    accepted.push(m);
  }
  accepted.sort((a, b) => a.start - b.start);
  const sentimentStarts = new Set(accepted.filter((m) => m.payload.supports === 'praise' || m.payload.supports === 'complaint').map((m) => m.start));
  // an intensifier that is also a sentiment word ("super langsam", "voll gut") only intensifies
  const effective = accepted.filter((m) => !(m.start === m.end && pack.intensifiers.has(tokens[m.start]) && sentimentStarts.has(m.end + 1)));

  // text-level modifiers
  let lastContrast = -1;
  for (let i = 1; i < tokens.length; i++) if (pack.contrast.has(tokens[i])) lastContrast = i;
  const sarcasmMatches = pack.sarcasm.findAll(tokens);
  const sarcastic = sarcasmMatches.length > 0;
  const sentenceEnd = (t: Token): string => sentences[t.sent]?.end ?? '';

  const isNegator = (i: number): boolean => consumed[i] !== 1 && pack.negators.has(tokens[i]);
  function negatedBefore(start: number): number {
    const clause = tokens[start]!.clause;
    for (let i = start - 1; i >= 0 && i >= start - 3; i--) {
      const t = tokens[i]!;
      if (t.clause !== clause) break;
      if (isNegator(i)) return i;
    }
    return -1;
  }
  function negatedAfter(end: number): number {
    // "Toll ist das nicht", "Toller Service … nicht": the clause ends with a post-negator
    const clause = tokens[end]!.clause;
    let last = -1;
    for (let i = end + 1; i < tokens.length && i <= end + 5; i++) {
      const t = tokens[i]!;
      if (t.clause !== clause) break;
      if (t.kind === 'word') last = i;
    }
    const next = tokens[last + 1];
    const clauseEnds = next === undefined || next.clause !== clause;
    return last >= 0 && clauseEnds && consumed[last] !== 1 && pack.postNegators.has(tokens[last]) ? last : -1;
  }

  type Adjustable = { ruleId: string; supports: Label | Flag; weight: number; negated: PackRule['negated'] };
  const ruleHits = new Map<string, number>();
  const applyLabel = (p: Adjustable, start: number, end: number): void => {
    const supports = p.supports as Label;
    // repeated evidence of the same rule counts less each time (1, 1/2, 1/4 …)
    const hits = ruleHits.get(p.ruleId) ?? 0;
    ruleHits.set(p.ruleId, hits + 1);
    let w = p.weight / 2 ** hits;
    const matched = raws(tokens, start, end);
    if (supports === 'praise' || supports === 'complaint') {
      const prev = tokens[start - 1];
      const prev2 = tokens[start - 2];
      if (pack.intensifiers.has(prev) || (pack.intensifiers.has(prev2) && prev?.clause === tokens[start]!.clause && !pack.negators.has(prev))) w *= 1.4;
      else if (pack.downtoners.has(prev) || pack.downtoners.has(prev2)) w *= 0.6;
      for (let i = start; i <= end; i++) if (tokens[i]!.caps) { w *= 1.3; break; }
      if (sentenceEnd(tokens[start]!).includes('!')) w *= 1.15;
      if (lastContrast >= 0) w *= start > lastContrast ? 1.3 : 0.8;
      let neg = p.negated === 'keep' ? -1 : negatedBefore(start);
      if (neg < 0 && p.negated !== 'keep' && supports === 'praise') neg = negatedAfter(end);
      const ironic = sarcastic && supports === 'praise';
      if (neg >= 0 || ironic) {
        const target: Label | 'none' = ironic ? 'complaint' : p.negated && p.negated !== 'keep' ? p.negated : supports === 'praise' ? 'complaint' : 'praise';
        const factor = ironic ? 1 : target === 'complaint' ? 0.9 : target === 'none' ? 0 : 0.85;
        if (neg >= 0) consumed[neg] = 1; // a negator negates one thing
        reasons.push({ ruleId: p.ruleId, supports, weight: round(-w), matched });
        if (target !== 'none' && target !== 'other' && factor > 0) {
          // "nicht gut", "not bad": a negated sentiment word is a clear statement on its own
          const nw = ironic ? w : Math.max(w * factor, 1.0);
          scores[target] += nw;
          const negWords = neg >= 0 ? [tokens[neg]!.raw] : [];
          reasons.push({ ruleId: ironic ? 'core.sarcasm' : 'core.negation', supports: target, weight: round(nw), matched: neg < start ? [...negWords, ...matched] : [...matched, ...negWords] });
        }
        return;
      }
    }
    if (supports !== 'other') scores[supports as keyof Scores] += w;
    reasons.push({ ruleId: p.ruleId, supports, weight: round(w), matched });
  };

  for (const m of effective) {
    if (m.payload.atStart && m.start !== contentStart(tokens[m.start]!.sent)) continue;
    applyLabel(m.payload, m.start, m.end);
  }
  if (sarcastic) {
    const m = sarcasmMatches[0]!;
    scores.complaint += 1.0;
    reasons.push({ ruleId: 'core.sarcasm-marker', supports: 'complaint', weight: 1.0, matched: raws(tokens, m.start, m.end) });
  }
  // negated expectation: "does not work", "did not receive", "funktioniert ... nicht"
  const expectationRule = `${pack.langs}.complaint.negated-expectation`;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (consumed[i] === 1 || !pack.expectations.has(t)) continue;
    let neg = -1;
    for (let j = i - 1; j >= 0 && j >= i - 3 && tokens[j]!.clause === t.clause; j--) if (isNegator(j)) { neg = j; break; }
    if (neg < 0 && pack.negationAfter) for (let j = i + 1; j < tokens.length && j <= i + 3 && tokens[j]!.clause === t.clause; j++) if (isNegator(j)) { neg = j; break; }
    if (neg < 0) continue;
    consumed[i] = 1;
    consumed[neg] = 1;
    applyLabel({ ruleId: expectationRule, supports: 'complaint', weight: pack.expectationWeight, negated: 'keep' }, Math.min(i, neg), Math.max(i, neg));
  }
  const FLAG_COMPLAINT: Partial<Record<Flag, number>> = { urgent: 0.8, abuse: 0.8, churn_risk: 0.5 };
  for (const m of packMatches) {
    if (LABEL_SET.has(m.payload.supports)) continue;
    // a legal threat, a safety report, an insult or a goodbye is also evidence of a complaint
    const implied = FLAG_COMPLAINT[m.payload.supports as Flag];
    if (implied !== undefined) applyLabel({ ruleId: `core.${m.payload.supports}-implies-complaint`, supports: 'complaint', weight: implied, negated: 'keep' }, m.start, m.end);
    addFlag(m.payload.supports as Flag, m.payload.weight);
    reasons.push({ ruleId: m.payload.ruleId, supports: m.payload.supports, weight: m.payload.weight, matched: raws(tokens, m.start, m.end) });
  }
  for (const m of customMatches) {
    const p = m.payload;
    if (LABEL_SET.has(p.supports)) applyLabel({ ...p, negated: undefined }, m.start, m.end);
    else {
      addFlag(p.supports as Flag, p.weight);
      reasons.push({ ruleId: p.ruleId, supports: p.supports, weight: p.weight, matched: raws(tokens, m.start, m.end) });
    }
  }

  // ---------------------------------------------------------------- question syntax
  function contentStart(sent: number): number {
    const s = sentences[sent];
    if (s === undefined) return -1;
    let i = s.first;
    while (i <= s.last && (tokens[i]!.kind === 'mention' || tokens[i]!.kind === 'url' || tokens[i]!.kind === 'emoji' || pack.openers.has(tokens[i]))) i++;
    return i <= s.last ? i : -1;
  }
  const complaintInSentence = new Set<number>();
  const rhetoricalInSentence = new Set<number>();
  const complaintStarts = new Set<number>();
  for (const m of effective) {
    if (m.payload.supports === 'complaint') complaintStarts.add(m.start);
    if (m.payload.supports === 'complaint') complaintInSentence.add(tokens[m.start]!.sent);
    if (m.payload.ruleId.endsWith('.rhetorical')) rhetoricalInSentence.add(tokens[m.start]!.sent);
  }
  const startsSentiment = new Set(effective.filter((m) => m.payload.supports !== 'question').map((m) => m.start));

  let qMax = 0;
  let qSum = 0;
  sentences.forEach((s: Sentence, si) => {
    const qmark = s.end.includes('?');
    const bang = s.end.includes('!');
    const c = contentStart(si);
    let syntax = 0;
    const matched: string[] = [];
    if (c >= 0) {
      const t = tokens[c]!;
      const next = tokens[c + 1];
      const wh = pack.questionWords.has(t) && !(next !== undefined && next.sent === si && (pack.exclamative.has(next) || (!qmark && startsSentiment.has(c + 1))));
      const verbFirst = pack.questionVerbs.has(t) && next !== undefined && next.sent === si && pack.subjects.has(next) && !(next.norm === 'ich' && tokens[c + 2]?.norm === 'nur');
      // without "?" a wh-word only asks when an auxiliary follows ("When will …", not "When you are …")
      const whAsks = wh && (qmark || pack.questionVerbs.has(next));
      if (whAsks || verbFirst) {
        syntax = qmark ? 0.6 : bang ? 0.2 : s.last - s.first >= 2 ? 1.0 : 0.4;
        matched.push(t.raw);
        if (verbFirst) matched.push(next!.raw);
      }
      const rhetoricalStart = pack.rhetorical.has(t);
      if (qmark || syntax > 0) {
        let q = (qmark ? 1.0 : 0) + syntax;
        const indignant = /\?!|!\?/.test(s.end);
        // the question itself is built on a complaint ("Wie oft muss ich noch …", "How many times …")
        const builtOnComplaint = complaintStarts.has(c) || rhetoricalInSentence.has(si);
        if (((rhetoricalStart || indignant) && complaintInSentence.has(si)) || builtOnComplaint) {
          // "Warum dauert das so lange?!": a complaint phrased as a question
          q *= 0.5;
          scores.complaint += 0.8;
          reasons.push({ ruleId: 'core.rhetorical-question', supports: 'complaint', weight: 0.8, matched: [t.raw, s.end] });
        }
        if (rhetoricalStart && qmark && !complaintInSentence.has(si)) {
          // "Why …?" aimed at a business usually challenges it; weak evidence on its own
          scores.complaint += 0.6;
          reasons.push({ ruleId: 'core.why-question', supports: 'complaint', weight: 0.6, matched: [t.raw] });
        }
        qMax = Math.max(qMax, q);
        qSum += q;
        reasons.push({ ruleId: qmark ? 'core.question-mark' : 'core.question-syntax', supports: 'question', weight: round(q), matched: qmark ? [...matched, '?'] : matched });
      }
    }
  });

  // one question is enough: further question sentences add only a quarter each
  scores.question += qMax + 0.25 * (qSum - qMax);

  // ---------------------------------------------------------------- flag detectors
  let urls = 0;
  let mentions = 0;
  const wordCounts = new Map<string, number>();
  let words = 0;
  for (const t of tokens) {
    if (t.kind === 'url') urls++;
    else if (t.kind === 'mention') mentions++;
    else if (t.kind === 'email') {
      addFlag('personal_data', 1.5);
      reasons.push({ ruleId: 'core.personal-data.email', supports: 'personal_data', weight: 1.5, matched: [t.raw] });
    } else if (t.kind === 'word' && t.norm.length >= 3) {
      words++;
      wordCounts.set(t.norm, (wordCounts.get(t.norm) ?? 0) + 1);
    }
  }
  if (/\p{N}/u.test(input)) {
    for (const re of PHONE_RES) {
      const m = re.exec(input);
      if (m && countDigits(m[0]) >= 8 && countDigits(m[0]) <= 15) {
        addFlag('personal_data', 1.5);
        reasons.push({ ruleId: 'core.personal-data.phone', supports: 'personal_data', weight: 1.5, matched: [m[0]] });
        break;
      }
    }
    const iban = IBAN_RE.exec(input);
    if (iban && iban[0].replace(/ /g, '').length >= 15) {
      addFlag('personal_data', 1.5);
      reasons.push({ ruleId: 'core.personal-data.iban', supports: 'personal_data', weight: 1.5, matched: [iban[0]] });
    }
  }
  if (urls >= 3 || (urls >= 2 && words < 12)) {
    addFlag('spam', urls >= 3 ? 1.0 : 0.6);
    reasons.push({ ruleId: 'core.spam.links', supports: 'spam', weight: urls >= 3 ? 1.0 : 0.6, matched: tokens.filter((t) => t.kind === 'url').map((t) => t.raw) });
  }
  if (urls >= 1 && (flagScores.get('spam') ?? 0) > 0) addFlag('spam', 0.5);
  if (mentions >= 6) {
    addFlag('spam', 0.6);
    reasons.push({ ruleId: 'core.spam.mass-mentions', supports: 'spam', weight: 0.6, matched: tokens.filter((t) => t.kind === 'mention').map((t) => t.raw) });
  }
  if (words >= 8) {
    let top = '';
    let topN = 0;
    for (const [w, n] of wordCounts) if (n > topN) [top, topN] = [w, n];
    if (wordCounts.size / words < 0.4 || topN >= Math.max(5, words * 0.3)) {
      addFlag('spam', 1.2);
      reasons.push({ ruleId: 'core.spam.repetition', supports: 'spam', weight: 1.2, matched: [top] });
    }
  }

  // ---------------------------------------------------------------- decision
  const { complaint: C, question: Q, praise: P } = scores;
  let label: Label;
  if (C >= THRESHOLDS.complaint && C >= THRESHOLDS.complaintVsPraise * P && (Q < THRESHOLDS.question || C >= THRESHOLDS.complaintVsQuestion * Q)) label = 'complaint';
  else if (Q >= THRESHOLDS.question) label = 'question';
  else if (P >= THRESHOLDS.praise && P > C) label = 'praise';
  else label = 'other';
  let confidence: number;
  if (label === 'other') {
    confidence = Math.min(0.9, Math.max(0.5, 0.9 - 0.4 * Math.max(C, P, Q)));
  } else {
    const s = scores[label];
    const rival = Math.max(...(['complaint', 'question', 'praise'] as const).filter((l) => l !== label).map((l) => scores[l]));
    confidence = Math.min(0.99, Math.max(0.05, 0.45 + 0.3 * Math.tanh(s - 1) + 0.25 * Math.tanh(s - rival)));
  }
  const flags: Flag[] = [];
  for (const f of ['urgent', 'churn_risk', 'personal_data', 'abuse', 'spam'] as const) if ((flagScores.get(f) ?? 0) >= THRESHOLDS.flag) flags.push(f);

  const rulesVersion = options.customRules !== undefined ? `${RULES_VERSION}+${options.customRules.version}` : RULES_VERSION;
  return { label, confidence: round(confidence), lang, reasons, flags, rulesVersion };
}
