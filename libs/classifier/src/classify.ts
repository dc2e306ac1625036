/**
 * The classifier engine: tokenise once, detect the language, run the compiled rule pack (and the
 * workspace's custom rules) over the tokens, adjust each match for negation, intensifiers,
 * contrast and sarcasm, add question syntax and flag detectors, then decide with the documented
 * precedence (README.md): complaint > question > praise > other.
 */
import type { Classification, ClassifyOptions, Flag, Label, Lang, Reason } from './classifier.types.js';
import { compileCustomRules, customMatcher, type CustomPayload } from './custom-rules.js';
import { detectLanguageFromTokens } from './lang.js';
import { Matcher, parsePattern, type Match } from './matcher.js';
import { COMMON_RULES, COMMON_SARCASM, COMMON_VERSION } from './packs/common.js';
import { DE_PACK } from './packs/de.js';
import { EN_PACK } from './packs/en.js';
import type { LanguagePack, PackRule } from './packs/pack.types.js';
import { countAsciiDigits, I_CAPS, K_EMAIL, K_EMOJI, K_MENTION, K_URL, K_WORD, lexOfId, R_INFO, rawOf, REC, REC_STRIDE, tokeniseInto, tokenLex, topRepeated, type Tokens } from './text.js';
import { WARM_UP_RULES, warmUp } from './warm-up.js';
import { CONTRAST, DOWN, EXCL, EXPECT, INTENS, IRREAL, NEG, OPENER, POSTNEG, PRON, QVERB, QWORD, RESOLVE, RHET, SERVICE, SUBJ } from './vocab.js';

export const ENGINE_VERSION = 'core-1.9.0';
export const RULES_VERSION = `${ENGINE_VERSION}/${DE_PACK.version}/${EN_PACK.version}/${COMMON_VERSION}`;

/** Decision thresholds (summed rule weights). */
export const THRESHOLDS = { complaint: 0.85, question: 1.0, praise: 1.0, flag: 1.0, complaintVsPraise: 0.6, complaintVsQuestion: 0.8 } as const;

const LABEL_SET = new Set<string>(['question', 'complaint', 'praise', 'other']);

interface RulePayload {
  ruleId: string;
  supports: Label | Flag;
  weight: number;
  negated: PackRule['negated'];
  atStart: boolean;
  atEnd: boolean;
  /** supports a label (not a flag) */
  isLabel: boolean;
  /** a rhetorical-question pattern ("Warum dauert", "why do you") */
  rhetorical: boolean;
  /** a sarcasm marker ("🙄", "#not", "ja klar"): neither label nor flag, it turns praise into complaint */
  sarcasm: boolean;
  /** a disruption a resolver in the same clause can report as over */
  resolvable: boolean;
  /** its sentence asks nothing (a gesture request, a rhetorical formula) */
  notQuestion: boolean;
  /** answers the question of the sentence before (hypophora) */
  answers: boolean;
  /** a flag rule's complaint evidence (IMPLIED), else undefined */
  implies: RulePayload | undefined;
}

/**
 * Every payload applyLabel() weighs is made here, so all have one hidden class in V8: the pack rules', the negated
 * expectation's, the implied complaints' and the custom rules'. With four shapes its property reads had gone
 * megamorphic: each one a call into V8's generic property look-up, seen in `--print-opt-code`.
 */
function rulePayload(ruleId: string, supports: Label | Flag, weight: number, negated: PackRule['negated'], rule?: Partial<PackRule>, sarcasm = false): RulePayload {
  return {
    ruleId,
    supports,
    weight,
    negated,
    atStart: rule?.atStart === true,
    atEnd: rule?.atEnd === true,
    isLabel: !sarcasm && LABEL_SET.has(supports),
    rhetorical: ruleId.endsWith('.rhetorical'),
    sarcasm,
    resolvable: rule?.resolvable === true,
    notQuestion: rule?.notQuestion === true,
    answers: rule?.answersQuestion === true,
    implies: IMPLIED.get(supports),
  };
}

/** "a legal threat, a safety report, an insult or a goodbye is also evidence of a complaint": one payload per flag */
const FLAG_COMPLAINT: Partial<Record<Flag, number>> = { urgent: 0.8, abuse: 0.8, churn_risk: 0.5 };
const IMPLIED = new Map<Label | Flag, RulePayload>();
for (const [flag, weight] of Object.entries(FLAG_COMPLAINT) as [Flag, number][]) IMPLIED.set(flag, rulePayload(`core.${flag}-implies-complaint`, 'complaint', weight, 'keep'));

interface CompiledPack {
  index: number;
  /** the payload of "negated expectation" matches ("does not work") */
  expectation: RulePayload;
  /** rules and sarcasm markers in one matcher, so a text is scanned once */
  matcher: Matcher<RulePayload>;
  expectationWeight: number;
  negationAfter: boolean;
  langs: string;
}

/** wh-words that, alone with a run of "?", are an interjection of surprise ("What???", "Was???"), unlike "When???" */
const SURPRISE_WH = new Set(['what', 'wat', 'wut', 'was', 'wie']);

