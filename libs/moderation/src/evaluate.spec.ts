import type { Label } from '../../classifier/src/classifier.types.js';
import { LABELS } from '../../classifier/src/classifier.types.js';
import type { Address, Locale } from '../../guidance/src/guidance.types.js';
import { effectiveRemovalApproval, evaluateModeration, isComplaint } from './evaluate.js';
import { normaliseText } from './text.js';
import { moderationGuidance } from './guidance.js';
import {
  MODERATION_ACTIONS,
  REASON_CODES,
  ROLES,
  type CommentState,
  type GuidanceKind,
  type ModerationAction,
  type ModerationDecision,
  type ModerationInput,
  type ReasonCode,
  type RemovalApproval,
  type Role,
} from './moderation.types.js';

const JUSTIFICATION = 'Posted the same text under five posts within a minute.';

function input(over: Partial<ModerationInput> = {}): ModerationInput {
  const action = over.action ?? 'hide';
  return {
    action,
    reasonCode: 'other',
    justification: JUSTIFICATION,
    role: 'agent',
    label: 'complaint',
    currentState: action === 'unhide' ? 'hidden' : 'visible',
    policy: { removalApproval: 'complaints' },
    locale: 'en',
    address: 'Sie',
    ...over,
  };
}

/** A compact view of a decision, for table comparisons. */
function summary(d: ModerationDecision): string {
  switch (d.outcome) {
    case 'invalid':
      return `invalid:${d.problems.map((p) => p.field).join(',')}`;
    case 'refused':
      return 'refused';
    case 'execute':
      return `execute${d.selfApproved ? ' selfApproved' : ''} guidance=${kindOf(d.guidance)}`;
    case 'pending_approval':
      return `pending(${d.because}) guidance=${kindOf(d.guidance)}`;
  }
}

const KINDS: GuidanceKind[] = ['pending', 'removal_of_complaint', 'spam', 'abuse', 'personal_data', 'illegal'];
function kindOf(g: unknown): string {
  if (g === null) return 'none';
  const k = KINDS.find((kind) => moderationGuidance(kind, 'en', 'Sie') === g);
  return k ?? 'unknown';
}

const problemsOf = (d: ModerationDecision) => (d.outcome === 'invalid' ? d.problems : []);

// ── The rule, as a hand-written table ──────────────────────────────────────────────────────
// [action, reason, label, role, policy, expected]
type Row = [ModerationAction, ReasonCode, Label | null, Role, RemovalApproval, string];

