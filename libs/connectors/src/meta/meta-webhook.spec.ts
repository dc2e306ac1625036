import { readFileSync } from 'node:fs';
import {
  MAX_EXCERPT_LENGTH,
  MAX_ID_LENGTH,
  MAX_NAME_LENGTH,
  MAX_TEXT_LENGTH,
  type ItemVerb,
  type NormalizedItem,
} from '../connector.types.js';
import {
  PayloadError,
  metaAccountIds,
  metaHandshake,
  parseMetaTime,
  parseMetaWebhook,
  signMeta,
  splitMetaPayloadByAccount,
  verifyMetaSignature,
} from './meta-webhook.js';

type Json = Record<string, unknown>;

function fixture(name: string): Json {
  return JSON.parse(
    readFileSync(new URL(`../fixtures/meta/${name}`, import.meta.url), 'utf8'),
  ) as Json;
}

const PAGE = '104000000000001';

/** A one-change page body around a feed `value`, for inline cases. */
function pageBody(value: unknown, entry: Json = {}): Json {
  return {
    object: 'page',
    entry: [{ id: PAGE, time: 1717236000, changes: [{ field: 'feed', value }], ...entry }],
  };
}

function comment(overrides: Json = {}): Json {
  return {
    item: 'comment',
    verb: 'add',
    comment_id: '900_800',
    post_id: `${PAGE}_900`,
    parent_id: `${PAGE}_900`,
    created_time: 1717236000,
    from: { id: '71', name: 'Ana' },
    message: 'hello',
    ...overrides,
  };
}

function only(payload: unknown): NormalizedItem {
  const result = parseMetaWebhook(payload);
  expect(result.rejected).toEqual([]);
  expect(result.items).toHaveLength(1);
  return result.items[0]!;
}

describe('parseMetaWebhook: documented fixtures', () => {
  it.each<[file: string, verb: ItemVerb, externalId: string, parent: string | null, text: string | null]>([
    ['page-feed-comment-add.json', 'add', '900000000000001_800000000000001', null, 'The delivery was two weeks late and nobody answered my emails.'],
    ['page-feed-comment-reply.json', 'add', '900000000000001_800000000000002', '900000000000001_800000000000001', 'Same here, still waiting for a refund.'],
    ['page-feed-comment-edited.json', 'edit', '900000000000001_800000000000001', null, 'The delivery was two weeks late. Support answered today, thanks.'],
    ['page-feed-comment-remove.json', 'remove', '900000000000001_800000000000002', '900000000000001_800000000000001', null],
    ['page-feed-comment-hide.json', 'hide', '900000000000001_800000000000003', null, null],
    ['page-feed-comment-unhide.json', 'unhide', '900000000000001_800000000000003', null, null],
    ['page-feed-comment-legacy-sender.json', 'edit', '900000000000002_800000000000010', null, 'Edited under the older payload shape'],
    ['page-feed-photo-comment.json', 'add', '900000000000003_800000000000020', null, null],
  ])('%s → %s', (file, verb, externalId, parent, text) => {
    const item = only(fixture(file));
    expect(item).toMatchObject({
      accountId: PAGE,
      type: 'comment',
      verb,
      externalId,
      parentExternalId: parent,
      text,
      fromOwner: false,
    });
    expect(item.occurredAt).toBeInstanceOf(Date);
    expect(Number.isNaN(item.occurredAt.getTime())).toBe(false);
  });

  it('maps the post, its permalink and the current `from` author', () => {
    const item = only(fixture('page-feed-comment-add.json'));
    expect(item.post).toEqual({
      externalId: '104000000000001_900000000000001',
      permalink: 'https://www.facebook.com/104000000000001/posts/pfbid0abc',
      excerpt: null,
    });
    expect(item.author).toEqual({ externalId: '7100000000000001', name: 'Ana Souza' });
    expect(item.occurredAt.toISOString()).toBe('2024-06-01T10:00:00.000Z');
  });

  it('reads the older sender_id/sender_name author shape (numeric sender_id included)', () => {
    const item = only(fixture('page-feed-comment-legacy-sender.json'));
    expect(item.author).toEqual({ externalId: '7100000000000004', name: 'Old Shape User' });
    expect(item.occurredAt.toISOString()).toBe('2017-07-14T02:40:00.000Z');
  });

  it('reads an ISO created_time with a +0000 offset', () => {
    const item = only(fixture('page-feed-comment-edited.json'));
    expect(item.occurredAt.toISOString()).toBe('2024-06-01T11:06:40.000Z');
  });

  it('batch: many entries and changes, one bad change each, unknown items/verbs/fields skipped', () => {
    const result = parseMetaWebhook(fixture('page-feed-batch.json'));
    expect(result.items.map((i) => [i.accountId, i.externalId, i.parentExternalId, i.fromOwner])).toEqual([
      [PAGE, '900000000000004_800000000000030', null, false],
      [PAGE, '900000000000004_800000000000031', '900000000000004_800000000000030', true],
      ['104000000000002', '900000000000100_800000000000100', null, false],
    ]);
    expect(result.rejected.map((r) => r.path)).toEqual(['entry[0].changes[2]', 'entry[1].changes[1]']);
    expect(result.rejected[0]!.reason).toMatch(/comment_id is missing/);
    expect(result.rejected[1]!.reason).toMatch(/value must be an object, got a string/);
    // reaction, like, status, verb "block", field "mention", share
    expect(result.skipped).toBe(6);
  });
});

