import { classify, detectLanguage, foldWord, tokenise, RULES_VERSION } from './index.js';
import { lexiconEpoch, lexiconStats } from './text.js';

describe('tokeniser and normalisation', () => {
  test('folds case, umlauts and ß', () => {
    expect(foldWord('Rückmeldung')).toBe('rueckmeldung');
    expect(foldWord('STRAßE')).toBe('strasse');
    expect(foldWord('Café')).toBe('cafe');
  });

  test('recognises urls, mentions, hashtags, emails, emoji, emoticons, numbers', () => {
    const { tokens } = tokenise('@baecker #lecker :-) 😍 https://x.example/a?b=1 info@shop.de 12,50 don\'t');
    expect(tokens.map((t) => t.kind)).toEqual(['mention', 'hashtag', 'emoticon', 'emoji', 'url', 'email', 'number', 'word']);
    expect(tokens[1]!.norm).toBe('lecker');
    expect(tokens[2]!.norm).toBe(':)');
    expect(tokens[7]!.norm).toBe('dont');
  });

  test('elongated words keep a one-letter variant', () => {
    const [t] = tokenise('suuuuper').tokens;
    expect(t!.norm).toBe('suuper');
    expect(t!.alt).toBe('super');
  });

  test('sentences split at ?, ! and . but not at an ellipsis', () => {
    const { sentences } = tokenise('Toller Service … nicht. Warum?! Ok');
    expect(sentences.map((s) => s.end)).toEqual(['.', '?!', '']);
  });

  test('a link cut short by a retweet ("https:/…") is a link, not the emoticon ":/"', () => {
    const { tokens } = tokenise('Neuer Kursplan ist online https:/…');
    expect(tokens.map((t) => t.kind)).not.toContain('emoticon');
    expect(classify('RT @fitnessstudio: Neuer Kursplan für den Herbst ist online https:/…').label).toBe('other');
  });

  test('a question mark inside a URL is not a question', () => {
    expect(classify('Neue Öffnungszeiten: https://baeckerei.example/zeiten?woche=1').label).toBe('other');
  });
});

describe('detectLanguage', () => {
  test.each([
    ['Habt ihr morgen offen?', 'de'],
    ['Die Lieferung ist kaputt angekommen', 'de'],
    ['Danke für die schnelle Hilfe', 'de'],
    ['Bäckerei geschlossen', 'de'],
    ['Do you deliver on Sundays?', 'en'],
    ['The parcel arrived damaged', 'en'],
    ['Thanks for the quick help', 'en'],
    ['terrible service', 'en'],
    ['👍', 'und'],
    ['@shop', 'und'],
    ['', 'und'],
  ])('%s → %s', (text, lang) => {
    expect(detectLanguage(text)).toBe(lang);
  });
});

describe('classification contract', () => {
  test('reasons name the rule, what it supports, its weight and the words as written', () => {
    const r = classify('Die Kaffeemaschine ist KAPUTT');
    expect(r.reasons).toContainEqual(expect.objectContaining({ ruleId: 'de.complaint.defect', supports: 'complaint', matched: ['KAPUTT'] }));
    expect(r.rulesVersion).toBe(RULES_VERSION);
  });

  test('negation produces a negative reason on the negated rule', () => {
    const r = classify('Das war nicht gut');
    expect(r.reasons.find((x) => x.supports === 'praise')!.weight).toBeLessThan(0);
    expect(r.reasons).toContainEqual(expect.objectContaining({ ruleId: 'core.negation', supports: 'complaint' }));
  });

  test('lang option skips detection', () => {
    expect(classify('ok', { lang: 'de' }).lang).toBe('de');
  });

  test('the lexicon is cleared when full and every word is then looked up afresh, with the same results', () => {
    const samples = ['Seit drei Wochen warte ich auf meine Bestellung, niemand meldet sich!', 'Do you ship to Austria?', 'Suuuper Brötchen 😍 #lecker', 'Never again.'];
    const before = samples.map((t) => classify(t));
    const epoch = lexiconEpoch();
    // 80 000 new spellings (and their folded forms): more than the table holds before it is cleared
    for (let k = 0; k < 800; k++) classify(Array.from({ length: 100 }, (_, i) => `Wort${k}x${i}`).join(' '));
    expect(lexiconEpoch()).toBeGreaterThan(epoch);
    expect(samples.map((t) => classify(t))).toEqual(before);
  });

  test('the lexicon grows its hash table within a long text and finds every word after the rehash', () => {
    const samples = ['Seit drei Wochen warte ich auf meine Bestellung, niemand meldet sich!', 'Do you ship to Austria?', 'Suuuper Brötchen 😍 #lecker'];
    const before = samples.map((t) => classify(t));
    // just below the count at which the next text clears the lexicon (each text adds 100 entries)
    for (let k = 0; lexiconStats().entries < 45_400; k++) classify(Array.from({ length: 50 }, (_, i) => `Füll${k}x${i}`).join(' '));
    expect(lexiconStats().slots).toBe(1 << 16);
    const epoch = lexiconEpoch();
    const entries = lexiconStats().entries;
    // 2 000 new words (each a spelling and its folded form: 4 000 entries, past 3/4 of the table),
    // then the same words again: the second time every one must be found in the grown table
    const words = Array.from({ length: 2000 }, (_, i) => `Q${i.toString(36)}`);
    const long = [...words, ...words].join(' ');
    expect(long.length).toBeLessThan(20_000);
    classify(long);
    expect(lexiconEpoch()).toBe(epoch);
    expect(lexiconStats().slots).toBe(1 << 17);
    expect(lexiconStats().entries - entries).toBe(2 * words.length);
    expect(samples.map((t) => classify(t))).toEqual(before);
    // clearing shrinks the table again
    classify('noch ein Text');
    expect(lexiconEpoch()).toBeGreaterThan(epoch);
    expect(lexiconStats().slots).toBe(1 << 16);
  });

  test('empty and huge inputs do not throw', () => {
    expect(classify('').label).toBe('other');
    expect(classify('kaputt '.repeat(50_000)).label).toBe('complaint');
  });
});