const RULE_TABLE: Row[] = [
  // agent, default policy: complaints removed for duplicate/other wait; rule-breaking reasons execute
  ['hide', 'spam', 'complaint', 'agent', 'complaints', 'execute guidance=spam'],
  ['hide', 'abuse', 'complaint', 'agent', 'complaints', 'execute guidance=abuse'],
  ['hide', 'personal_data', 'complaint', 'agent', 'complaints', 'execute guidance=personal_data'],
  ['hide', 'illegal', 'complaint', 'agent', 'complaints', 'execute guidance=illegal'],
  ['hide', 'duplicate', 'complaint', 'agent', 'complaints', 'pending(complaint_removal) guidance=pending'],
  ['hide', 'other', 'complaint', 'agent', 'complaints', 'pending(complaint_removal) guidance=pending'],
  ['delete', 'spam', 'complaint', 'agent', 'complaints', 'execute guidance=spam'],
  ['delete', 'abuse', 'complaint', 'agent', 'complaints', 'execute guidance=abuse'],
  ['delete', 'personal_data', 'complaint', 'agent', 'complaints', 'execute guidance=personal_data'],
  ['delete', 'illegal', 'complaint', 'agent', 'complaints', 'execute guidance=illegal'],
  ['delete', 'duplicate', 'complaint', 'agent', 'complaints', 'pending(complaint_removal) guidance=pending'],
  ['delete', 'other', 'complaint', 'agent', 'complaints', 'pending(complaint_removal) guidance=pending'],
  ['hide', 'duplicate', 'question', 'agent', 'complaints', 'execute guidance=none'],
  ['hide', 'other', 'praise', 'agent', 'complaints', 'execute guidance=none'],
  ['delete', 'other', 'other', 'agent', 'complaints', 'execute guidance=none'],
  ['hide', 'other', null, 'agent', 'complaints', 'execute guidance=none'],
  ['hide', 'spam', 'question', 'agent', 'complaints', 'execute guidance=spam'],
  ['unhide', 'other', 'complaint', 'agent', 'complaints', 'execute guidance=none'],
  ['unhide', 'duplicate', 'complaint', 'agent', 'complaints', 'execute guidance=none'],
  ['unhide', 'spam', 'question', 'agent', 'complaints', 'execute guidance=none'],
  // agent, strict policy: every removal waits, restoring does not
  ['hide', 'spam', 'question', 'agent', 'all', 'pending(workspace_policy) guidance=spam'],
  ['hide', 'abuse', 'complaint', 'agent', 'all', 'pending(workspace_policy) guidance=abuse'],
  ['delete', 'personal_data', 'praise', 'agent', 'all', 'pending(workspace_policy) guidance=personal_data'],
  ['delete', 'illegal', null, 'agent', 'all', 'pending(workspace_policy) guidance=illegal'],
  ['hide', 'duplicate', 'question', 'agent', 'all', 'pending(workspace_policy) guidance=pending'],
  ['delete', 'other', 'other', 'agent', 'all', 'pending(workspace_policy) guidance=pending'],
  ['hide', 'other', 'complaint', 'agent', 'all', 'pending(complaint_removal) guidance=pending'],
  ['unhide', 'other', 'complaint', 'agent', 'all', 'execute guidance=none'],
  ['unhide', 'duplicate', 'question', 'agent', 'all', 'execute guidance=none'],
  // lead and admin: never blocked; what an agent would wait for is self-approved
  ['hide', 'other', 'complaint', 'lead', 'complaints', 'execute selfApproved guidance=removal_of_complaint'],
  ['delete', 'duplicate', 'complaint', 'lead', 'complaints', 'execute selfApproved guidance=removal_of_complaint'],
  ['hide', 'spam', 'complaint', 'lead', 'complaints', 'execute guidance=spam'],
  ['hide', 'duplicate', 'question', 'lead', 'complaints', 'execute guidance=none'],
  ['hide', 'duplicate', 'question', 'lead', 'all', 'execute selfApproved guidance=none'],
  ['hide', 'spam', 'question', 'lead', 'all', 'execute selfApproved guidance=spam'],
  ['unhide', 'other', 'complaint', 'lead', 'all', 'execute guidance=none'],
  ['delete', 'other', 'complaint', 'admin', 'complaints', 'execute selfApproved guidance=removal_of_complaint'],
  ['hide', 'abuse', 'complaint', 'admin', 'all', 'execute selfApproved guidance=abuse'],
  ['delete', 'other', 'praise', 'admin', 'complaints', 'execute guidance=none'],
  ['unhide', 'spam', 'praise', 'admin', 'complaints', 'execute guidance=none'],
  // exec: never
  ['hide', 'spam', 'question', 'exec', 'complaints', 'refused'],
  ['delete', 'illegal', 'complaint', 'exec', 'all', 'refused'],
  ['unhide', 'other', 'complaint', 'exec', 'complaints', 'refused'],
];

