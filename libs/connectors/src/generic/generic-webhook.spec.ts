import { readFileSync } from 'node:fs';
import { MAX_EXCERPT_LENGTH, MAX_ID_LENGTH, MAX_NAME_LENGTH, MAX_TEXT_LENGTH } from '../connector.types.js';
import {
  MAX_GENERIC_BATCH,
  PayloadError,
  parseGenericWebhook,
  signGeneric,
  verifyGenericSignature,
} from './generic-webhook.js';
import { PayloadError as MetaPayloadError } from '../meta/meta-webhook.js';

type Json = Record<string, unknown>;

function fixtureText(name: string): string {
  return readFileSync(new URL(`../fixtures/generic/${name}`, import.meta.url), 'utf8');
}

const ACCOUNT = 'shop-1';
const NOW = new Date('2024-06-10T12:00:00.000Z');

function parse(payload: unknown) {
  return parseGenericWebhook(payload, ACCOUNT, NOW);
}

describe('parseGenericWebhook: fixtures', () => {
  it('single review object, unknown fields ignored', () => {
    const result = parse(JSON.parse(fixtureText('review-single.json')));
    expect(result).toEqual({
      items: [
        {
          accountId: ACCOUNT,
          type: 'review',
          verb: 'add',
          externalId: 'rev-2041',
          parentExternalId: null,
          post: { externalId: 'sku-blender-500', permalink: 'https://shop.example.com/p/blender-500', excerpt: 'Blender 500 W' },
          author: { externalId: 'cust-77', name: 'Marta Nowak' },
          text: 'The blender broke after a week. Customer service was friendly but slow.',
          occurredAt: new Date('2024-06-03T06:15:00.000Z'),
          fromOwner: false,
        },
      ],
      rejected: [],
      skipped: 0,
    });
  });

  it('array: replies, owner items, hide without text, numeric id, one bad element', () => {
    const result = parse(JSON.parse(fixtureText('batch.json')));
    expect(result.items.map((i) => [i.externalId, i.verb, i.parentExternalId, i.fromOwner, i.text])).toEqual([
      ['c-100', 'add', null, false, 'Loved the article, but the second chart is mislabelled.'],
      ['c-101', 'add', 'c-100', true, 'Thanks Sam, fixed!'],
      ['c-102', 'hide', null, false, null],
      ['104', 'add', null, false, 'Numeric ids from the shop plugin are accepted.'],
    ]);
    expect(result.rejected).toEqual([{ path: '[3]', reason: 'text is required (non-empty) for action "add"' }]);
    expect(result.items[1]!.post).toEqual({ externalId: 'blog-42', permalink: null, excerpt: null });
    expect(result.items[2]!.author).toBeNull();
    expect(result.items.every((i) => i.accountId === ACCOUNT)).toBe(true);
  });
});