function compilePack(index: number, packs: readonly LanguagePack[]): CompiledPack {
  const matcher = new Matcher<RulePayload>(true);
  const all = <K extends keyof LanguagePack>(k: K): string[] => packs.flatMap((p) => p[k] as readonly string[]);
  const rules = [...packs.flatMap((p) => p.rules), ...COMMON_RULES];
  for (const rule of rules) {
    const supports = rule.supports;
    const payload = rulePayload(rule.id, supports, rule.weight, rule.negated, rule);
    for (const pattern of rule.patterns) {
      try {
        matcher.add(parsePattern(pattern, false), payload);
      } catch (e) {
        throw new Error(`rule pack: rule ${rule.id}, pattern "${pattern}": ${(e as Error).message}`);
      }
    }
  }
  const sarcasm = rulePayload('core.sarcasm-marker', 'complaint', 1, 'keep', undefined, true);
  for (const m of [...all('sarcasmMarkers'), ...COMMON_SARCASM]) matcher.add(parsePattern(m, false), sarcasm);
  const langs = packs.map((p) => p.lang).join('+');
  const expectationWeight = Math.max(...packs.map((p) => p.expectationWeight));
  return {
    index,
    expectation: rulePayload(`${langs}.complaint.negated-expectation`, 'complaint', expectationWeight, 'keep'),
    matcher,
    expectationWeight,
    negationAfter: packs.some((p) => p.negationAfter),
    langs,
  };
}

/** Compiled once at module load. 'und' (undetermined) runs both languages. */
const PACKS: Record<Lang, CompiledPack> = {
  de: compilePack(0, [DE_PACK]),
  en: compilePack(1, [EN_PACK]),
  und: compilePack(2, [DE_PACK, EN_PACK]),
};

const PHONE_RES = [
  /(?<![\p{N}\p{L}])(?:\+|00)\p{N}{1,3}[ /-]?(?:\(0\)[ ]?)?\p{N}{2,5}(?:[ /-]?\p{N}{2,8}){1,4}(?![\p{N}])/u,
  /(?<![\p{N}\p{L}.,:])0\p{N}{2,5}(?:[ /-]?\p{N}{2,8}){1,3}(?![\p{N}.,:])/u,
];
const IBAN_RE = /(?<![\p{L}\p{N}])[A-Z]{2}\d{2}(?:[ ]?[A-Za-z0-9]{4}){2,7}(?:[ ]?[A-Za-z0-9]{1,3})?(?![\p{L}\p{N}])/u;

function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}

/** > 0 when b goes before a: longer, then heavier, then further left */
function byPriority(a: Match<RulePayload>, b: Match<RulePayload>): number {
  return b.end - b.start - (a.end - a.start) || b.payload.weight - a.payload.weight || a.start - b.start;
}

function raws(T: Tokens, start: number, end: number): string[] {
  if (start === end) return [rawOf(T, start)];
  const out: string[] = [];
  for (let i = start; i <= end; i++) out.push(rawOf(T, i));
  return out;
}

/** the matched words with the word of token r added on its side */
function withWord(T: Tokens, r: number, start: number, matched: string[]): string[] {
  const w = rawOf(T, r);
  return r < start ? [w, ...matched] : [...matched, w];
}

function rawsOfKind(T: Tokens, kind: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < T.n; i++) if (T.kind[i] === kind) out.push(rawOf(T, i));
  return out;
}

/** the folded form of token i ('' for tokens without one) */
function normAt(T: Tokens, i: number): string {
  return i < T.n ? (tokenLex(T, i)?.norm ?? '') : '';
}

function questionMarks(end: string): number {
  let q = 0;
  for (let k = 0; k < end.length; k++) if (end.charCodeAt(k) === 63) q++;
  return q;
}

/** written in capitals, at least 3 letters ("NIE", "WORST"); only words */
function capsAt(T: Tokens, i: number): boolean {
  return T.kind[i] === K_WORD && (REC[T.id[i]! * REC_STRIDE + R_INFO]! & I_CAPS) !== 0;
}

/** Per-token and per-sentence scratch marks, reused across calls (classify is synchronous). */
let CONSUMED = new Uint8Array(256);
let TOKEN_MARK = new Uint8Array(256);
let SENT_MARK = new Uint8Array(64);
let TOKEN_BITS = new Int32Array(256);
/** token marks */
const M_SENTIMENT_START = 1;
const M_COMPLAINT_START = 2;
const M_NON_QUESTION_START = 4;
/** sentence marks */
const S_COMPLAINT = 1;
const S_RHETORICAL = 2;
const S_NOT_QUESTION = 4;

const FLAG_ORDER = ['urgent', 'churn_risk', 'personal_data', 'abuse', 'spam'] as const;


/** 2 ** k for the repeat discount (exact powers of two; Math.pow is a slow call) */
const POW2 = Float64Array.from({ length: 64 }, (_, k) => 2 ** k);


/** a custom label rule's payload for applyLabel (made once per rule; negation as for pack rules) */
const CUSTOM_LABEL_PAYLOADS = new WeakMap<CustomPayload, RulePayload>();
function customLabelPayload(p: CustomPayload): RulePayload {
  let r = CUSTOM_LABEL_PAYLOADS.get(p);
  if (r === undefined) {
    r = rulePayload(p.ruleId, p.supports, p.weight, undefined);
    CUSTOM_LABEL_PAYLOADS.set(p, r);
  }
  return r;
}

/**
 * The state of the classify() call in progress. Module-level, so that the steps below are plain
 * functions (no closures or arrays allocated per call); classify() is synchronous and sets all of
 * it before use.
 */
