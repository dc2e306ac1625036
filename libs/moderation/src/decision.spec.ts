import { evaluateDecision } from './evaluate.js';
import type { ApprovalDecision, DecisionInput, Role } from './moderation.types.js';

function input(over: Partial<DecisionInput> = {}): DecisionInput {
  return { decision: 'approve', note: undefined, role: 'lead', requesterId: 'u-agent', deciderId: 'u-lead', locale: 'en', address: 'Sie', ...over };
}

describe('evaluateDecision', () => {
  it.each<[Role, ApprovalDecision, string]>([
    ['agent', 'approve', 'refused'],
    ['agent', 'reject', 'refused'],
    ['exec', 'approve', 'refused'],
    ['exec', 'reject', 'refused'],
    ['lead', 'approve', 'ok'],
    ['lead', 'reject', 'ok'],
    ['admin', 'approve', 'ok'],
    ['admin', 'reject', 'ok'],
  ])('%s may %s → %s', (role, decision, outcome) => {
    expect(evaluateDecision(input({ role, decision, note: 'Answered publicly instead, see reply.' })).outcome).toBe(outcome);
  });

  it('refuses an unknown role, in the workspace language, before validating', () => {
    expect(evaluateDecision(input({ role: 'owner' as Role, note: 5 }))).toEqual({
      outcome: 'refused',
      reason: 'Only a lead or an admin can approve or reject a request. Ask your lead.',
    });
    const du = evaluateDecision(input({ role: 'agent', locale: 'de', address: 'du' }));
    expect(du.outcome === 'refused' && du.reason).toMatch(/Bitte deine Teamleitung darum\.$/);
    const sie = evaluateDecision(input({ role: 'agent', locale: 'de', address: 'Sie' }));
    expect(sie.outcome === 'refused' && sie.reason).toMatch(/Bitten Sie Ihre Teamleitung darum\.$/);
  });

  it.each<[string, unknown]>([
    ['undefined', undefined],
    ['null', null],
    ['empty', ''],
    ['whitespace', ' \n\t '],
    ['control characters', '\u0000\u0007'],
  ])('approve without a note (%s) is fine', (_n, note) => {
    expect(evaluateDecision(input({ note }))).toEqual({ outcome: 'ok', decision: 'approve', note: null, ownRequest: false });
  });

  it('normalises the note', () => {
    expect(evaluateDecision(input({ note: '  ok,\n\nduplicate\u0000 of  #12 ' }))).toMatchObject({ outcome: 'ok', note: 'ok, duplicate of #12' });
  });

  it.each<[string, unknown]>([
    ['undefined', undefined],
    ['null', null],
    ['empty', ''],
    ['whitespace', '   '],
  ])('reject needs a note (%s)', (_n, note) => {
    expect(evaluateDecision(input({ decision: 'reject', note }))).toEqual({
      outcome: 'invalid',
      problems: [{ field: 'note', message: 'When you reject, say briefly why — the person who asked reads your note.' }],
    });
  });

  it('accepts a short reject note', () => {
    expect(evaluateDecision(input({ decision: 'reject', note: 'Answer it.' }))).toEqual({ outcome: 'ok', decision: 'reject', note: 'Answer it.', ownRequest: false });
  });

  it.each<[ApprovalDecision]>([['approve'], ['reject']])('limits the note to 2000 characters (%s)', (decision) => {
    expect(evaluateDecision(input({ decision, note: 'x'.repeat(2000) })).outcome).toBe('ok');
    expect(evaluateDecision(input({ decision, note: 'x'.repeat(2001) }))).toEqual({
      outcome: 'invalid',
      problems: [{ field: 'note', message: 'The note is too long (2001 characters, at most 2000). Cut it down to what matters.' }],
    });
  });

  it.each<[string, unknown, string]>([
    ['number', 1, 'number'],
    ['object', { text: 'x' }, 'object'],
    ['boolean', false, 'boolean'],
  ])('rejects a note that is not text (%s)', (_n, note, type) => {
    expect(evaluateDecision(input({ note }))).toEqual({ outcome: 'invalid', problems: [{ field: 'note', message: `The note must be text, not ${type}.` }] });
  });

  it('rejects an unknown decision', () => {
    expect(evaluateDecision(input({ decision: 'maybe' as ApprovalDecision, note: 'x' }))).toEqual({
      outcome: 'invalid',
      problems: [{ field: 'decision', message: 'Unknown decision "maybe". Valid decisions: approve, reject.' }],
    });
  });

  it('lets a lead decide their own request, and says so', () => {
    expect(evaluateDecision(input({ requesterId: 'u-lead', deciderId: 'u-lead' }))).toEqual({ outcome: 'ok', decision: 'approve', note: null, ownRequest: true });
  });

  it('speaks German with Sie and du', () => {
    const sie = evaluateDecision(input({ decision: 'reject', locale: 'de', address: 'Sie' }));
    const du = evaluateDecision(input({ decision: 'reject', locale: 'de', address: 'du' }));
    expect(sie).toEqual({ outcome: 'invalid', problems: [{ field: 'note', message: 'Schreiben Sie bei einer Ablehnung kurz, warum – die Person, die gefragt hat, liest Ihre Notiz.' }] });
    expect(du).toEqual({ outcome: 'invalid', problems: [{ field: 'note', message: 'Schreib bei einer Ablehnung kurz, warum – die Person, die gefragt hat, liest deine Notiz.' }] });
  });
});
