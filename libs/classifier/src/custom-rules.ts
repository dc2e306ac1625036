/**
 * Per-workspace custom rules: literal words or phrases with simple `*` wildcards (any letters
 * inside one word). They never become regular expressions: a pattern compiles into token steps
 * whose wildcards are matched by ordered indexOf of the literal segments (see matcher.ts), which
 * is linear in the token length for every pattern, including pathological ones like "a*a*a*a*b".
 */
import { FLAGS, LABELS, type CompiledCustomRules, type CustomRule, type Flag, type Label, type Lang } from './classifier.types.js';
import { Matcher, parsePattern } from './matcher.js';

export interface CustomPayload {
  ruleId: string;
  supports: Label | Flag;
  weight: number;
  lang: Lang | undefined;
}

export const MAX_CUSTOM_RULES = 2000;
const MAX_PATTERN_LENGTH = 100;
const MAX_WORDS = 8;
const MAX_STARS_PER_WORD = 6;
const MAX_WEIGHT = 5;
const ALLOWED_RE = /^[\p{L}\p{N}\p{M} '’*-]+$/u;
const ID_RE = /^[\p{L}\p{N}_.:-]{1,64}$/u;

const SUPPORTS = new Set<string>([...LABELS, ...FLAGS]);
const compiledMatchers = new WeakMap<CompiledCustomRules, Matcher<CustomPayload>>();

function fail(index: number, rule: unknown, why: string): never {
  const id = typeof rule === 'object' && rule !== null && typeof (rule as { id?: unknown }).id === 'string' ? ` "${(rule as { id: string }).id}"` : '';
  const pattern = typeof rule === 'object' && rule !== null && typeof (rule as { pattern?: unknown }).pattern === 'string' ? ` (pattern "${(rule as { pattern: string }).pattern}")` : '';
  throw new Error(`Invalid custom rule #${index + 1}${id}${pattern}: ${why}`);
}

/** FNV-1a, enough to tell rule sets apart in rulesVersion. */
function hash(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

/** Validates and compiles a workspace's rules; throws an Error naming the first bad rule and why. */
export function compileCustomRules(rules: CustomRule[]): CompiledCustomRules {
  if (!Array.isArray(rules)) throw new Error('Invalid custom rules: expected an array');
  if (rules.length > MAX_CUSTOM_RULES) throw new Error(`Invalid custom rules: at most ${MAX_CUSTOM_RULES} rules, got ${rules.length}`);
  const matcher = new Matcher<CustomPayload>();
  const normalised: CustomPayload[] = [];
  const ids = new Set<string>();
  rules.forEach((rule: CustomRule, i) => {
    if (typeof rule !== 'object' || rule === null) fail(i, rule, 'expected an object with pattern, supports and weight');
    const { pattern, supports, weight, lang } = rule;
    const id = rule.id ?? `custom.${i + 1}`;
    if (typeof id !== 'string' || !ID_RE.test(id)) fail(i, rule, 'id must be 1-64 letters, digits, "_", ".", ":" or "-"');
    if (ids.has(id)) fail(i, rule, `duplicate id "${id}"`);
    ids.add(id);
    if (typeof pattern !== 'string' || pattern.trim() === '') fail(i, rule, 'pattern must be a non-empty string');
    if (pattern.length > MAX_PATTERN_LENGTH) fail(i, rule, `pattern is longer than ${MAX_PATTERN_LENGTH} characters`);
    if (!ALLOWED_RE.test(pattern)) {
      const bad = [...pattern].find((c) => !ALLOWED_RE.test(c)) ?? '?';
      fail(i, rule, `pattern contains "${bad}": only letters, digits, spaces, apostrophes, hyphens and * are allowed (no regular expressions)`);
    }
    // hyphens separate words in the tokeniser too ("E-Mail" is "e mail"), apostrophes vanish in folding
    const words = pattern.replace(/-/g, ' ').replace(/\*+/g, '*').trim().split(/\s+/u);
    if (words.length > MAX_WORDS) fail(i, rule, `pattern has more than ${MAX_WORDS} words`);
    for (const w of words) {
      const stars = (w.match(/\*/g) ?? []).length;
      if (stars > MAX_STARS_PER_WORD) fail(i, rule, `word "${w}" has more than ${MAX_STARS_PER_WORD} wildcards`);
      if (w.replace(/[*'’]/g, '').length < 2) fail(i, rule, `word "${w}" needs at least 2 literal letters or digits besides *`);
    }
    if (typeof supports !== 'string' || !SUPPORTS.has(supports)) fail(i, rule, `supports must be one of ${[...SUPPORTS].join(', ')}`);
    if (typeof weight !== 'number' || !Number.isFinite(weight) || weight === 0 || Math.abs(weight) > MAX_WEIGHT) fail(i, rule, `weight must be a non-zero number between -${MAX_WEIGHT} and ${MAX_WEIGHT}`);
    if (lang !== undefined && lang !== 'de' && lang !== 'en' && lang !== 'und') fail(i, rule, 'lang must be "de", "en" or "und"');
    let steps;
    try {
      steps = parsePattern(words.join(' '), true);
    } catch (e) {
      fail(i, rule, (e as Error).message);
    }
    const payload: CustomPayload = { ruleId: `custom:${id}`, supports, weight, lang: lang === 'und' ? undefined : lang };
    matcher.add(steps, payload);
    normalised.push(payload);
  });
  const version = `custom-${hash(JSON.stringify(rules.map((r) => [r.id ?? '', r.pattern, r.supports, r.weight, r.lang ?? ''])))}`;
  const compiled: CompiledCustomRules = Object.freeze({ version, rules: Object.freeze(normalised) });
  compiledMatchers.set(compiled, matcher);
  return compiled;
}

/** The matcher behind a compiled rule set; throws if the object did not come from compileCustomRules(). */
export function customMatcher(compiled: CompiledCustomRules): Matcher<CustomPayload> {
  const m = compiledMatchers.get(compiled);
  if (m === undefined) throw new Error('customRules must be the result of compileCustomRules()');
  return m;
}