let T: Tokens;
let N = 0;
let NS = 0;
let TB = TOKEN_BITS;
let REASONS: Reason[] = [];
let SCORE_QUESTION = 0;
let SCORE_COMPLAINT = 0;
let SCORE_PRAISE = 0;
let F_URGENT = 0;
let F_CHURN = 0;
let F_PERSONAL = 0;
let F_ABUSE = 0;
let F_SPAM = 0;
let LAST_CONTRAST = -1;
/** token indexes of the pack's resolvers and service words */
let RESOLVERS: Int32Array = new Int32Array(64);
let N_RESOLVERS = 0;
let SERVICES: Int32Array = new Int32Array(64);
let N_SERVICES = 0;
let SARCASTIC = false;
/** repeated evidence of the same rule counts less each time (1, 1/2, 1/4 …): rule ids seen and their hits */
const HIT_IDS: string[] = [];
const HIT_COUNTS: number[] = [];
let N_HITS = 0;
/** label matches by priority, the accepted ones in text order, and those that take effect */
const LABEL_MATCHES: Match<RulePayload>[] = [];
const ACCEPTED: Match<RulePayload>[] = [];
const EFFECTIVE: Match<RulePayload>[] = [];

function addScore(label: Label, w: number): void {
  if (label === 'complaint') SCORE_COMPLAINT += w;
  else if (label === 'praise') SCORE_PRAISE += w;
  else if (label === 'question') SCORE_QUESTION += w;
}

function addFlag(flag: Flag, w: number): void {
  if (flag === 'urgent') F_URGENT += w;
  else if (flag === 'churn_risk') F_CHURN += w;
  else if (flag === 'personal_data') F_PERSONAL += w;
  else if (flag === 'abuse') F_ABUSE += w;
  else F_SPAM += w;
}

/** word classes of token i (0 out of range) */
function bits(i: number): number {
  return i >= 0 && i < N ? TB[i]! : 0;
}

function isNegator(i: number): boolean {
  return CONSUMED[i] !== 1 && (bits(i) & NEG) !== 0;
}

function negatedBefore(start: number): number {
  const tClause = T.clause;
  const clause = tClause[start]!;
  for (let i = start - 1; i >= 0 && i >= start - 3; i--) {
    if (tClause[i] !== clause) break;
    if (isNegator(i)) return i;
  }
  return -1;
}

function negatedAfter(end: number): number {
  // "Toll ist das nicht", "Toller Service … nicht": the clause ends with a post-negator
  const tClause = T.clause;
  const clause = tClause[end]!;
  let last = -1;
  for (let i = end + 1; i < N && i <= end + 5; i++) {
    if (tClause[i] !== clause) break;
    if (T.kind[i] === K_WORD) last = i;
  }
  const clauseEnds = last + 1 >= N || tClause[last + 1] !== clause;
  return last >= 0 && clauseEnds && CONSUMED[last] !== 1 && (bits(last) & POSTNEG) !== 0 ? last : -1;
}

/** a resolver in the clause of [start, end] that is not itself negated ("nicht behoben") */
function resolverFor(start: number, end: number): number {
  const tClause = T.clause;
  const clause = tClause[start]!;
  for (let x = 0; x < N_RESOLVERS; x++) {
    const r = RESOLVERS[x]!;
    if (tClause[r] !== clause || (r >= start && r <= end)) continue;
    let negated = false;
    for (let j = r - 1; j >= 0 && j >= r - 3 && tClause[j] === clause; j--) if ((bits(j) & NEG) !== 0) negated = true;
    if (!negated) return r;
  }
  return -1;
}

/**
 * A word of wish or hypothesis in the clause of [start, end] ("Pünktlich wäre schön", "Hoffentlich wird es gemütlich"),
 * or ending the clause before it in the same sentence ("Ich hoffe, dass es schön wird").
 */
function irrealisFor(start: number, end: number): number {
  const tClause = T.clause;
  const tSent = T.sent;
  const clause = tClause[start]!;
  let i = start - 1;
  for (; i >= 0 && tClause[i] === clause; i--) if ((bits(i) & IRREAL) !== 0) return i;
  for (let j = end + 1; j < N && tClause[j] === clause; j++) if ((bits(j) & IRREAL) !== 0) return j;
  while (i >= 0 && T.kind[i] !== K_WORD && tSent[i] === tSent[start]) i--;
  return i >= 0 && tSent[i] === tSent[start] && (bits(i) & IRREAL) !== 0 ? i : -1;
}

/** an `answersQuestion` match fills the first clause of a sentence without "?" that follows a "?" sentence */
function answersPrevious(m: Match<RulePayload>): boolean {
  const si = T.sent[m.start]!;
  const sEnd = T.sEnd;
  if (si === 0 || !sEnd[si - 1]!.includes('?') || sEnd[si]!.includes('?') || T.sQuoted[si - 1] !== 0) return false;
  return m.start === contentStart(si) && (m.end === T.sLast[si] || T.clause[m.end + 1] !== T.clause[m.end]);
}

/**
 * An `atEnd` match ends its sentence's words (trailing mentions, links, hashtags, emoji aside); checked before
 * matches compete, so a misplaced one takes no tokens ("didn't he get" keeps its negator). A question tag
 * counts only without "?": with one, the mark already makes the statement a question.
 */
