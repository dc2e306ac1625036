import type { Template, TemplateOverride, TemplateValues } from './guidance.types.js';
import { MAX_TEMPLATE_LENGTH, TemplateValidationError, listPlaceholders, mergeTemplates, renderTemplate, validateTemplate } from './templates.js';

describe('renderTemplate', () => {
  const values: TemplateValues = { authorName: 'Anna', agentName: 'Ben', brand: 'Rösterei Müller' };
  it.each<[string, string, TemplateValues, string]>([
    ['fills all placeholders', 'Hallo {{authorName}}, {{agentName}} von {{brand}}', values, 'Hallo Anna, Ben von Rösterei Müller'],
    ['tolerates inner spaces', 'Hi {{ authorName }}!', values, 'Hi Anna!'],
    ['fills repeated placeholders', '{{brand}} & {{brand}}', values, 'Rösterei Müller & Rösterei Müller'],
    ['keeps unknown placeholders visible', 'Hi {{firstName}}, {{agentName}}', values, 'Hi {{firstName}}, Ben'],
    ['keeps a placeholder without value visible', 'Hi {{authorName}}', { agentName: 'Ben' }, 'Hi {{authorName}}'],
    ['keeps a placeholder with blank value visible', 'Hi {{authorName}}', { authorName: '   ' }, 'Hi {{authorName}}'],
    ['does not expand placeholders inside values', 'Hi {{authorName}}', { authorName: '{{brand}}', brand: 'X' }, 'Hi {{brand}}'],
    ['treats $ patterns in values literally', 'Hi {{authorName}}', { authorName: "$& $1 $'" }, "Hi $& $1 $'"],
    ['collapses line breaks in values', 'Hi {{authorName}}!', { authorName: 'Anna\n\nEvil line' }, 'Hi Anna Evil line!'],
    ['strips control characters from values', 'Hi {{authorName}}', { authorName: 'An\u0000na\u0007' }, 'Hi Anna'],
    ['leaves values unescaped (plain text)', 'Hi {{authorName}}', { authorName: '<b>Anna</b> & Co' }, 'Hi <b>Anna</b> & Co'],
  ])('%s', (_name, body, vals, expected) => {
    expect(renderTemplate(body, vals)).toBe(expected);
  });

  it('accepts a Template object', () => {
    expect(renderTemplate({ body: 'Danke, {{authorName}}!' }, values)).toBe('Danke, Anna!');
  });

  it('caps very long values', () => {
    expect(renderTemplate('{{authorName}}', { authorName: 'x'.repeat(500) })).toHaveLength(200);
  });
});

describe('listPlaceholders', () => {
  it('lists known and unknown names once, in order', () => {
    expect(listPlaceholders('{{brand}} {{foo}} {{brand}} {{ agentName }}')).toEqual(['brand', 'foo', 'agentName']);
  });
});