describe('evaluateModeration: the rule', () => {
  it.each(RULE_TABLE)('%s · %s · %s · %s · policy %s → %s', (action, reasonCode, label, role, removalApproval, expected) => {
    const d = evaluateModeration(input({ action, reasonCode, label, role, policy: { removalApproval } }));
    expect(summary(d)).toBe(expected);
  });

  // Every combination, against the rule as the product states it.
  const combos = MODERATION_ACTIONS.flatMap((action) =>
    REASON_CODES.flatMap((reasonCode) =>
      [...LABELS, null].flatMap((label) =>
        ROLES.flatMap((role) => (['complaints', 'all'] as const).map((policy) => ({ action, reasonCode, label, role, policy }))),
      ),
    ),
  );

  it(`covers all ${combos.length} combinations of action × reason × label × role × policy`, () => {
    expect(combos.length).toBe(3 * 6 * 5 * 4 * 2);
    for (const c of combos) {
      const d = evaluateModeration(input({ action: c.action, reasonCode: c.reasonCode, label: c.label, role: c.role, policy: { removalApproval: c.policy } }));
      const removal = c.action !== 'unhide';
      const complaintRule = c.label === 'complaint' && (c.reasonCode === 'duplicate' || c.reasonCode === 'other');
      const needsApproval = removal && (c.policy === 'all' || complaintRule);
      const ruleBreaking = ['spam', 'abuse', 'personal_data', 'illegal'].includes(c.reasonCode);
      let expected: string;
      if (c.role === 'exec') expected = 'refused';
      else if (!removal) expected = 'execute guidance=none';
      else if (needsApproval && c.role === 'agent') {
        expected = `pending(${complaintRule ? 'complaint_removal' : 'workspace_policy'}) guidance=${ruleBreaking ? c.reasonCode : 'pending'}`;
      } else {
        const guidance = ruleBreaking ? c.reasonCode : c.label === 'complaint' ? 'removal_of_complaint' : 'none';
        expected = `execute${needsApproval ? ' selfApproved' : ''} guidance=${guidance}`;
      }
      expect({ ...c, got: summary(d) }).toEqual({ ...c, got: expected });
    }
  });

  it('returns the reason code and the normalised justification with the decision', () => {
    const d = evaluateModeration(input({ reasonCode: 'duplicate', justification: '  Same  text\nas in\tthread 42 ' }));
    expect(d).toMatchObject({ outcome: 'pending_approval', action: 'hide', reasonCode: 'duplicate', justification: 'Same text as in thread 42' });
    const e = evaluateModeration(input({ reasonCode: 'spam', justification: undefined, label: 'praise' }));
    expect(e).toEqual({ outcome: 'execute', action: 'hide', reasonCode: 'spam', justification: null, selfApproved: false, guidance: moderationGuidance('spam', 'en', 'Sie') });
  });

  it('gives guidance in the workspace locale and address', () => {
    const du = evaluateModeration(input({ locale: 'de', address: 'du', reasonCode: 'other' }));
    const sie = evaluateModeration(input({ locale: 'de', address: 'Sie', reasonCode: 'other' }));
    expect(du.outcome === 'pending_approval' && du.guidance).toBe(moderationGuidance('pending', 'de', 'du'));
    expect(sie.outcome === 'pending_approval' && sie.guidance).toBe(moderationGuidance('pending', 'de', 'Sie'));
  });

  it('is deterministic and does not mutate its input', () => {
    const i = input({ justification: ' a  justification that is long enough ' });
    const copy = structuredClone(i);
    expect(evaluateModeration(i)).toEqual(evaluateModeration(i));
    expect(i).toEqual(copy);
  });
});

describe('evaluateModeration: policy and label edge cases', () => {
  it('defaults a missing policy to complaints', () => {
    expect(effectiveRemovalApproval(undefined)).toBe('complaints');
    expect(effectiveRemovalApproval({})).toBe('complaints');
    const d = evaluateModeration(input({ label: 'question', policy: {} as ModerationInput['policy'] }));
    expect(summary(d)).toBe('execute guidance=none');
  });

  it('treats an unknown policy value as the strictest (there is no looser setting)', () => {
    expect(effectiveRemovalApproval({ removalApproval: 'none' as RemovalApproval })).toBe('all');
    const d = evaluateModeration(input({ label: 'question', reasonCode: 'spam', policy: { removalApproval: 'never' as RemovalApproval } }));
    expect(summary(d)).toBe('pending(workspace_policy) guidance=spam');
  });

  it('treats an unknown label as a complaint and an unclassified one (null) as not', () => {
    expect(isComplaint('Complaint' as Label)).toBe(true);
    expect(isComplaint(null)).toBe(false);
    expect(isComplaint('question')).toBe(false);
    expect(summary(evaluateModeration(input({ label: 'rant' as Label })))).toBe('pending(complaint_removal) guidance=pending');
  });

  it('refuses an unknown role', () => {
    const d = evaluateModeration(input({ role: 'owner' as Role }));
    expect(d).toEqual({ outcome: 'refused', reason: 'The role "owner" may not moderate.' });
  });

  it('refuses an exec before looking at the input, in the workspace language', () => {
    expect(evaluateModeration(input({ role: 'exec', reasonCode: undefined, justification: 42 })).outcome).toBe('refused');
    const d = evaluateModeration(input({ role: 'exec', locale: 'de', address: 'du' }));
    expect(d.outcome === 'refused' && d.reason).toMatch(/kannst du Kommentare lesen/);
    const s = evaluateModeration(input({ role: 'exec', locale: 'de', address: 'Sie' }));
    expect(s.outcome === 'refused' && s.reason).toMatch(/können Sie Kommentare lesen/);
  });
});