describe('parseGenericWebhook: defaults and fields', () => {
  it('minimal item gets the documented defaults', () => {
    expect(parse({ id: 'a', text: 'hi' }).items).toEqual([
      {
        accountId: ACCOUNT,
        type: 'comment',
        verb: 'add',
        externalId: 'a',
        parentExternalId: null,
        post: null,
        author: null,
        text: 'hi',
        occurredAt: NOW,
        fromOwner: false,
      },
    ]);
  });

  it('createdAt defaults to the real clock when `now` is not given', () => {
    const before = Date.now();
    const [item] = parseGenericWebhook({ id: 'a', text: 'hi' }, ACCOUNT).items;
    expect(item!.occurredAt.getTime()).toBeGreaterThanOrEqual(before);
    expect(item!.occurredAt.getTime()).toBeLessThanOrEqual(Date.now());
  });

  it.each(['add', 'edit', 'remove', 'hide', 'unhide'] as const)('action %s', (action) => {
    const text = action === 'add' || action === 'edit' ? 'x' : undefined;
    expect(parse({ id: 'a', action, text }).items[0]!.verb).toBe(action);
  });

  it.each(['comment', 'review', 'message', 'mention'] as const)('type %s', (type) => {
    expect(parse({ id: 'a', type, text: 'x' }).items[0]!.type).toBe(type);
  });

  it.each<[string, string]>([
    ['2024-06-03T09:00:00Z', '2024-06-03T09:00:00.000Z'],
    ['2024-06-03T09:00:00.250Z', '2024-06-03T09:00:00.250Z'],
    ['2024-06-03T11:00:00+02:00', '2024-06-03T09:00:00.000Z'],
    ['2024-06-03T04:00:00-0500', '2024-06-03T09:00:00.000Z'],
    ['2024-06-03T09:00Z', '2024-06-03T09:00:00.000Z'],
  ])('createdAt %s', (createdAt, iso) => {
    expect(parse({ id: 'a', text: 'x', createdAt }).items[0]!.occurredAt.toISOString()).toBe(iso);
  });

  it('keeps text on remove when sent, null when not', () => {
    expect(parse({ id: 'a', action: 'remove', text: 'bye' }).items[0]!.text).toBe('bye');
    expect(parse({ id: 'a', action: 'remove' }).items[0]!.text).toBeNull();
  });

  it('null optional fields mean "absent"', () => {
    const [item] = parse({ id: 'a', text: 'x', parentId: null, author: null, post: null, createdAt: null, action: undefined }).items;
    expect(item).toMatchObject({ parentExternalId: null, author: null, post: null, occurredAt: NOW, verb: 'add' });
  });

  it('bounds and cleans untrusted text', () => {
    const [item] = parse({
      id: 'a',
      text: `${'t'.repeat(MAX_TEXT_LENGTH)}overflow`,
      author: { id: 'u', name: `N\u0000${'n'.repeat(MAX_NAME_LENGTH)}` },
      post: { id: 'p', title: 'Cafe\u0301'.repeat(MAX_EXCERPT_LENGTH) },
    }).items;
    expect(item!.text).toBe('t'.repeat(MAX_TEXT_LENGTH));
    expect(item!.author!.name).toHaveLength(MAX_NAME_LENGTH);
    expect(item!.author!.name!.startsWith('Nn')).toBe(true);
    expect(item!.post!.excerpt).toHaveLength(MAX_EXCERPT_LENGTH);
    expect(item!.post!.excerpt!.startsWith('Caf\u00e9Caf\u00e9')).toBe(true);
  });

  it('keeps markup as text (escaping happens at display)', () => {
    expect(parse({ id: 'a', text: '<img src=x onerror=alert(1)>' }).items[0]!.text).toBe('<img src=x onerror=alert(1)>');
  });

  it('ignores keys that exist only on Object.prototype', () => {
    const payload = JSON.parse('{"id":"a","text":"x","__proto__":{"fromOwner":true}}') as Json;
    expect(parse(payload).items[0]!.fromOwner).toBe(false);
  });
});

describe('parseGenericWebhook: bad elements are rejected with a reason naming the field', () => {
  const long = 'x'.repeat(MAX_ID_LENGTH + 1);
  it.each<[desc: string, element: unknown, reason: RegExp]>([
    ['not an object', 'hello', /^item must be an object, got a string$/],
    ['array element', [], /item must be an object, got an array/],
    ['no id', { text: 'x' }, /^id is missing$/],
    ['empty id', { id: '  ', text: 'x' }, /^id is empty$/],
    ['id too long', { id: long, text: 'x' }, /^id is 201 characters long/],
    ['id fractional number', { id: 1.5, text: 'x' }, /^id is the number 1.5/],
    ['id boolean', { id: true, text: 'x' }, /^id must be a string/],
    ['add without text', { id: 'a' }, /^text is required .* "add"$/],
    ['edit with blank text', { id: 'a', action: 'edit', text: '   ' }, /^text is required .* "edit"$/],
    ['text not a string', { id: 'a', text: 42 }, /^text must be a string/],
    ['unknown action', { id: 'a', text: 'x', action: 'delete' }, /^action must be one of add, edit, remove, hide, unhide, got a string$/],
    ['unknown type', { id: 'a', text: 'x', type: 'tweet' }, /^type must be one of comment, review, message, mention/],
    ['createdAt not ISO', { id: 'a', text: 'x', createdAt: 'yesterday' }, /^createdAt must be an ISO 8601 date-time/],
    ['createdAt without offset', { id: 'a', text: 'x', createdAt: '2024-06-03T09:00:00' }, /^createdAt must be .* with an offset/],
    ['createdAt date only', { id: 'a', text: 'x', createdAt: '2024-06-03' }, /^createdAt/],
    ['createdAt impossible date', { id: 'a', text: 'x', createdAt: '2024-13-45T99:00:00Z' }, /^createdAt/],
    ['createdAt as number', { id: 'a', text: 'x', createdAt: 1717400000 }, /^createdAt .* got number 1717400000$/],
    ['parentId too long', { id: 'a', text: 'x', parentId: long }, /^parentId is 201/],
    ['parentId equals id', { id: 'a', text: 'x', parentId: 'a' }, /^parentId equals id/],
    ['author not an object', { id: 'a', text: 'x', author: 'Sam' }, /^author must be an object/],
    ['author without id', { id: 'a', text: 'x', author: { name: 'Sam' } }, /^author\.id is missing$/],
    ['author name not a string', { id: 'a', text: 'x', author: { id: 'u', name: 5 } }, /^author\.name must be a string/],
    ['post not an object', { id: 'a', text: 'x', post: 'blog-42' }, /^post must be an object/],
    ['post without id', { id: 'a', text: 'x', post: { url: 'https://e.com' } }, /^post\.id is missing$/],
    ['post url javascript:', { id: 'a', text: 'x', post: { id: 'p', url: 'javascript:alert(1)' } }, /^post\.url must be an absolute http\(s\) URL/],
    ['post url relative', { id: 'a', text: 'x', post: { id: 'p', url: '/blog/1' } }, /^post\.url/],
    ['post title not a string', { id: 'a', text: 'x', post: { id: 'p', title: ['t'] } }, /^post\.title must be a string/],
    ['fromOwner as string', { id: 'a', text: 'x', fromOwner: 'true' }, /^fromOwner must be true or false, got a string$/],
  ])('%s', (_desc, element, reason) => {
    const result = parse([{ id: 'ok-0', text: 'fine' }, { id: 'ok-1', text: 'fine' }, element, { id: 'ok-3', text: 'fine' }]);
    expect(result.items.map((i) => i.externalId)).toEqual(['ok-0', 'ok-1', 'ok-3']);
    expect(result.rejected).toHaveLength(1);
    expect(result.rejected[0]!.path).toBe('[2]');
    expect(result.rejected[0]!.reason).toMatch(reason);
  });

  it('a bad single object is rejected at path [0], not thrown', () => {
    expect(parse({ id: 'a' })).toEqual({
      items: [],
      rejected: [{ path: '[0]', reason: 'text is required (non-empty) for action "add"' }],
      skipped: 0,
    });
  });
});

