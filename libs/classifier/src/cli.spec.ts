import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { dirname, resolve } from 'node:path';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

function runCli(input: string): Promise<{ stdout: string; stderr: string; code: number | null }> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, ['--import', './scripts/register-ts.mjs', 'scripts/classify.ts', '--jsonl'], { cwd: root });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', fail);
    child.on('close', (code) => done({ stdout, stderr, code }));
    child.stdin.end(input);
  });
}

describe('scripts/classify.ts --jsonl', () => {
  test('one JSON line per good input line on stdout, an error line on stderr for a bad one', async () => {
    const input = [
      JSON.stringify({ id: 'a1', text: 'Die App funktioniert nicht' }),
      '{"id": "broken", "text": ',
      JSON.stringify({ id: 7, text: 'Do you deliver on Sundays?' }),
      JSON.stringify({ id: 'no-text' }),
      JSON.stringify({ id: 'p', text: 'Danke, beste Bäckerei der Stadt!' }),
    ].join('\n');
    const { stdout, stderr, code } = await runCli(input);
    expect(code).toBe(0);
    const lines = stdout.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines).toHaveLength(3);
    expect(lines.map((l) => [l.id, l.label, l.lang])).toEqual([
      ['a1', 'complaint', 'de'],
      [7, 'question', 'en'],
      ['p', 'praise', 'de'],
    ]);
    for (const l of lines) expect(Object.keys(l).sort()).toEqual(['confidence', 'flags', 'id', 'label', 'lang', 'reasons']);
    const errors = stderr.trim().split('\n');
    expect(errors).toHaveLength(2);
    expect(errors[0]).toMatch(/^line 2: invalid JSON/);
    expect(errors[1]).toMatch(/^line 4: .*text/);
  }, 30_000);

  test('streams many lines', async () => {
    const input = Array.from({ length: 2000 }, (_, i) => JSON.stringify({ id: i, text: `Warum dauert die Lieferung ${i} so lange?` })).join('\n');
    const { stdout, stderr } = await runCli(input);
    const lines = stdout.trim().split('\n');
    expect(lines).toHaveLength(2000);
    expect(JSON.parse(lines[1999]!)).toMatchObject({ id: 1999, label: 'complaint' });
    expect(stderr).toBe('');
  }, 60_000);
});
