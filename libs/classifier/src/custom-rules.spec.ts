import { classify, compileCustomRules, type CustomRule } from './index.js';

describe('compileCustomRules', () => {
  test('a literal word raises its label with a custom reason', () => {
    const rules = compileCustomRules([{ id: 'franzbroetchen', pattern: 'Franzbrötchen', supports: 'praise', weight: 2 }]);
    const r = classify('Heute gibt es wieder Franzbrötchen', { customRules: rules });
    expect(r.label).toBe('praise');
    expect(r.reasons).toContainEqual({ ruleId: 'custom:franzbroetchen', supports: 'praise', weight: 2, matched: ['Franzbrötchen'] });
    expect(r.rulesVersion).toContain(rules.version);
  });

  test('umlaut spellings match the same rule', () => {
    const rules = compileCustomRules([{ pattern: 'Brötchen', supports: 'praise', weight: 2 }]);
    expect(classify('Die Broetchen heute', { customRules: rules }).label).toBe('praise');
  });

  test('trailing and inner wildcards match inflections and compounds', () => {
    const rules = compileCustomRules([
      { id: 'schimmel', pattern: 'schimmel*', supports: 'complaint', weight: 2 },
      { id: 'abo', pattern: 'jahres*abo', supports: 'churn_risk', weight: 1.5 },
    ]);
    expect(classify('Das Brot war schimmelig', { customRules: rules }).label).toBe('complaint');
    expect(classify('Ich will mein Jahresfitnessabo loswerden', { customRules: rules }).flags).toContain('churn_risk');
  });

  test('a multi-word phrase matches only in sequence', () => {
    const rules = compileCustomRules([{ id: 'late-bus', pattern: 'bus late', supports: 'complaint', weight: 2, lang: 'en' }]);
    expect(classify('the bus late again', { customRules: rules }).reasons.some((x) => x.ruleId === 'custom:late-bus')).toBe(true);
    expect(classify('late for the bus', { customRules: rules }).reasons.some((x) => x.ruleId === 'custom:late-bus')).toBe(false);
  });

  test('lang restricts a rule to one language', () => {
    const rules = compileCustomRules([{ id: 'de-only', pattern: 'termin', supports: 'question', weight: 2, lang: 'de' }]);
    expect(classify('Termin am Montag bitte, danke euch', { customRules: rules, lang: 'de' }).reasons.some((x) => x.ruleId === 'custom:de-only')).toBe(true);
    expect(classify('termin', { customRules: rules, lang: 'en' }).reasons.some((x) => x.ruleId === 'custom:de-only')).toBe(false);
  });

  test('a negative weight damps a label', () => {
    const rules = compileCustomRules([{ id: 'brand', pattern: 'kaputtnik*', supports: 'complaint', weight: -3 }]);
    expect(classify('Neu im Laden: die Kaputtnik Limonade', { customRules: rules }).label).not.toBe('complaint');
  });

  test('flags from custom rules', () => {
    const rules = compileCustomRules([{ id: 'comp', pattern: 'Konkurrenzbäcker', supports: 'churn_risk', weight: 1 }]);
    expect(classify('Ich gehe jetzt zum Konkurrenzbäcker', { customRules: rules }).flags).toContain('churn_risk');
  });

  test.each<[string, unknown, RegExp]>([
    ['regex syntax', { id: 'r1', pattern: '(a+)+$', supports: 'complaint', weight: 1 }, /r1.*"\("/],
    ['empty pattern', { id: 'r2', pattern: '  ', supports: 'complaint', weight: 1 }, /r2.*non-empty/],
    ['bare wildcard', { id: 'r3', pattern: '*', supports: 'complaint', weight: 1 }, /r3.*2 literal/],
    ['unknown label', { id: 'r4', pattern: 'foo', supports: 'angry', weight: 1 }, /r4.*supports must be one of/],
    ['weight out of range', { id: 'r5', pattern: 'foo', supports: 'praise', weight: 50 }, /r5.*weight/],
    ['zero weight', { id: 'r6', pattern: 'foo', supports: 'praise', weight: 0 }, /r6.*weight/],
    ['bad lang', { id: 'r7', pattern: 'foo', supports: 'praise', weight: 1, lang: 'fr' }, /r7.*lang/],
    ['too long', { id: 'r8', pattern: 'a'.repeat(101), supports: 'praise', weight: 1 }, /r8.*longer than 100/],
    ['bad id', { id: 'has space', pattern: 'foo', supports: 'praise', weight: 1 }, /#1.*id must be/],
  ])('rejects %s with a message naming the rule', (_name, rule, message) => {
    expect(() => compileCustomRules([rule as CustomRule])).toThrow(message);
  });

  test('rejects duplicate ids and names the position', () => {
    expect(() =>
      compileCustomRules([
        { id: 'x', pattern: 'foo', supports: 'praise', weight: 1 },
        { id: 'x', pattern: 'bar', supports: 'praise', weight: 1 },
      ]),
    ).toThrow(/#2 "x".*duplicate id/);
  });

  test('rejects a forged compiled object', () => {
    expect(() => classify('x', { customRules: { version: 'v', rules: [] } })).toThrow(/compileCustomRules/);
  });

  test('a pathological wildcard pattern compiles and runs in linear time', () => {
    const rules = compileCustomRules([{ id: 'evil', pattern: 'a*b*a*b*a*b*c', supports: 'complaint', weight: 1 }]);
    const time = (n: number): number => {
      const text = `${'ab'.repeat(n)} ${'ab'.repeat(n)}x`;
      const t0 = performance.now();
      for (let i = 0; i < 5; i++) classify(text, { customRules: rules, lang: 'en' });
      return performance.now() - t0;
    };
    time(1000); // warm-up
    const small = time(20_000);
    const large = time(80_000);
    // 4x the input must not cost much more than ~4x (a backtracking regex would explode)
    expect(large).toBeLessThan(small * 10 + 50);
    expect(classify(`${'ab'.repeat(5000)}c`, { customRules: rules, lang: 'en' }).label).toBe('complaint');
    expect(classify(`${'ab'.repeat(5000)}x`, { customRules: rules, lang: 'en' }).label).toBe('other');
  });
});