describe('parseMetaWebhook: verbs', () => {
  it.each<[raw: string, verb: ItemVerb]>([
    ['add', 'add'],
    ['edited', 'edit'],
    ['edit', 'edit'],
    ['remove', 'remove'],
    ['delete', 'remove'],
    ['hide', 'hide'],
    ['unhide', 'unhide'],
  ])('verb %s → %s', (raw, verb) => {
    expect(only(pageBody(comment({ verb: raw }))).verb).toBe(verb);
  });

  it.each(['block', 'unblock', 'mute', 'follow', 'update', 'ADD', '', 42, undefined, 'constructor', 'toString'])(
    'unknown verb %p is skipped, not rejected',
    (verb) => {
      const result = parseMetaWebhook(pageBody(comment({ verb })));
      expect(result).toEqual({ items: [], rejected: [], skipped: 1 });
    },
  );

  it.each(['like', 'reaction', 'status', 'post', 'share', 'photo', 'video', undefined])(
    'unknown item %p is skipped',
    (item) => {
      expect(parseMetaWebhook(pageBody(comment({ item })))).toEqual({ items: [], rejected: [], skipped: 1 });
    },
  );

  it.each(['mention', 'messages', 'ratings', undefined, 7])('field %p other than feed is skipped', (field) => {
    const body = { object: 'page', entry: [{ id: PAGE, time: 1, changes: [{ field, value: comment() }] }] };
    expect(parseMetaWebhook(body)).toEqual({ items: [], rejected: [], skipped: 1 });
  });

  it('keeps text sent with remove/hide but does not require it', () => {
    expect(only(pageBody(comment({ verb: 'hide', message: 'rude words' }))).text).toBe('rude words');
    expect(only(pageBody(comment({ verb: 'remove', message: undefined }))).text).toBeNull();
  });
});

describe('parseMetaWebhook: replies, authors, owner', () => {
  it.each<[desc: string, overrides: Json, parent: string | null]>([
    ['parent is the post → top-level', { parent_id: `${PAGE}_900` }, null],
    ['no parent_id → top-level', { parent_id: undefined }, null],
    ['parent is another comment → reply', { parent_id: '900_700' }, '900_700'],
    ['post id only in value.post → still top-level', { post_id: undefined, post: { id: `${PAGE}_900` } }, null],
  ])('%s', (_desc, overrides, parent) => {
    expect(only(pageBody(comment(overrides))).parentExternalId).toBe(parent);
  });

  it.each<[desc: string, overrides: Json, author: unknown, fromOwner: boolean]>([
    ['from {id,name}', {}, { externalId: '71', name: 'Ana' }, false],
    ['from without name', { from: { id: '71' } }, { externalId: '71', name: null }, false],
    ['sender_id/sender_name', { from: undefined, sender_id: '72', sender_name: 'Bo' }, { externalId: '72', name: 'Bo' }, false],
    ['no author at all', { from: undefined }, null, false],
    ['the page itself (from)', { from: { id: PAGE, name: 'Acme' } }, { externalId: PAGE, name: 'Acme' }, true],
    ['the page itself (sender_id)', { from: undefined, sender_id: PAGE }, { externalId: PAGE, name: null }, true],
  ])('author: %s', (_desc, overrides, author, fromOwner) => {
    const item = only(pageBody(comment(overrides)));
    expect(item.author).toEqual(author);
    expect(item.fromOwner).toBe(fromOwner);
  });

  it('owner is decided per entry: the same author id is not the owner of another page', () => {
    const body = {
      object: 'page',
      entry: [
        { id: PAGE, time: 1, changes: [{ field: 'feed', value: comment({ from: { id: PAGE } }) }] },
        { id: '555', time: 1, changes: [{ field: 'feed', value: comment({ from: { id: PAGE } }) }] },
      ],
    };
    expect(parseMetaWebhook(body).items.map((i) => [i.accountId, i.fromOwner])).toEqual([
      [PAGE, true],
      ['555', false],
    ]);
  });

  it('drops a non-http(s) permalink instead of passing it to the UI', () => {
    const item = only(pageBody(comment({ post: { id: `${PAGE}_900`, permalink_url: 'javascript:alert(1)' } })));
    expect(item.post).toEqual({ externalId: `${PAGE}_900`, permalink: null, excerpt: null });
  });
});