describe('evaluateModeration: invalid input', () => {
  const ALL_CODES = /spam.*abuse.*personal_data.*illegal.*duplicate.*other/;

  it.each<[string, unknown]>([
    ['undefined', undefined],
    ['null', null],
    ['empty', ''],
    ['blank', '   '],
  ])('missing reason code (%s) asks for one and lists the valid ones', (_n, reasonCode) => {
    const problems = problemsOf(evaluateModeration(input({ reasonCode })));
    expect(problems.map((p) => p.field)).toEqual(['reasonCode']);
    expect(problems[0]?.message).toMatch(/^Choose a reason: /);
    expect(problems[0]?.message).toMatch(ALL_CODES);
  });

  it.each<[string, unknown, string]>([
    ['unknown word', 'hate', '"hate"'],
    ['wrong case', 'Spam', '"Spam"'],
    ['number', 42, '"number"'],
    ['object', { code: 'spam' }, '"object"'],
    ['array', ['spam'], '"object"'],
    ['prototype key', 'constructor', '"constructor"'],
  ])('unknown reason code (%s) names it and lists the valid ones', (_n, reasonCode, quoted) => {
    const problems = problemsOf(evaluateModeration(input({ reasonCode })));
    expect(problems.map((p) => p.field)).toEqual(['reasonCode']);
    expect(problems[0]?.message).toContain(`Unknown reason ${quoted}`);
    expect(problems[0]?.message).toMatch(ALL_CODES);
  });

  it('quotes an unknown reason safely (no control characters, shortened)', () => {
    const problems = problemsOf(evaluateModeration(input({ reasonCode: `x\u0000y\n${'z'.repeat(100)}` })));
    expect(problems[0]?.message).toMatch(/^Unknown reason "xy z{36}…"\./);
  });

  it('lists the reasons in German with their German names', () => {
    const [p] = problemsOf(evaluateModeration(input({ reasonCode: 'hass', locale: 'de', address: 'Sie' })));
    expect(p?.message).toBe(
      'Unbekannter Grund „hass“. Wählen Sie einen davon: Spam (spam), Beleidigung / Hassrede (abuse), Personenbezogene Daten (personal_data), Rechtswidriger Inhalt (illegal), Duplikat (duplicate), Sonstiges (other).',
    );
  });

  it.each<[string, unknown]>([
    ['undefined', undefined],
    ['null', null],
    ['empty', ''],
    ['whitespace only', ' \n\t  \u00a0 '],
    ['invisible characters only', '\u200b\u200b\u200b\u200b\u200b\u200b\u200b\u200b\u200b\u200b\u200b\u200b\u200b\u200b\u200b\u200b'],
    ['control characters only', '\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u000e\u000f\u0010\u0011\u0012\u0013\u0014'],
  ])('missing justification (%s) for a non-spam reason', (_n, justification) => {
    for (const reasonCode of REASON_CODES.filter((r) => r !== 'spam')) {
      const problems = problemsOf(evaluateModeration(input({ reasonCode, justification })));
      expect(problems.map((p) => p.field)).toEqual(['justification']);
      expect(problems[0]?.message).toMatch(/^Explain in at least 15 characters why the comment has to go/);
    }
  });

  it.each<[string, string, number]>([
    ['short', 'rude', 4],
    ['14 characters', 'abcdefghijklmn', 14],
    ['spaces do not count', 'a b c d e f g h i j k l m n', 14],
    ['control characters do not count', 'abcdefghijklm\u0000\u0007n', 14],
    ['zero-width characters do not count', 'abcdefghijklmn\u200b\u200d\ufeff', 14],
  ])('too short justification (%s)', (_n, justification, count) => {
    const problems = problemsOf(evaluateModeration(input({ justification })));
    expect(problems).toEqual([
      {
        field: 'justification',
        message: `The justification is too short (${count} of at least 15 characters, not counting spaces). Say what exactly about this comment breaks which rule.`,
      },
    ]);
  });

  it.each<[string, string, string]>([
    ['exactly 15 characters', 'abcdefghijklmno', 'abcdefghijklmno'],
    ['15 letters with spaces', ' a b c d e f g h i j k l m n o ', 'a b c d e f g h i j k l m n o'],
    ['control characters stripped', 'Insult\u0000 against\u0007 staff\u001b member', 'Insult against staff member'],
    ['line breaks collapse', 'Insults\r\n\r\nagainst\t\tour staff', 'Insults against our staff'],
    ['bidi override stripped', '\u202eInsults against our staff\u202c', 'Insults against our staff'],
    ['emoji count once but count', '😡😡😡😡😡😡😡😡😡😡😡😡😡😡😡', '😡😡😡😡😡😡😡😡😡😡😡😡😡😡😡'],
  ])('accepts and normalises the justification (%s)', (_n, justification, normalised) => {
    const d = evaluateModeration(input({ label: 'question', justification }));
    expect(d).toMatchObject({ outcome: 'execute', justification: normalised });
  });

  it('makes the justification optional for spam removals, but checks it when given', () => {
    for (const action of ['hide', 'delete'] as const) {
      expect(evaluateModeration(input({ action, reasonCode: 'spam', justification: undefined }))).toMatchObject({ outcome: 'execute', justification: null });
      expect(evaluateModeration(input({ action, reasonCode: 'spam', justification: '   ' }))).toMatchObject({ outcome: 'execute', justification: null });
      expect(evaluateModeration(input({ action, reasonCode: 'spam', justification: ' bot\u0000 link ' }))).toMatchObject({ outcome: 'execute', justification: 'bot link' });
      expect(problemsOf(evaluateModeration(input({ action, reasonCode: 'spam', justification: 'x'.repeat(2001) }))).map((p) => p.field)).toEqual(['justification']);
      expect(problemsOf(evaluateModeration(input({ action, reasonCode: 'spam', justification: 7 }))).map((p) => p.field)).toEqual(['justification']);
    }
  });

  it('requires a justification to restore, whatever the reason', () => {
    for (const reasonCode of REASON_CODES) {
      const problems = problemsOf(evaluateModeration(input({ action: 'unhide', reasonCode, justification: '' })));
      expect(problems).toEqual([{ field: 'justification', message: expect.stringMatching(/^Explain in at least 15 characters why the comment should be visible again/) }]);
    }
    expect(evaluateModeration(input({ action: 'unhide', reasonCode: 'spam', justification: 'Not spam: a real customer link' }))).toMatchObject({ outcome: 'execute' });
  });

  it.each<[string, string, boolean]>([
    ['2000 characters', 'x'.repeat(2000), true],
    ['2001 characters', 'x'.repeat(2001), false],
    ['2000 emoji (counted as characters, not UTF-16 units)', '😡'.repeat(2000), true],
    ['long only because of whitespace runs that collapse', `${'x '.repeat(999)}x${' '.repeat(5000)}`, true],
  ])('length limit: %s', (_n, justification, ok) => {
    const d = evaluateModeration(input({ label: 'praise', justification }));
    if (ok) expect(d.outcome).toBe('execute');
    else expect(problemsOf(d)).toEqual([{ field: 'justification', message: 'The justification is too long (2001 characters, at most 2000). Cut it down to what matters.' }]);
  });

  it.each<[string, unknown, string]>([
    ['number', 12345678901234567, 'number'],
    ['boolean', true, 'boolean'],
    ['object', { text: 'a long enough justification' }, 'object'],
    ['array', ['a long enough justification'], 'object'],
  ])('rejects a justification that is not text (%s)', (_n, justification, type) => {
    expect(problemsOf(evaluateModeration(input({ justification })))).toEqual([{ field: 'justification', message: `The justification must be text, not ${type}.` }]);
  });

  it('reports every problem at once, in field order', () => {
    const d = evaluateModeration(input({ action: 'hide', currentState: 'hidden', reasonCode: 'nope', justification: 'short' }));
    expect(problemsOf(d).map((p) => p.field)).toEqual(['action', 'reasonCode', 'justification']);
  });

  it('asks for a justification while the reason is unknown (every reason but spam needs one)', () => {
    expect(problemsOf(evaluateModeration(input({ reasonCode: undefined, justification: undefined }))).map((p) => p.field)).toEqual(['reasonCode', 'justification']);
  });

  it.each<[unknown]>([['archive'], [undefined], [null], ['HIDE']])('rejects an unknown action (%s)', (action) => {
    const problems = problemsOf(evaluateModeration({ ...input(), action: action as ModerationAction }));
    expect(problems.map((p) => p.field)).toEqual(['action']);
    expect(problems[0]?.message).toMatch(/Valid actions: hide, unhide, delete\.$/);
  });
});