function endsSentence(m: Match<RulePayload>): boolean {
  const si = T.sent[m.start]!;
  let last = T.sLast[si]!;
  while (last > m.end && T.kind[last] !== K_WORD) last--;
  return last === m.end && !(m.payload.supports === 'question' && T.sEnd[si]!.includes('?'));
}

/** the first token of sentence `sent` after greetings, mentions, links and emoji (-1 if none) */
function contentStart(sent: number): number {
  if (sent >= NS) return -1;
  let i = T.sFirst[sent]!;
  const last = T.sLast[sent]!;
  while (i <= last) {
    const k = T.kind[i];
    if (k === K_MENTION || k === K_URL || k === K_EMOJI || (bits(i) & OPENER) !== 0) i++;
    else break;
  }
  return i <= last ? i : -1;
}

/**
 * A service word in the sentence of token `start` when that sentence politely asks for a service:
 * it ends with "?" or opens with a question verb, and has no negator and no "why" opening.
 */
function serviceRequestFor(start: number): number {
  const tSent = T.sent;
  const si = tSent[start]!;
  const c = contentStart(si);
  if (c < 0) return -1;
  const cb = bits(c);
  if (!T.sEnd[si]!.includes('?') && (cb & QVERB) === 0) return -1;
  if ((cb & RHET) !== 0) return -1;
  for (let j = T.sFirst[si]!; j <= T.sLast[si]!; j++) if ((bits(j) & NEG) !== 0) return -1;
  // a service word inside another phrase ("how come") books nothing
  for (let x = 0; x < N_SERVICES; x++) {
    const r = SERVICES[x]!;
    if (tSent[r] === si && r !== start && CONSUMED[r] !== 1) return r;
  }
  return -1;
}

/** Weighs one label match (modifiers, negation, resolution, service requests) into the scores and reasons. */
function applyLabel(p: RulePayload, start: number, end: number): void {
  const supports = p.supports as Label;
  const reasons = REASONS;
  let k = -1;
  for (let x = 0; x < N_HITS; x++)
    if (HIT_IDS[x] === p.ruleId) {
      k = x;
      break;
    }
  if (k < 0) {
    k = N_HITS++;
    HIT_IDS[k] = p.ruleId;
    HIT_COUNTS[k] = 0;
  }
  const hits = HIT_COUNTS[k]!;
  HIT_COUNTS[k] = hits + 1;
  let w = p.weight / (hits < POW2.length ? POW2[hits]! : 2 ** hits);
  const matched = raws(T, start, end);
  if (supports === 'praise' || supports === 'complaint') {
    const tClause = T.clause;
    const sEnd = T.sEnd;
    const tSent = T.sent;
    const prevBits = bits(start - 1);
    const prev2Bits = bits(start - 2);
    if ((prevBits & INTENS) !== 0 || ((prev2Bits & INTENS) !== 0 && tClause[start - 1] === tClause[start] && (prevBits & NEG) === 0)) w *= 1.4;
    else if (((prevBits | prev2Bits) & DOWN) !== 0) w *= 0.6;
    for (let i = start; i <= end; i++)
      if (capsAt(T, i)) {
        w *= 1.3;
        break;
      }
    if (sEnd[tSent[start]!]!.includes('!')) w *= 1.15;
    if (LAST_CONTRAST >= 0) w *= start > LAST_CONTRAST ? 1.3 : 0.8;
    if (supports === 'complaint' && p.resolvable === true && N_RESOLVERS > 0) {
      const r = resolverFor(start, end);
      if (r >= 0) {
        reasons.push({ ruleId: p.ruleId, supports, weight: round(-w), matched });
        if (sEnd[tSent[start]!]!.includes('?')) {
          // "Ist die Störung behoben?": asking whether it is over is a question about it, not a complaint
          reasons.push({ ruleId: 'core.resolution-asked', supports: 'question', weight: 0, matched: withWord(T, r, start, matched) });
          return;
        }
        // "Streik beendet", "Störung behoben", "issue resolved": the disruption is reported as over
        const rw = Math.max(w * 0.85, 1.0);
        SCORE_PRAISE += rw;
        reasons.push({ ruleId: 'core.resolved', supports: 'praise', weight: round(rw), matched: withWord(T, r, start, matched) });
        return;
      }
    }
    if (supports === 'complaint' && p.resolvable === true && N_SERVICES > 0) {
      const r = serviceRequestFor(start);
      if (r >= 0) {
        // "Can you come and fix our leaking tap?": the defect is the job asked for, not a complaint
        reasons.push({ ruleId: p.ruleId, supports, weight: round(-w), matched });
        reasons.push({ ruleId: 'core.service-request', supports: 'question', weight: 0, matched: withWord(T, r, start, matched) });
        return;
      }
    }
    if (supports === 'praise') {
      const r = irrealisFor(start, end);
      if (r >= 0) {
        // "Pünktlich wäre schön", "Hoffentlich wird es gemütlich": a wished-for or hypothetical quality is not praise
        reasons.push({ ruleId: p.ruleId, supports, weight: round(-w), matched });
        reasons.push({ ruleId: 'core.irrealis', supports: 'other', weight: 0, matched: withWord(T, r, start, matched) });
        return;
      }
    }
    let neg = p.negated === 'keep' ? -1 : negatedBefore(start);
    if (neg < 0 && p.negated !== 'keep' && supports === 'praise') neg = negatedAfter(end);
    const ironic = SARCASTIC && supports === 'praise';
    if (neg >= 0 || ironic) {
      const target: Label | 'none' = ironic ? 'complaint' : p.negated && p.negated !== 'keep' ? p.negated : supports === 'praise' ? 'complaint' : 'praise';
      const factor = ironic ? 1 : target === 'complaint' ? 0.9 : target === 'none' ? 0 : 0.85;
      if (neg >= 0) CONSUMED[neg] = 1; // a negator negates one thing
      reasons.push({ ruleId: p.ruleId, supports, weight: round(-w), matched });
      if (target !== 'none' && target !== 'other' && factor > 0) {
        // "nicht gut", "not bad": a negated sentiment word is a clear statement on its own
        const nw = ironic ? w : Math.max(w * factor, 1.0);
        addScore(target, nw);
        reasons.push({ ruleId: ironic ? 'core.sarcasm' : 'core.negation', supports: target, weight: round(nw), matched: neg >= 0 ? withWord(T, neg, start, matched) : matched });
      }
      return;
    }
  }
  if (supports !== 'other') addScore(supports, w);
  reasons.push({ ruleId: p.ruleId, supports, weight: round(w), matched });
}

