import { evaluate, formatReport, mapLabel } from './metrics.js';

describe('eval metrics', () => {
  test('accuracy, per-class precision/recall/F1, macro-F1 and confusion', () => {
    const r = evaluate(['a', 'b'], ['a', 'a', 'a', 'b', 'b'], ['a', 'a', 'b', 'b', 'a']);
    expect(r.accuracy).toBeCloseTo(3 / 5);
    expect(r.confusion).toEqual([
      [2, 1],
      [1, 1],
    ]);
    const [a, b] = r.perClass;
    expect(a).toMatchObject({ label: 'a', support: 3 });
    expect(a!.precision).toBeCloseTo(2 / 3);
    expect(a!.recall).toBeCloseTo(2 / 3);
    expect(b!.precision).toBeCloseTo(1 / 2);
    expect(b!.recall).toBeCloseTo(1 / 2);
    expect(r.macroF1).toBeCloseTo((2 / 3 + 1 / 2) / 2);
  });

  test('a class never predicted has precision and F1 0, not NaN', () => {
    const r = evaluate(['x', 'y'], ['x', 'y'], ['x', 'x']);
    expect(r.perClass[1]).toMatchObject({ precision: 0, recall: 0, f1: 0 });
    expect(r.macroF1).toBeCloseTo((2 / 3 + 0) / 2);
  });

  test('unknown classes and length mismatch throw', () => {
    expect(() => evaluate(['a'], ['a'], ['z'])).toThrow(/unknown predicted/);
    expect(() => evaluate(['a'], ['a'], [])).toThrow(/differ in length/);
  });

  test('task mapping follows the eval README', () => {
    expect(mapLabel('complaint-vs-rest', 'praise')).toBe('not_complaint');
    expect(mapLabel('complaint-vs-rest', 'complaint')).toBe('complaint');
    expect(mapLabel('sentiment3', 'question')).toBe('other');
    expect(mapLabel('sentiment3', 'praise')).toBe('praise');
    expect(mapLabel('question-vs-rest', 'complaint')).toBe('not_question');
  });

  test('report prints macro-F1 as a percentage and the confusion matrix', () => {
    const out = formatReport('f', evaluate(['a', 'b'], ['a', 'b', 'b', 'a'], ['a', 'b', 'a', 'a']));
    expect(out).toMatch(/accuracy 75\.0 {2}macro-F1 73\.3/);
    expect(out).toMatch(/confusion/);
  });
});