describe('evaluateModeration: state conflicts', () => {
  type StateRow = [ModerationAction, CommentState, RegExp | null];
  const ROWS: StateRow[] = [
    ['hide', 'visible', null],
    ['hide', 'hidden', /^This comment is already hidden\. To remove it for good, choose "delete"\.$/],
    ['hide', 'removed_by_author', /^The author removed this comment themselves/],
    ['hide', 'deleted_by_us', /^This comment has already been deleted\. Deleting is final/],
    ['unhide', 'visible', /^This comment is visible — there is nothing to unhide\.$/],
    ['unhide', 'hidden', null],
    ['unhide', 'removed_by_author', /^The author removed this comment themselves/],
    ['unhide', 'deleted_by_us', /neither hidden nor restored/],
    ['delete', 'visible', null],
    ['delete', 'hidden', null],
    ['delete', 'removed_by_author', /nothing left to moderate/],
    ['delete', 'deleted_by_us', /already been deleted/],
  ];

  it.each(ROWS)('%s on a %s comment', (action, currentState, message) => {
    const d = evaluateModeration(input({ action, currentState, label: 'question' }));
    if (message === null) expect(d.outcome).toBe('execute');
    else expect(problemsOf(d)).toEqual([{ field: 'action', message: expect.stringMatching(message) }]);
  });

  it('rejects an unknown state', () => {
    const d = evaluateModeration(input({ currentState: 'archived' as CommentState }));
    expect(problemsOf(d)).toEqual([{ field: 'action', message: 'Unknown comment state ("archived") — the action is not carried out.' }]);
  });

  it('explains a conflict in the workspace language', () => {
    const du = problemsOf(evaluateModeration(input({ currentState: 'hidden', locale: 'de', address: 'du' })));
    expect(du[0]?.message).toBe('Dieser Kommentar ist bereits ausgeblendet. Willst du ihn endgültig entfernen, wähle „Löschen“.');
    const sie = problemsOf(evaluateModeration(input({ currentState: 'hidden', locale: 'de', address: 'Sie' })));
    expect(sie[0]?.message).toBe('Dieser Kommentar ist bereits ausgeblendet. Wollen Sie ihn endgültig entfernen, wählen Sie „Löschen“.');
  });
});