/**
 * Question syntax per sentence ("?", a wh-word or a verb-first opening), rhetorical and "why"
 * questions: adds to the scores and reasons (a step of classify(), a function of its own so that V8
 * optimises the engine in smaller pieces).
 */
function questionSyntax(Tk: Tokens, tb: Int32Array, tmark: Uint8Array, smark: Uint8Array): void {
  const n = Tk.n;
  const ns = Tk.ns;
  const tSent = Tk.sent;
  const sFirst = Tk.sFirst;
  const sLast = Tk.sLast;
  const sEnd = Tk.sEnd;
  const reasons = REASONS;
  let qMax = 0;
  let qSum = 0;
  for (let si = 0; si < ns; si++) {
    const end = sEnd[si]!;
    // a question in quotes is reported speech, not asked ('only to hear "why not?"', "'Where is it?' she asked")
    if (Tk.sQuoted[si] !== 0) continue;
    const qmark = end.includes('?');
    const c = contentStart(si);
    if (c < 0) continue;
    // "Can you follow us back?", "Guess what?": a gesture request or a rhetorical formula asks nothing
    if ((smark[si]! & S_NOT_QUESTION) !== 0) continue;
    const cb = tb[c]!;
    const nextInSentence = c + 1 < n && tSent[c + 1] === si;
    // the cheap test first: no "?", no wh-word, no question verb: no question
    if (!qmark && (cb & (QWORD | QVERB)) === 0) continue;
    const bang = end.includes('!');
    let syntax = 0;
    const nb = nextInSentence ? tb[c + 1]! : 0;
    const wh = (cb & QWORD) !== 0 && !(nextInSentence && ((nb & EXCL) !== 0 || (!qmark && (tmark[c + 1]! & M_NON_QUESTION_START) !== 0)));
    // without "?" a verb-first sentence asks only with a pronoun subject ("Habt ihr …", "Do you …"; not "So did the kings")
    const verbFirst = (cb & QVERB) !== 0 && nextInSentence && (nb & (qmark ? SUBJ : PRON)) !== 0 && !(normAt(Tk, c + 1) === 'ich' && normAt(Tk, c + 2) === 'nur');
    // without "?" a wh-word only asks when an auxiliary and its subject follow ("When will the …", "How do I …";
    // not "When you are …", "Which is why …")
    const whAsks = wh && (qmark || ((nb & QVERB) !== 0 && c + 2 < n && tSent[c + 2] === si && (bits(c + 2) & SUBJ) !== 0));
    if (!(qmark || whAsks || verbFirst)) continue;
    const matched: string[] = [];
    const first = rawOf(Tk, c);
    if (whAsks || verbFirst) {
      syntax = qmark ? 0.6 : bang ? 0.2 : sLast[si]! - sFirst[si]! >= 2 ? 1.0 : 0.4;
      matched.push(first);
      if (verbFirst) matched.push(rawOf(Tk, c + 1));
    }
    const rhetoricalStart = (cb & RHET) !== 0;
    if (qmark || syntax > 0) {
      // "Peaceful???", "for real??????", a lone "What???": a fragment with a run of question marks is incredulity, hardly a question
      const echo = qmark && sLast[si]! - c < 2 && (syntax === 0 || (sLast[si] === c && SURPRISE_WH.has(normAt(Tk, c)))) && questionMarks(end) >= 3;
      let q = echo ? 0.5 : (qmark ? 1.0 : 0) + syntax;
      const indignant = end.includes('?!') || end.includes('!?');
      // the question itself is built on a complaint ("Wie oft muss ich noch …", "How many times …")
      const complaintHere = (smark[si]! & S_COMPLAINT) !== 0;
      const builtOnComplaint = (tmark[c]! & M_COMPLAINT_START) !== 0 || (smark[si]! & S_RHETORICAL) !== 0;
      if (((rhetoricalStart || indignant) && complaintHere) || builtOnComplaint) {
        // "Warum dauert das so lange?!": a complaint phrased as a question
        q *= 0.5;
        SCORE_COMPLAINT += 0.8;
        reasons.push({ ruleId: 'core.rhetorical-question', supports: 'complaint', weight: 0.8, matched: [first, end] });
      }
      if (rhetoricalStart && qmark && !complaintHere) {
        // "Why …?" aimed at a business usually challenges it; weak evidence on its own
        SCORE_COMPLAINT += 0.6;
        reasons.push({ ruleId: 'core.why-question', supports: 'complaint', weight: 0.6, matched: [first] });
      }
      if (q > qMax) qMax = q;
      qSum += q;
      if (qmark) matched.push('?');
      reasons.push({ ruleId: qmark ? 'core.question-mark' : 'core.question-syntax', supports: 'question', weight: round(q), matched });
    }
  }

  // one question is enough: further question sentences add only a quarter each
  SCORE_QUESTION += qMax + 0.25 * (qSum - qMax);
}