describe('parseMetaWebhook: times', () => {
  it.each<[desc: string, created: unknown, entryTime: unknown, iso: string]>([
    ['unix seconds', 1704103200, 1, '2024-01-01T10:00:00.000Z'],
    ['unix seconds as a digit string', '1704103200', 1, '2024-01-01T10:00:00.000Z'],
    ['milliseconds', 1704103200123, 1, '2024-01-01T10:00:00.123Z'],
    ['Graph API +0000 string', '2024-01-01T10:00:00+0000', 1, '2024-01-01T10:00:00.000Z'],
    ['ISO with +02:00', '2024-01-01T12:00:00+02:00', 1, '2024-01-01T10:00:00.000Z'],
    ['ISO Z with millis', '2024-01-01T10:00:00.500Z', 1, '2024-01-01T10:00:00.500Z'],
    ['missing → entry time', undefined, 1704103200, '2024-01-01T10:00:00.000Z'],
    ['garbage → entry time', 'yesterday', 1704103200, '2024-01-01T10:00:00.000Z'],
    ['ISO without offset (ambiguous) → entry time', '2024-05-05T10:00:00', 1704103200, '2024-01-01T10:00:00.000Z'],
    ['zero → entry time', 0, 1704103200, '2024-01-01T10:00:00.000Z'],
    ['negative → entry time', -5, 1704103200, '2024-01-01T10:00:00.000Z'],
  ])('%s', (_desc, created_time, time, iso) => {
    const item = only(pageBody(comment({ created_time }), { time }));
    expect(item.occurredAt.toISOString()).toBe(iso);
  });

  it('rejects a comment when neither created_time nor entry time is usable', () => {
    const result = parseMetaWebhook(pageBody(comment({ created_time: undefined }), { time: 'soon' }));
    expect(result.items).toEqual([]);
    expect(result.rejected).toEqual([
      { path: 'entry[0].changes[0]', reason: expect.stringMatching(/created_time/) as unknown },
    ]);
  });

  it.each<[unknown, number | null]>([
    [1704103200, Date.UTC(2024, 0, 1, 10)],
    [Number.NaN, null],
    [Number.POSITIVE_INFINITY, null],
    [null, null],
    [{}, null],
    ['2024-01-01', null],
  ])('parseMetaTime(%p)', (input, ms) => {
    expect(parseMetaTime(input)?.getTime() ?? null).toBe(ms);
  });
});