describe('parseGenericWebhook: body-level errors', () => {
  it.each<[desc: string, payload: unknown, message: RegExp]>([
    ['null', null, /JSON object or an array of objects, got null/],
    ['string', 'hi', /got a string/],
    ['number', 3, /got number 3/],
    ['empty array', [], /empty array/],
    ['too many items', Array.from({ length: MAX_GENERIC_BATCH + 1 }, (_, i) => ({ id: `${i}`, text: 'x' })), /more than the 500 allowed/],
  ])('%s → PayloadError', (_desc, payload, message) => {
    expect(() => parse(payload)).toThrow(PayloadError);
    expect(() => parse(payload)).toThrow(message);
  });

  it('accepts exactly MAX_GENERIC_BATCH items', () => {
    const payload = Array.from({ length: MAX_GENERIC_BATCH }, (_, i) => ({ id: `${i}`, text: 'x' }));
    expect(parse(payload).items).toHaveLength(MAX_GENERIC_BATCH);
  });

  it('PayloadError is the same class as the Meta connector’s (one catch in the HTTP layer)', () => {
    expect(PayloadError).toBe(MetaPayloadError);
  });

  it.each(['', 'x'.repeat(MAX_ID_LENGTH + 1)])('an unusable accountId (%#) is a programming error, not a 400', (accountId) => {
    expect(() => parseGenericWebhook({ id: 'a', text: 'x' }, accountId)).toThrow(TypeError);
    expect(() => parseGenericWebhook({ id: 'a', text: 'x' }, accountId)).not.toThrow(PayloadError);
  });
});

describe('verifyGenericSignature / signGeneric', () => {
  const secret = 'channel-secret';
  const raw = Buffer.from(fixtureText('batch.json'));
  const good = signGeneric(raw, secret);

  it('matches `openssl dgst -sha256 -hmac` output for the README example', () => {
    // printf '%s' '{"id":"r1","text":"Great"}' | openssl dgst -sha256 -hmac 's3cret' -r
    expect(signGeneric(Buffer.from('{"id":"r1","text":"Great"}'), 's3cret')).toBe(
      'sha256=10ddc8e3410f5614b4300716b754290825cd1955ba92156d768a218755c553ae',
    );
  });

  it.each<[desc: string, ok: boolean, body: Buffer, header: string | undefined, key: string]>([
    ['good', true, raw, good, secret],
    ['missing', false, raw, undefined, secret],
    ['malformed', false, raw, 'sha256=not-hex', secret],
    ['wrong length', false, raw, good.slice(0, 40), secret],
    ['wrong secret', false, raw, good, 'another'],
    ['empty secret', false, raw, signGeneric(raw, ''), ''],
    ['tampered body', false, Buffer.concat([raw, Buffer.from(' ')]), good, secret],
  ])('%s → %p', (_desc, ok, body, header, key) => {
    expect(verifyGenericSignature(body, header, key)).toBe(ok);
  });
});
