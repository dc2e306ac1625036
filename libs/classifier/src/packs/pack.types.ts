import type { Flag, Label } from '../classifier.types.js';

/**
 * A rule pack is plain data: lexicons and phrase patterns per language, versioned.
 * Pattern syntax (one pattern = a sequence of space-separated token matchers):
 *   `kaputt`    exact word (after folding: lower case, ä→ae, ß→ss; so "für" and "fuer" both match)
 *   `kaputt*`   prefix / stem: kaputt, kaputte, kaputten, kaputtgemacht
 *   `*chaos`    suffix / compound head: Chaos, Bahnchaos, Lieferchaos
 *   `...`       a gap of up to 3 tokens inside one sentence ("toll* ... nicht")
 *   emoji and emoticons are written as themselves ("🙄", ":(")
 * Matches never cross a sentence boundary; the longest match wins over shorter label matches
 * on the same tokens ("danke für nichts" beats "danke").
 */
export interface PackRule {
  id: string;
  supports: Label | Flag;
  weight: number;
  patterns: readonly string[];
  /**
   * What a negated match ("nicht gut", "not bad") supports instead. Default for praise rules:
   * complaint (×0.8); for complaint rules: praise (×0.5). 'none' = negation cancels the match,
   * 'keep' = the pattern already contains its negation or is not negatable ("funktioniert nicht").
   */
  negated?: Label | 'none' | 'keep';
  /** only counts at the start of a sentence (after greetings, mentions and fillers) */
  atStart?: boolean;
  /**
   * Only counts as the last words of a sentence (trailing mentions, links, hashtags and emoji aside): question tags.
   * Checked before matches compete, so a misplaced match takes no tokens. A question rule at the end counts only
   * in a sentence without "?" (there the mark already asks).
   */
  atEnd?: boolean;
  /**
   * A disruption or defect that a resolver in the same clause reports as over ("Streik beendet",
   * "Störung behoben", "issue resolved"): the match then supports praise, like a negated complaint.
   */
  resolvable?: boolean;
  /**
   * The sentence that contains the match asks nothing, whatever its "?" or word order: a request for a
   * social-media gesture ("Can you follow us back?") or a rhetorical formula ("Guess what?", "Who knew?").
   */
  notQuestion?: boolean;
  /**
   * A short answer that fills the first clause of a sentence without "?" right after the writer's own question
   * ("Would I come back? Absolutely!", "Think it could be done better? He would have."): that question is
   * rhetorical and asks nothing. Elsewhere the match does not count and takes no tokens.
   */
  answersQuestion?: boolean;
}

export interface LanguagePack {
  lang: 'de' | 'en';
  version: string;
  /** frequent function words: language detection */
  stopwords: readonly string[];
  /** character trigrams typical for the language: language detection of texts without stopwords */
  trigrams: readonly string[];
  /** words that negate the next 3 tokens of their clause (patterns, `kein*` allowed) */
  negators: readonly string[];
  /** negators that also work after the word at the end of a clause ("toll ist das nicht") */
  postNegators: readonly string[];
  intensifiers: readonly string[];
  downtoners: readonly string[];
  /** contrast words: what follows weighs more than what precedes ("super, aber …") */
  contrast: readonly string[];
  /** skipped before checking how a sentence starts: greetings, fillers */
  openers: readonly string[];
  /** wh-words */
  questionWords: readonly string[];
  /** verbs that open a yes/no question ("Habt ihr", "Do you") */
  questionVerbs: readonly string[];
  /** what follows a question verb in a verb-first question */
  subjects: readonly string[];
  /**
   * Personal pronouns (and existential "there"/"es"): without a "?", a verb-first sentence only
   * asks when one of these is its subject ("Habt ihr morgen offen", "Do you deliver"), not with a
   * noun phrase ("So did the kings", "Now is the time", "May your day be bright").
   */
  pronouns: readonly string[];
  /** words that report a disruption as over or fixed (see PackRule.resolvable); single words, `*` allowed */
  resolvers: readonly string[];
  /**
   * Words of booking a service (appointment, quote, come round): in a question that asks for one,
   * a defect names the job ("Can you come and fix our leaking tap?"), it is no complaint.
   */
  serviceRequests: readonly string[];
  /**
   * Words of wish or hypothesis (subjunctive, hope): a praise word in their clause describes a state the
   * writer wants or imagines, not one they praise ("Pünktlich wäre schön", "Hoffentlich wird es gemütlich").
   */
  irrealis: readonly string[];
  /** wh-words that open rhetorical complaints when the sentence also carries complaint words */
  rhetorical: readonly string[];
  /** markers that turn praise words in the same sentence into sarcasm ("🙄", "#not", "ja klar") */
  sarcasmMarkers: readonly string[];
  /**
   * Verbs of an expectation (work, arrive, reply …): a negator next to one of them is a complaint
   * ("does not work", "did not receive", "funktioniert nicht", "kam nie an"). German also
   * negates after the verb, so `negationAfter` says whether to look right as well.
   */
  expectations: readonly string[];
  expectationWeight: number;
  negationAfter: boolean;
  rules: readonly PackRule[];
}