describe('parseMetaWebhook: rejected changes (the rest of the batch still parses)', () => {
  const long = 'x'.repeat(MAX_ID_LENGTH + 1);
  it.each<[desc: string, value: unknown, reason: RegExp]>([
    ['no comment_id', comment({ comment_id: undefined }), /comment_id is missing/],
    ['empty comment_id', comment({ comment_id: '' }), /comment_id is empty/],
    ['comment_id too long', comment({ comment_id: long }), /comment_id is 201 characters long/],
    ['comment_id is an object', comment({ comment_id: {} }), /comment_id must be a string/],
    ['comment_id unsafe number', comment({ comment_id: 2 ** 60 }), /cannot be an exact id/],
    ['comment_id with control chars', comment({ comment_id: '1\n2' }), /control characters/],
    ['post_id too long', comment({ post_id: long }), /post_id is 201 characters/],
    ['parent_id too long', comment({ parent_id: long }), /parent_id is 201 characters/],
    ['from.id too long', comment({ from: { id: long } }), /from\.id is 201 characters/],
    ['from is a string', comment({ from: 'Ana' }), /from must be an object/],
    ['sender_id too long', comment({ from: undefined, sender_id: long }), /sender_id is 201/],
    ['add without message or photo', comment({ message: undefined }), /"add" without message or photo/],
    ['add with only whitespace', comment({ message: ' \n\u0000 ' }), /without message or photo/],
    ['edit without message', comment({ verb: 'edited', message: undefined }), /"edit" without message/],
    ['message is a number', comment({ message: 5 }), /message must be a string/],
    ['value is an array', [comment()], /value must be an object, got an array/],
    ['value is null', null, /value must be an object, got null/],
  ])('%s', (_desc, value, reason) => {
    const body = {
      object: 'page',
      entry: [{ id: PAGE, time: 1, changes: [{ field: 'feed', value: comment({ comment_id: 'ok_1' }) }, { field: 'feed', value }] }],
    };
    const result = parseMetaWebhook(body);
    expect(result.items.map((i) => i.externalId)).toEqual(['ok_1']);
    expect(result.rejected).toHaveLength(1);
    expect(result.rejected[0]!.path).toBe('entry[0].changes[1]');
    expect(result.rejected[0]!.reason).toMatch(reason);
  });

  it('accepts a video comment without message', () => {
    expect(only(pageBody(comment({ message: undefined, video: 'https://video.example/v.mp4' }))).text).toBeNull();
  });

  it.each<[desc: string, entry: unknown, path: string, reason: RegExp]>([
    ['entry not an object', 'x', 'entry[1]', /entry must be an object/],
    ['entry without id', { time: 1, changes: [] }, 'entry[1]', /entry id \(the Page id\) is missing/],
    ['entry id too long', { id: 'x'.repeat(MAX_ID_LENGTH + 1), changes: [] }, 'entry[1]', /201 characters/],
    ['changes not an array', { id: '2', changes: {} }, 'entry[1].changes', /changes must be an array/],
  ])('bad entry: %s', (_desc, entry, path, reason) => {
    const good = pageBody(comment()).entry as unknown[];
    const result = parseMetaWebhook({ object: 'page', entry: [good[0], entry] });
    expect(result.items).toHaveLength(1);
    expect(result.rejected).toEqual([{ path, reason: expect.stringMatching(reason) as unknown }]);
  });

  it('a non-object change is rejected with its path', () => {
    const result = parseMetaWebhook({ object: 'page', entry: [{ id: PAGE, changes: [42] }] });
    expect(result.rejected).toEqual([{ path: 'entry[0].changes[0]', reason: 'change must be an object, got number 42' }]);
  });

  it('Messenger entries (messaging instead of changes) are skipped, one per event', () => {
    const body = { object: 'page', entry: [{ id: PAGE, time: 1, messaging: [{}, {}] }] };
    expect(parseMetaWebhook(body)).toEqual({ items: [], rejected: [], skipped: 2 });
  });
});

describe('parseMetaWebhook: untrusted text', () => {
  it('truncates oversized message, name and excerpt to the MAX_* bounds', () => {
    const item = only(
      pageBody(
        comment({
          message: 'a'.repeat(MAX_TEXT_LENGTH + 50),
          from: { id: '71', name: 'n'.repeat(MAX_NAME_LENGTH + 50) },
          post: { id: `${PAGE}_900`, message: 'e'.repeat(MAX_EXCERPT_LENGTH + 50) },
        }),
      ),
    );
    expect(item.text).toHaveLength(MAX_TEXT_LENGTH);
    expect(item.author?.name).toHaveLength(MAX_NAME_LENGTH);
    expect(item.post?.excerpt).toHaveLength(MAX_EXCERPT_LENGTH);
  });

  it('never cuts an emoji (surrogate pair) in half when truncating', () => {
    const text = `${'a'.repeat(MAX_TEXT_LENGTH - 1)}😀tail`;
    const item = only(pageBody(comment({ message: text })));
    expect(item.text).toBe('a'.repeat(MAX_TEXT_LENGTH - 1));
  });

  it.each<[desc: string, input: string, output: string]>([
    ['strips NUL', 'bad\u0000word', 'badword'],
    ['normalises to NFC', 'Cafe\u0301', 'Caf\u00e9'],
    ['keeps HTML as is (escaping is the UI’s job)', '<b>hi</b> & <script>x</script>', '<b>hi</b> & <script>x</script>'],
    ['replaces a lone surrogate', 'a\ud800b', 'a\ufffdb'],
    ['keeps newlines and emoji', 'line1\nline2 👍', 'line1\nline2 👍'],
  ])('%s', (_desc, input, output) => {
    expect(only(pageBody(comment({ message: input }))).text).toBe(output);
  });
});

