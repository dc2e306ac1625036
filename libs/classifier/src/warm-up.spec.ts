import { Session } from 'node:inspector/promises';

interface Range {
  startOffset: number;
  endOffset: number;
  count: number;
}
interface ScriptCoverage {
  scriptId: string;
  url: string;
  functions: { functionName: string; ranges: Range[] }[];
}

describe('warm-up texts', () => {
  it('run every block of the tokeniser before the classifier serves its first text', async () => {
    const session = new Session();
    session.connect();
    try {
      await session.post('Profiler.enable');
      await session.post('Debugger.enable');
      await session.post('Profiler.startPreciseCoverage', { callCount: true, detailed: true });
      // loading the engine runs the warm-up (classify.ts, last line); nothing else runs a text here
      await import('./index.js');
      const { result } = (await session.post('Profiler.takePreciseCoverage')) as { result: ScriptCoverage[] };
      const text = result.filter((s) => /classifier\/src\/text\.ts$/.test(s.url));
      expect(text).toHaveLength(1);
      const fn = text[0]!.functions.find((f) => f.functionName === 'tokeniseInto');
      expect(fn).toBeDefined();
      const { scriptSource } = (await session.post('Debugger.getScriptSource', { scriptId: text[0]!.scriptId })) as { scriptSource: string };
      const uncovered = fn!.ranges.filter((r) => r.count === 0).map((r) => scriptSource.slice(r.startOffset, Math.min(r.endOffset, r.startOffset + 80)).replace(/\s+/g, ' '));
      // a block listed here needs a warm-up text that runs it (warm-up.ts says why)
      expect(uncovered).toEqual([]);
    } finally {
      session.disconnect();
    }
  });
});