describe('messages use the workspace address form', () => {
  const FORMAL = /(?<!\p{L})(Sie|Ihnen|Ihr|Ihre|Ihren|Ihrem|Ihrer|Ihres)(?!\p{L})/u;
  const INFORMAL = /(?<!\p{L})(du|dich|dir|dein|deine|deinen|deinem|deiner|deines)(?!\p{L})/iu;
  const GERMAN = /[äöüÄÖÜß„“]|(?<!\p{L})(und|nicht|Sie|ist|bitte|oder|wir|der|das|Kommentar)(?!\p{L})/u;

  const invalids: Partial<ModerationInput>[] = [
    { reasonCode: undefined, justification: undefined },
    { reasonCode: 'x', justification: 'short' },
    { justification: 'x'.repeat(2001) },
    { justification: 5 },
    { action: 'unhide', currentState: 'visible', justification: '' },
    { currentState: 'hidden' },
    { currentState: 'removed_by_author' },
    { currentState: 'deleted_by_us' },
    { currentState: 'x' as CommentState },
    { action: 'x' as ModerationAction },
    { role: 'exec' },
    { role: 'x' as Role },
  ];
  const texts = (locale: Locale, address: Address): string[] =>
    invalids.flatMap((over) => {
      const d = evaluateModeration(input({ ...over, locale, address }));
      return d.outcome === 'invalid' ? d.problems.map((p) => p.message) : d.outcome === 'refused' ? [d.reason] : [];
    });

  it('produces a message for every invalid case', () => {
    expect(texts('en', 'Sie')).toHaveLength(invalids.length + 3);
  });
  it('du messages never use Sie', () => {
    for (const t of texts('de', 'du')) expect({ t, formal: FORMAL.exec(t)?.[0] }).toEqual({ t, formal: undefined });
  });
  it('Sie messages never use du', () => {
    for (const t of texts('de', 'Sie')) expect({ t, informal: INFORMAL.exec(t)?.[0] }).toEqual({ t, informal: undefined });
  });
  it('English messages contain no German', () => {
    for (const address of ['Sie', 'du'] as const) for (const t of texts('en', address)) expect({ t, german: GERMAN.exec(t)?.[0] }).toEqual({ t, german: undefined });
  });
});

describe('normaliseText', () => {
  it.each<[string, string]>([
    ['  a  b  ', 'a b'],
    ['a\r\nb\tc\u0085d\u2028e', 'a b c d e'],
    ['a\u0000b\u007fc\u009fd', 'abcd'],
    ['a \u0000 b', 'a b'],
    ['\u200b\u200c\u200d\u2060\ufeff\u00ad', ''],
    ['Grüße 😀', 'Grüße 😀'],
  ])('%j → %j', (raw, out) => {
    expect(normaliseText(raw)).toBe(out);
  });
});
