import { classify } from './index.js';
import { DE_CASES } from './cases.de.js';
import { EN_CASES } from './cases.en.js';

describe.each([
  ['de', DE_CASES],
  ['en', EN_CASES],
] as const)('classify(): %s hand-written cases', (lang, table) => {
  for (const [family, cases] of Object.entries(table)) {
    describe(family, () => {
      test.each(cases.map(([text, label, flags]) => ({ text, label, flags: flags ?? [] })))('$text → $label', ({ text, label, flags }) => {
        const r = classify(text);
        expect({ label: r.label, lang: r.lang }).toEqual({ label, lang });
        for (const f of flags) expect(r.flags).toContain(f);
        expect(r.confidence).toBeGreaterThanOrEqual(0);
        expect(r.confidence).toBeLessThanOrEqual(1);
      });
    });
  }
});
