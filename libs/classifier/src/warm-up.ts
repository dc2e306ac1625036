/**
 * Texts the engine runs once when it is loaded, so that every branch of the tokeniser has type
 * feedback before V8 first optimises it.
 *
 * Why: V8 compiles a branch it has never seen run into a deoptimisation exit. tokeniseInto is one
 * large function with rare branches (an e-mail address, an astral emoji, "@_name", an empty sentence
 * between two line breaks, a text longer than any before). When the first texts miss one of those,
 * the optimised code is thrown away the first time the branch runs, and if that happens while the
 * function is inside its loop over a long text, V8 may keep only on-stack-replacement code for it and
 * never optimise it normally again: the process then classifies 20-30% slower for its whole life
 * (`node --trace-opt --trace-deopt`: the last compile of tokeniseInto is "OSR"). `npm run
 * bench:classify` hit this in about one run in three; with `node --no-use-osr` never.
 *
 * libs/classifier/src/warm-up.spec.ts checks with V8's block coverage that these texts run every
 * block of tokeniseInto. They are our own, written for this purpose. Running them changes no result:
 * the engine's caches (lexicon entries, matcher candidates) only remember what a text would compute anyway.
 */
import type { ClassifyOptions, CompiledCustomRules, CustomRule } from './classifier.types.js';

export const WARM_UP_TEXTS: readonly string[] = [
  // questions: wh-words, verb first, indirect, tags, without "?"
  'Hallo, habt ihr am Samstag geöffnet? Ich wüsste gern, ob man reservieren muss.',
  'Does the gym have showers I was wondering about the opening hours',
  'Ihr liefert auch nach Graz, oder',
  "You deliver to Leeds, don't you",
  'Tell me more about the workshop. Is there a discount for students?',
  // questions that ask nothing: gestures, formulas, self-answers, quoted questions, empty sentences
  'Can you follow us back? Guess what? Would I come back? Absolutely!',
  'Folgt ihr uns zurück? Ratet mal? Lohnt sich das? Eher nicht.',
  'Sie fragte "Wo bleibt das?" und ging. ‚Wo?‘ she asked. Why ? ? Echt jetzt?\n?\n\n! Echt. "?"',
  // complaints, sarcasm, contrast, irrealis, negation
  'Seit drei Wochen warte ich auf meine Bestellung 12345 – niemand meldet sich. Geld zurück!!!',
  "Why do you never reply?? It doesn't work and the delivery was wrong, as always. Never again!",
  'Toller Service … nicht. Danke für nichts 🙄 ja klar. Great job 🙄 #not',
  'Produkt super, aber die Lieferung war eine Katastrophe. Pünktlich wäre schön, hoffentlich klappt es.',
  // praise, emoji, emoticons, elongation, caps, umlaut spellings
  'Suuuper lecker, danke an das ganze Team 😍👍🏽 ❤️ ✌︎ 👨‍👩‍👧 ganz schön viel, am besten',
  "Love it!!! Best bakery in town :-) :( <3 ^^ xD D: ;) =) super!:) toll:) I'd recommend it - to everyone -",
  'Danke, bis bald 😍',
  'NIE WIEDER!!! WORST SERVICE EVER. Strasse Groesse Straße Größe façade naïve',
  // tokens: URLs, e-mails, mentions, hashtags, numbers, ordinals, long and unusual words, line breaks
  'Mehr Infos: https://example.com/angebot?x=1 und www.example.org … @Muellers_Backstube @_baecker #bäckerei #_fail @team😍',
  '@Team schreibt mir an tschüß@example.at oder max.mustermann@example.de, ruft an: +49 171 1234567, 0171-1234567\nDanke',
  '@kunde2024 siehe https://shop.example/DE89xyz',
  'Meine IBAN DE89 3704 0044 0532 0130 00, Kundennummer 4711, 12.50 € 24/7 3rd 1.Klasse 3.Liga',
  'Unglaublichkeitsbeschreibungsfunktion 𝐛𝐨𝐥𝐝 中文 Ελληνικά geht’s don’t …… ?!? ! ?',
  // flags
  'Ich schalte meinen Anwalt ein und gehe zur Presse. You idiots, this is a scam. Cancelling my membership.',
  'Buy followers cheap!!! buy BUY buy now http://spam.example http://spam.example http://spam.example',
];

/** a workspace's rules, for the custom matcher's path through the engine */
export const WARM_UP_RULES: CustomRule[] = [
  { id: 'warm.product', pattern: 'krusten*', supports: 'praise', weight: 1 },
  { id: 'warm.phrase', pattern: 'kalter kaffee', supports: 'complaint', weight: 1, lang: 'de' },
];

/**
 * Runs the warm-up texts through `classify`: with detected and forced language, with and without
 * custom rules, and a long text (the buffers' growth paths), twice, so the second pass also records
 * feedback in functions V8 only starts to profile after their first calls.
 */
export function warmUp(classify: (text: string, options?: ClassifyOptions) => unknown, customRules: CompiledCustomRules): void {
  // one flat string: a cons string (as repeat() makes) seen here leaves the optimised tokeniser reading characters
  // more slowly for the life of the process (README, Speed)
  const long = [...WARM_UP_TEXTS, ...WARM_UP_TEXTS, ...WARM_UP_TEXTS].join(' ');
  for (let pass = 0; pass < 2; pass++) {
    for (const text of WARM_UP_TEXTS) classify(text);
    classify('Die Krustenbrote sind super, aber der Kaffee war kalter Kaffee.', { customRules });
    classify('Is the Krustenbrot vegan?', { lang: 'en', customRules });
    classify('Ist das Brot vegan?', { lang: 'de' });
    classify(long);
  }
}