describe('parseMetaWebhook: envelope', () => {
  it.each<[desc: string, payload: unknown, message: RegExp]>([
    ['null', null, /must be a JSON object, got null/],
    ['a string', '{"object":"page"}', /must be a JSON object, got a string/],
    ['an array', [], /must be a JSON object, got an array/],
    ['no object', { entry: [] }, /"object" string/],
    ['entry missing', { object: 'page' }, /"entry" array, got undefined/],
    ['entry an object', { object: 'page', entry: {} }, /"entry" array, got an object/],
  ])('%s → PayloadError', (_desc, payload, message) => {
    expect(() => parseMetaWebhook(payload)).toThrow(PayloadError);
    expect(() => parseMetaWebhook(payload)).toThrow(message);
  });

  it('empty entry array is fine (nothing to do)', () => {
    expect(parseMetaWebhook({ object: 'page', entry: [] })).toEqual({ items: [], rejected: [], skipped: 0 });
  });

  it.each<[file: string | null, object: string, skipped: number]>([
    ['instagram-comments.json', 'instagram', 2],
    [null, 'whatsapp_business_account', 1],
    [null, 'user', 1],
  ])('unsupported object %s/%s: everything skipped, nothing rejected', (file, object, skipped) => {
    const payload =
      file !== null
        ? fixture(file)
        : { object, entry: [{ id: '1', time: 1, changes: [{ field: 'messages', value: { messages: [] } }] }] };
    expect(payload.object).toBe(object);
    expect(parseMetaWebhook(payload)).toEqual({ items: [], rejected: [], skipped });
  });
});

describe('metaAccountIds / splitMetaPayloadByAccount', () => {
  const body = {
    object: 'page',
    extra: 'kept',
    entry: [
      { id: 'A', time: 1, changes: [{ field: 'feed', value: comment({ comment_id: 'a1' }) }] },
      { id: 'B', time: 2, changes: [{ field: 'feed', value: comment({ comment_id: 'b1' }) }] },
      { id: 'A', time: 3, changes: [{ field: 'feed', value: comment({ comment_id: 'a2' }) }] },
      { time: 4, changes: [] },
      'junk',
    ],
  };

  it('lists distinct usable entry ids in order', () => {
    expect(metaAccountIds(body)).toEqual(['A', 'B']);
    expect(metaAccountIds(fixture('page-feed-batch.json'))).toEqual([PAGE, '104000000000002']);
    expect(metaAccountIds(fixture('instagram-comments.json'))).toEqual(['17841400000000001']);
  });

  it('splits a body into per-account bodies that parse to only that account’s items', () => {
    const parts = splitMetaPayloadByAccount(body);
    expect([...parts.keys()]).toEqual(['A', 'B']);
    const a = parts.get('A')!;
    expect(a.object).toBe('page');
    expect(a.extra).toBe('kept');
    expect(a.entry).toHaveLength(2);
    expect(parseMetaWebhook(a).items.map((i) => [i.accountId, i.externalId])).toEqual([
      ['A', 'a1'],
      ['A', 'a2'],
    ]);
    expect(parseMetaWebhook(parts.get('B')!).items.map((i) => i.externalId)).toEqual(['b1']);
    // the input is not mutated
    expect(body.entry).toHaveLength(5);
  });

  it.each([null, [], { object: 'page' }, { object: 'page', entry: 'x' }])('%p → PayloadError', (payload) => {
    expect(() => metaAccountIds(payload)).toThrow(PayloadError);
    expect(() => splitMetaPayloadByAccount(payload)).toThrow(PayloadError);
  });
});