describe('validateTemplate', () => {
  it.each<[string, Parameters<typeof validateTemplate>[0], string[]]>([
    ['a good template', { id: 'complaint.custom', title: 'Eigene', body: 'Hallo {{authorName}}, danke! {{agentName}}' }, []],
    ['a plain string body', 'Danke, {{authorName}}!', []],
    ['an empty body', { body: '' }, ['empty']],
    ['a blank body', { body: '  \n ' }, ['empty']],
    ['a too long body', { body: 'x'.repeat(MAX_TEMPLATE_LENGTH + 1) }, ['too_long']],
    ['exactly the limit', { body: 'x'.repeat(MAX_TEMPLATE_LENGTH) }, []],
    ['an unknown placeholder', { body: 'Hi {{firstName}}' }, ['unknown_placeholder']],
    ['an empty placeholder', { body: 'Hi {{}}' }, ['unknown_placeholder']],
    ['an unclosed placeholder', { body: 'Hi {{authorName, danke' }, ['malformed_placeholder']],
    ['a stray closing brace pair', { body: 'Hi authorName}}' }, ['malformed_placeholder']],
    ['an invalid id', { id: 'Complaint Custom!', body: 'Danke' }, ['invalid_id']],
    ['an empty title', { title: ' ', body: 'Danke' }, ['empty']],
    ['several problems at once', { id: 'X', body: 'Hi {{name}} {{brand' }, ['invalid_id', 'unknown_placeholder', 'malformed_placeholder']],
  ])('%s', (_name, input, codes) => {
    const result = validateTemplate(input);
    expect(result.issues.map((i) => i.code)).toEqual(codes);
    expect(result.ok).toBe(codes.length === 0);
  });

  it('points at the unknown placeholder and suggests the right one', () => {
    const body = 'Hallo {{author}}, danke!';
    const [issue] = validateTemplate({ body }).issues;
    expect(issue?.span && body.slice(issue.span.start, issue.span.end)).toBe('{{author}}');
    expect(issue?.message).toContain('did you mean {{authorName}}?');
    expect(issue?.message).toContain('{{authorName}}, {{agentName}}, {{brand}}');
  });

  it('speaks German when asked', () => {
    const [issue] = validateTemplate({ body: '' }, { locale: 'de' }).issues;
    expect(issue?.message).toBe('Der Vorlagentext ist leer.');
  });

  it('says how long a too long template is', () => {
    const [issue] = validateTemplate({ body: 'x'.repeat(2500) }).issues;
    expect(issue?.message).toContain('2500');
    expect(issue?.message).toContain('2000');
  });
});

describe('mergeTemplates', () => {
  const defaults: Template[] = [
    { id: 'complaint.a', title: 'A', body: 'Danke {{authorName}}' },
    { id: 'complaint.b', title: 'B', body: 'Sorry {{authorName}}' },
  ];

  it.each<[string, TemplateOverride[], Template[]]>([
    ['no overrides keeps the defaults', [], defaults],
    [
      'replaces the body of a default',
      [{ id: 'complaint.a', body: 'Vielen Dank, {{authorName}}!' }],
      [{ id: 'complaint.a', title: 'A', body: 'Vielen Dank, {{authorName}}!' }, defaults[1]!],
    ],
    [
      'replaces only the title',
      [{ id: 'complaint.b', title: 'Entschuldigung' }],
      [defaults[0]!, { id: 'complaint.b', title: 'Entschuldigung', body: 'Sorry {{authorName}}' }],
    ],
    ['disables a default', [{ id: 'complaint.a', disabled: true }], [defaults[1]!]],
    [
      'adds a workspace template after the defaults',
      [{ id: 'complaint.own', title: 'Eigene', body: 'Moin {{authorName}}' }],
      [...defaults, { id: 'complaint.own', title: 'Eigene', body: 'Moin {{authorName}}' }],
    ],
    [
      'a new template without title uses its id',
      [{ id: 'praise.own', body: 'Danke!' }],
      [...defaults, { id: 'praise.own', title: 'praise.own', body: 'Danke!' }],
    ],
  ])('%s', (_name, overrides, expected) => {
    expect(mergeTemplates(defaults, overrides)).toEqual(expected);
  });

  it('does not mutate its inputs', () => {
    const before = JSON.stringify(defaults);
    const merged = mergeTemplates(defaults, [{ id: 'complaint.a', body: 'X' }]);
    expect(JSON.stringify(defaults)).toBe(before);
    expect(merged[0]).not.toBe(defaults[0]);
  });

  it.each<[string, TemplateOverride[], string]>([
    ['an invalid override body', [{ id: 'complaint.a', body: 'Hi {{firstName}}' }], 'Unknown placeholder'],
    ['an empty override body', [{ id: 'complaint.a', body: '' }], 'empty'],
    ['a new template without body', [{ id: 'complaint.new' }], 'needs a body'],
    ['a duplicate override', [{ id: 'complaint.a', body: 'X' }, { id: 'complaint.a', body: 'Y' }], 'overridden twice'],
    ['an invalid id', [{ id: 'Bad Id', body: 'X' }], 'invalid'],
  ])('rejects %s with a clear error', (_name, overrides, text) => {
    expect(() => mergeTemplates(defaults, overrides)).toThrow(TemplateValidationError);
    expect(() => mergeTemplates(defaults, overrides)).toThrow(text);
  });
});