/** The flag detectors: e-mail, phone, IBAN, links, mass mentions, repeated words (a step of classify()). */
function flagDetectors(Tk: Tokens, input: string): void {
  const n = Tk.n;
  const reasons = REASONS;
  const urls = Tk.urls;
  const mentions = Tk.mentions;
  const words = Tk.words;
  if (Tk.emails > 0)
    for (let i = 0; i < n; i++)
      if (Tk.kind[i] === K_EMAIL) {
        addFlag('personal_data', 1.5);
        reasons.push({ ruleId: 'core.personal-data.email', supports: 'personal_data', weight: 1.5, matched: [rawOf(Tk, i)] });
      }
  // a phone number needs at least 8 digits, an IBAN two capitals and two digits: only then run the regexes
  if (Tk.digits >= 8) {
    for (const re of PHONE_RES) {
      const m = re.exec(input);
      if (m === null) continue;
      const d = countAsciiDigits(m[0], 0, m[0].length);
      if (d >= 8 && d <= 15) {
        addFlag('personal_data', 1.5);
        reasons.push({ ruleId: 'core.personal-data.phone', supports: 'personal_data', weight: 1.5, matched: [m[0]] });
        break;
      }
    }
  }
  if (Tk.ibanHint) {
    const iban = IBAN_RE.exec(input);
    if (iban && iban[0].replace(/ /g, '').length >= 15) {
      addFlag('personal_data', 1.5);
      reasons.push({ ruleId: 'core.personal-data.iban', supports: 'personal_data', weight: 1.5, matched: [iban[0]] });
    }
  }
  if (urls >= 3 || (urls >= 2 && words < 12)) {
    addFlag('spam', urls >= 3 ? 1.0 : 0.6);
    reasons.push({ ruleId: 'core.spam.links', supports: 'spam', weight: urls >= 3 ? 1.0 : 0.6, matched: rawsOfKind(Tk, K_URL) });
  }
  if (urls >= 1 && F_SPAM > 0) addFlag('spam', 0.5);
  if (mentions >= 6) {
    addFlag('spam', 0.6);
    reasons.push({ ruleId: 'core.spam.mass-mentions', supports: 'spam', weight: 0.6, matched: rawsOfKind(Tk, K_MENTION) });
  }
  if (words >= 8) {
    // repetition: distinct folded words (3+ letters) and the first word (in text order) with the highest count
    if (Tk.unique / words < 0.4 || Tk.topN >= Math.max(5, words * 0.3)) {
      addFlag('spam', 1.2);
      reasons.push({ ruleId: 'core.spam.repetition', supports: 'spam', weight: 1.2, matched: [lexOfId(topRepeated(Tk)).raw] });
    }
  }
}

const NO_OPTIONS: ClassifyOptions = Object.freeze({});