describe('verifyMetaSignature / signMeta', () => {
  const secret = 'app-secret-123';
  const raw = Buffer.from(JSON.stringify(fixture('page-feed-comment-add.json')));
  const good = signMeta(raw, secret);

  it('produces sha256=<64 lowercase hex> matching a known HMAC vector', () => {
    expect(good).toMatch(/^sha256=[0-9a-f]{64}$/);
    // RFC 4231 test case 2
    expect(signMeta(Buffer.from('what do ya want for nothing?'), 'Jefe')).toBe(
      'sha256=5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843',
    );
  });

  it.each<[desc: string, ok: boolean, body: Buffer, header: string | undefined, key: string]>([
    ['good', true, raw, good, secret],
    ['good, uppercase hex', true, raw, `sha256=${good.slice(7).toUpperCase()}`, secret],
    ['good, surrounding spaces', true, raw, ` ${good} `, secret],
    ['missing header', false, raw, undefined, secret],
    ['empty header', false, raw, '', secret],
    ['no prefix', false, raw, good.slice(7), secret],
    ['sha1 prefix', false, raw, `sha1=${good.slice(7)}`, secret],
    ['wrong length (short)', false, raw, good.slice(0, -2), secret],
    ['wrong length (long)', false, raw, `${good}00`, secret],
    ['not hex', false, raw, `sha256=${'z'.repeat(64)}`, secret],
    ['wrong secret', false, raw, good, 'other-secret'],
    ['empty secret', false, raw, signMeta(raw, ''), ''],
    ['tampered body', false, Buffer.from(raw.toString().replace('late', 'LATE')), good, secret],
    ['re-serialised body (not the raw bytes)', false, Buffer.from(JSON.stringify(JSON.parse(raw.toString()), null, 2)), good, secret],
  ])('%s → %p', (_desc, ok, body, header, key) => {
    expect(verifyMetaSignature(body, header, key)).toBe(ok);
  });

  it('returns false (never throws) for a non-string header at runtime', () => {
    // An Express header can be string[] when repeated; the type says string, so cast on purpose.
    expect(verifyMetaSignature(raw, [good, good] as unknown as string, secret)).toBe(false);
  });
});

describe('metaHandshake', () => {
  const tokens = ['old-token', 'current-token'];
  it.each<[desc: string, query: Json, expected: unknown]>([
    ['ok', { 'hub.mode': 'subscribe', 'hub.verify_token': 'current-token', 'hub.challenge': '1158201444' }, { ok: true, challenge: '1158201444' }],
    ['ok with an older token still configured', { 'hub.mode': 'subscribe', 'hub.verify_token': 'old-token', 'hub.challenge': '42' }, { ok: true, challenge: '42' }],
    ['ok with a nested (allowDots) query', { hub: { mode: 'subscribe', verify_token: 'current-token', challenge: '7' } }, { ok: true, challenge: '7' }],
    ['bad token', { 'hub.mode': 'subscribe', 'hub.verify_token': 'nope', 'hub.challenge': '1' }, { ok: false, reason: expect.stringMatching(/does not match/) }],
    ['token prefix only', { 'hub.mode': 'subscribe', 'hub.verify_token': 'current', 'hub.challenge': '1' }, { ok: false, reason: expect.stringMatching(/does not match/) }],
    ['bad mode', { 'hub.mode': 'unsubscribe', 'hub.verify_token': 'current-token', 'hub.challenge': '1' }, { ok: false, reason: expect.stringMatching(/hub\.mode must be "subscribe"/) }],
    ['no mode', { 'hub.verify_token': 'current-token', 'hub.challenge': '1' }, { ok: false, reason: expect.stringMatching(/hub\.mode/) }],
    ['missing token', { 'hub.mode': 'subscribe', 'hub.challenge': '1' }, { ok: false, reason: expect.stringMatching(/verify_token is missing/) }],
    ['repeated token (array)', { 'hub.mode': 'subscribe', 'hub.verify_token': ['current-token', 'x'], 'hub.challenge': '1' }, { ok: false, reason: expect.stringMatching(/verify_token is missing/) }],
    ['missing challenge', { 'hub.mode': 'subscribe', 'hub.verify_token': 'current-token' }, { ok: false, reason: expect.stringMatching(/challenge/) }],
    ['markup in challenge', { 'hub.mode': 'subscribe', 'hub.verify_token': 'current-token', 'hub.challenge': '<script>' }, { ok: false, reason: expect.stringMatching(/challenge/) }],
  ])('%s', (_desc, query, expected) => {
    expect(metaHandshake(query, tokens)).toEqual(expected);
  });

  it.each<[string[]]>([[[]], [['']]])('no configured token (%p) never matches, not even an empty one', (configured) => {
    const result = metaHandshake({ 'hub.mode': 'subscribe', 'hub.verify_token': '', 'hub.challenge': '1' }, configured);
    expect(result.ok).toBe(false);
    const result2 = metaHandshake({ 'hub.mode': 'subscribe', 'hub.verify_token': 'x', 'hub.challenge': '1' }, configured);
    expect(result2).toEqual({ ok: false, reason: 'no verify token is configured for this endpoint' });
  });
});
