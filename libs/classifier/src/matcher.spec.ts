/**
 * The pack matchers' indexed path (candidates remembered in the words' records, a Bloom filter and flat
 * next-word groups) against the plain path the custom rules take (candidates looked up by the words'
 * strings, every candidate verified): over the same patterns and texts they must report the same matches
 * in the same order. This spec loads the matcher without the classifier, so its pack matchers are the
 * first permanent ones and get the record slots.
 */
import { DE_CASES } from './cases.de.js';
import { EN_CASES } from './cases.en.js';
import { Matcher, parsePattern, type Match } from './matcher.js';
import { COMMON_RULES, COMMON_SARCASM } from './packs/common.js';
import { DE_PACK } from './packs/de.js';
import { EN_PACK } from './packs/en.js';
import type { LanguagePack } from './packs/pack.types.js';
import { tokeniseInto } from './text.js';
import { WARM_UP_TEXTS } from './warm-up.js';

function matchers(packs: LanguagePack[]): { indexed: Matcher<string>; plain: Matcher<string> } {
  const indexed = new Matcher<string>(true);
  const plain = new Matcher<string>(false);
  const add = (pattern: string, label: string): void => {
    indexed.add(parsePattern(pattern, false), label);
    plain.add(parsePattern(pattern, false), label);
  };
  for (const rule of [...packs.flatMap((p) => p.rules), ...COMMON_RULES]) for (const pattern of rule.patterns) add(pattern, `${rule.id}: ${pattern}`);
  for (const marker of [...packs.flatMap((p) => p.sarcasmMarkers), ...COMMON_SARCASM]) add(marker, `sarcasm: ${marker}`);
  // a word followed by an emoji or emoticon (the packs have no such pattern now; the path must work when one does)
  for (const pattern of ['danke 😍', 'super :)', 'thank you ❤️']) add(pattern, `extra: ${pattern}`);
  return { indexed, plain };
}

const PACK_MATCHERS = [
  ['de', matchers([DE_PACK])],
  ['en', matchers([EN_PACK])],
  ['de+en', matchers([DE_PACK, EN_PACK])],
] as const;

const TEXTS = [
  ...Object.values(DE_CASES).flatMap((cases) => cases.map((c) => c[0])),
  ...Object.values(EN_CASES).flatMap((cases) => cases.map((c) => c[0])),
  ...WARM_UP_TEXTS,
  // elongations (the variant's candidates), emoji and emoticons between words, hashtags, numbers
  'Suuuper Service, daaanke 😍 aber nie wieder 🙄 #not',
  'Nicht 😍 schlecht, not :) bad, danke für nichts!!! Danke 😍 super :) thank you ❤️',
  'Bestellung 12345678 kam nie an #fail #kundenservice',
  // an elongated second word: the pattern continues with its variant ("nie wiiieder" → "wieder")
  'Nie wiiieder! Never agaaain. Thank youuu, danke schööön, not baaad, nicht guuut',
];

function report(ms: readonly Match<string>[]): string[] {
  return ms.map((m) => `${m.start}-${m.end} ${m.payload}`);
}

describe('pack matcher', () => {
  test.each(PACK_MATCHERS)('%s: the indexed path finds what the plain path finds, in the same order', (_, { indexed, plain }) => {
    let matches = 0;
    for (const text of TEXTS) {
      const T = tokeniseInto(text);
      const expected = report(plain.findAll(T));
      expect({ text, matches: report(indexed.findAll(T)) }).toEqual({ text, matches: expected });
      matches += expected.length;
    }
    // the comparison means something only if the texts match many patterns
    expect(matches).toBeGreaterThan(TEXTS.length / 2);
  });
});