export function classify(text: string, options: ClassifyOptions = NO_OPTIONS): Classification {
  const input = typeof text === 'string' ? (text.length > 20000 ? text.slice(0, 20000) : text) : '';
  const Tk = tokeniseInto(input);
  T = Tk;
  const lang: Lang = options.lang ?? detectLanguageFromTokens(Tk);
  // (not PACKS[lang]: a keyed read with several keys is compiled by V8 as a call into its generic, slow property look-up)
  const pack = lang === 'de' ? PACKS.de : lang === 'en' ? PACKS.en : PACKS.und;
  const n = Tk.n;
  const ns = Tk.ns;
  N = n;
  NS = ns;
  const tSent = Tk.sent;
  const tClause = Tk.clause;
  const sFirst = Tk.sFirst;
  const sLast = Tk.sLast;
  const sEnd = Tk.sEnd;
  // module-level constants used in the loops over the tokens, as locals (a module binding is read and checked on every use)
  const contrastBit = CONTRAST;
  const resolveBit = RESOLVE;
  const serviceBit = SERVICE;
  const expectBit = EXPECT;
  const intensBit = INTENS;
  const mSentimentStart = M_SENTIMENT_START;
  const reasons: Reason[] = [];
  REASONS = reasons;
  SCORE_QUESTION = 0;
  SCORE_COMPLAINT = 0;
  SCORE_PRAISE = 0;
  F_URGENT = 0;
  F_CHURN = 0;
  F_PERSONAL = 0;
  F_ABUSE = 0;
  F_SPAM = 0;
  N_HITS = 0;
  if (CONSUMED.length < n + 2) {
    CONSUMED = new Uint8Array(n * 2 + 2);
    TOKEN_MARK = new Uint8Array(n * 2 + 2);
  }
  if (SENT_MARK.length < ns + 1) SENT_MARK = new Uint8Array(ns * 2 + 1);
  const consumed = CONSUMED;
  const tmark = TOKEN_MARK;
  const smark = SENT_MARK;
  for (let i = 0; i <= ns; i++) smark[i] = 0;
  if (TOKEN_BITS.length < n + 1) TOKEN_BITS = new Int32Array(n * 2 + 2);
  const tb = TOKEN_BITS;
  TB = tb;
  // one pass over the tokens: clear the marks, take the pack's word classes (the tokeniser copied both packs'
  // bits from the records; the pack of both languages has the union of their word lists, so its bits are the
  // OR of the two halves), and note contrast words, resolvers and service words
  const tPb = Tk.pb;
  const lowShift = pack.index === 1 ? 16 : 0;
  const highShift = pack.index === 0 ? 0 : 16;
  let lastContrast = -1;
  let nResolvers = 0;
  let nServices = 0;
  for (let i = 0; i < n; i++) {
    consumed[i] = 0;
    tmark[i] = 0;
    const pb = tPb[i]!;
    const b = ((pb >>> lowShift) | (pb >>> highShift)) & 0xffff;
    tb[i] = b;
    if ((b & (contrastBit | resolveBit | serviceBit)) === 0) continue;
    if ((b & contrastBit) !== 0 && i >= 1) lastContrast = i;
    if ((b & resolveBit) !== 0) {
      if (nResolvers === RESOLVERS.length) RESOLVERS = grown(RESOLVERS);
      RESOLVERS[nResolvers++] = i;
    }
    if ((b & serviceBit) !== 0) {
      if (nServices === SERVICES.length) SERVICES = grown(SERVICES);
      SERVICES[nServices++] = i;
    }
  }
  consumed[n] = 0;
  tmark[n] = 0;
  LAST_CONTRAST = lastContrast;
  N_RESOLVERS = nResolvers;
  N_SERVICES = nServices;

  // ---------------------------------------------------------------- rule matches
  const packMatches = pack.matcher.findAll(Tk);
  let customMatches: Match<CustomPayload>[] | undefined;
  if (options.customRules !== undefined) {
    customMatches = customMatcher(options.customRules)
      .findAll(Tk)
      .filter((m) => m.payload.lang === undefined || m.payload.lang === lang);
  }

  // longest label match wins its tokens ("danke für nichts" over "danke"); flags never compete
  const labelMatches = LABEL_MATCHES;
  let nLabel = 0;
  let sarcasmMatch: Match<RulePayload> | undefined;
  for (let x = 0; x < packMatches.length; x++) {
    const m = packMatches[x]!;
    const payload = m.payload;
    if (payload.isLabel) {
      // a misplaced question tag or answer takes no tokens (checked before matches compete)
      if ((payload.atEnd && !endsSentence(m)) || (payload.answers && !answersPrevious(m))) continue;
      // longest first, then heaviest, then leftmost (stable insertion sort: few matches)
      let b = nLabel - 1;
      while (b >= 0 && byPriority(labelMatches[b]!, m) > 0) {
        labelMatches[b + 1] = labelMatches[b]!;
        b--;
      }
      labelMatches[b + 1] = m;
      nLabel++;
    } else if (payload.sarcasm && sarcasmMatch === undefined) sarcasmMatch = m;
  }
  const accepted = ACCEPTED;
  let nAccepted = 0;
  for (let x = 0; x < nLabel; x++) {
    const m = labelMatches[x]!;
    let free = true;
    for (let i = m.start; i <= m.end; i++) if (consumed[i]) free = false;
    if (!free) continue;
    for (let i = m.start; i <= m.end; i++) consumed[i] = 1;
    // in text order (insertion by start; starts of accepted matches are distinct)
    let b = nAccepted - 1;
    while (b >= 0 && accepted[b]!.start > m.start) {
      accepted[b + 1] = accepted[b]!;
      b--;
    }
    accepted[b + 1] = m;
    nAccepted++;
  }
  for (let x = 0; x < nAccepted; x++) {
    const m = accepted[x]!;
    if (m.payload.supports === 'praise' || m.payload.supports === 'complaint') tmark[m.start]! |= mSentimentStart;
  }
  // an intensifier that is also a sentiment word ("super langsam", "voll gut") only intensifies
  const effective = EFFECTIVE;
  let nEffective = 0;
  for (let x = 0; x < nAccepted; x++) {
    const m = accepted[x]!;
    if (!(m.start === m.end && (bits(m.start) & intensBit) !== 0 && (tmark[m.end + 1]! & mSentimentStart) !== 0)) effective[nEffective++] = m;
  }

  SARCASTIC = sarcasmMatch !== undefined;

  // "Can you follow us back?", "Guess what?", "Would I come back? Absolutely!": sentences that ask nothing
  const sNotQuestion = S_NOT_QUESTION;
  for (let x = 0; x < nEffective; x++) {
    const m = effective[x]!;
    if (m.payload.notQuestion) smark[tSent[m.start]!]! |= sNotQuestion;
    if (m.payload.answers) smark[tSent[m.start]! - 1]! |= sNotQuestion;
  }
  for (let x = 0; x < nEffective; x++) {
    const m = effective[x]!;
    if (m.payload.atStart && m.start !== contentStart(tSent[m.start]!)) continue;
    if (m.payload.supports === 'question' && (smark[tSent[m.start]!]! & sNotQuestion) !== 0) continue;
    applyLabel(m.payload, m.start, m.end);
  }
  if (sarcasmMatch !== undefined) {
    const m = sarcasmMatch;
    SCORE_COMPLAINT += 1.0;
    reasons.push({ ruleId: 'core.sarcasm-marker', supports: 'complaint', weight: 1.0, matched: raws(Tk, m.start, m.end) });
  }
  // negated expectation: "does not work", "did not receive", "funktioniert ... nicht"
  for (let i = 0; i < n; i++) {
    if ((tb[i]! & expectBit) === 0 || consumed[i] === 1) continue;
    const clause = tClause[i]!;
    let neg = negatedBefore(i);
    if (neg < 0 && pack.negationAfter)
      for (let j = i + 1; j < n && j <= i + 3 && tClause[j] === clause; j++)
        if (isNegator(j)) {
          neg = j;
          break;
        }
    if (neg < 0) continue;
    consumed[i] = 1;
    consumed[neg] = 1;
    applyLabel(pack.expectation, Math.min(i, neg), Math.max(i, neg));
  }
  for (let x = 0; x < packMatches.length; x++) {
    const m = packMatches[x]!;
    const payload = m.payload;
    if (payload.isLabel || payload.sarcasm) continue;
    // a legal threat, a safety report, an insult or a goodbye is also evidence of a complaint
    const implied = payload.implies;
    if (implied !== undefined) applyLabel(implied, m.start, m.end);
    addFlag(payload.supports as Flag, payload.weight);
    reasons.push({ ruleId: payload.ruleId, supports: payload.supports, weight: payload.weight, matched: raws(Tk, m.start, m.end) });
  }
  if (customMatches !== undefined)
    for (const m of customMatches) {
      const p = m.payload;
      if (LABEL_SET.has(p.supports)) applyLabel(customLabelPayload(p), m.start, m.end);
      else {
        addFlag(p.supports as Flag, p.weight);
        reasons.push({ ruleId: p.ruleId, supports: p.supports, weight: p.weight, matched: raws(Tk, m.start, m.end) });
      }
    }

  // ---------------------------------------------------------------- question syntax
  for (let x = 0; x < nEffective; x++) {
    const m = effective[x]!;
    const sup = m.payload.supports;
    if (sup === 'complaint') {
      // weak hints ("can you help", "schon") do not make the question rhetorical
      if (m.payload.weight >= THRESHOLDS.complaint) tmark[m.start]! |= M_COMPLAINT_START;
      smark[tSent[m.start]!]! |= S_COMPLAINT;
    }
    if (m.payload.rhetorical) smark[tSent[m.start]!]! |= S_RHETORICAL;
    if (sup !== 'question') tmark[m.start]! |= M_NON_QUESTION_START;
  }

  questionSyntax(Tk, tb, tmark, smark);
  flagDetectors(Tk, input);

  // ---------------------------------------------------------------- decision
  const C = SCORE_COMPLAINT;
  const Q = SCORE_QUESTION;
  const P = SCORE_PRAISE;
  let label: Label;
  if (C >= THRESHOLDS.complaint && C >= THRESHOLDS.complaintVsPraise * P && (Q < THRESHOLDS.question || C >= THRESHOLDS.complaintVsQuestion * Q)) label = 'complaint';
  else if (Q >= THRESHOLDS.question) label = 'question';
  else if (P >= THRESHOLDS.praise && P > C) label = 'praise';
  else label = 'other';
  let confidence: number;
  if (label === 'other') {
    confidence = Math.min(0.9, Math.max(0.5, 0.9 - 0.4 * Math.max(C, P, Q)));
  } else {
    const sc = label === 'complaint' ? C : label === 'question' ? Q : P;
    const rival = label === 'complaint' ? Math.max(Q, P) : label === 'question' ? Math.max(C, P) : Math.max(C, Q);
    confidence = Math.min(0.99, Math.max(0.05, 0.45 + 0.3 * Math.tanh(sc - 1) + 0.25 * Math.tanh(sc - rival)));
  }
  const flags: Flag[] = [];
  if (F_URGENT >= THRESHOLDS.flag) flags.push(FLAG_ORDER[0]);
  if (F_CHURN >= THRESHOLDS.flag) flags.push(FLAG_ORDER[1]);
  if (F_PERSONAL >= THRESHOLDS.flag) flags.push(FLAG_ORDER[2]);
  if (F_ABUSE >= THRESHOLDS.flag) flags.push(FLAG_ORDER[3]);
  if (F_SPAM >= THRESHOLDS.flag) flags.push(FLAG_ORDER[4]);

  const rulesVersion = options.customRules !== undefined ? `${RULES_VERSION}+${options.customRules.version}` : RULES_VERSION;
  return { label, confidence: round(confidence), lang, reasons, flags, rulesVersion };
}

function grown(a: Int32Array): Int32Array {
  const b = new Int32Array(a.length * 2);
  b.set(a);
  return b;
}

// every branch of the tokeniser gets type feedback before V8 optimises it (warm-up.ts says why)
warmUp(classify, compileCustomRules(WARM_UP_RULES));
