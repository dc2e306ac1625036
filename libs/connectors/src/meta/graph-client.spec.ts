import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { startFakeGraph, type FakeGraph } from '../../../../test/support/fake-graph.js';
import {
  GraphClient,
  GraphError,
  MAX_ERROR_TEXT,
  classifyGraphError,
  createGraphClient,
  parseGraphTime,
  type GraphErrorKind,
} from './graph-client.js';

const PAGE = '104000000000001';
const TOKEN = 'EAAG-secret-page-token-123';
const MIN = 60_000;

let fake: FakeGraph;
let client: GraphClient;

beforeEach(async () => {
  fake = await startFakeGraph({ pageId: PAGE, token: TOKEN });
  client = createGraphClient({ baseUrl: fake.url });
});

afterEach(async () => {
  await fake.close();
});

/** Runs `fn`, expecting a GraphError. */
async function graphErrorOf(fn: () => Promise<unknown>): Promise<GraphError> {
  try {
    await fn();
  } catch (e) {
    if (e instanceof GraphError) return e;
    throw e;
  }
  throw new Error('expected a GraphError');
}

function customerComment(message = 'Where is my order?'): string {
  return fake.addComment({ message, fromId: '2000000000000001', fromName: 'Ada' }).id;
}

describe('GraphClient against the fake Graph API', () => {
  it('replies as the page with a form body and the token in the Authorization header', async () => {
    const parent = customerComment();
    const { id } = await client.replyToComment(TOKEN, parent, 'Sorry! We are on it.');

    expect(id).toMatch(/^\d+_\d+$/);
    expect(fake.repliesTo(parent)).toEqual([
      expect.objectContaining({ id, message: 'Sorry! We are on it.', from: { id: PAGE, name: 'Test Page' } }),
    ]);
    const req = fake.requests.at(-1)!;
    expect(req).toMatchObject({ method: 'POST', path: `/${parent}/comments`, body: { message: 'Sorry! We are on it.' } });
    expect(req.tokenVia).toBe('header');
  });

  it('hides and unhides a comment', async () => {
    const id = customerComment();
    await client.setHidden(TOKEN, id, true);
    expect(fake.comments().find((c) => c.id === id)?.is_hidden).toBe(true);
    await client.setHidden(TOKEN, id, false);
    expect(fake.comments().find((c) => c.id === id)?.is_hidden).toBe(false);
    expect(fake.requests.at(-1)).toMatchObject({ method: 'POST', path: `/${id}`, body: { is_hidden: 'false' } });
  });

  it('deletes a comment, and deleting it again (or an unknown id) is not an error', async () => {
    const id = customerComment();
    await client.deleteComment(TOKEN, id);
    expect(fake.comments().find((c) => c.id === id)?.deleted).toBe(true);

    await expect(client.deleteComment(TOKEN, id)).resolves.toBeUndefined();
    await expect(client.deleteComment(TOKEN, '900000000000001_424242')).resolves.toBeUndefined();
    expect(fake.count('DELETE', /.*/)).toBe(3);
  });

  it('does not swallow other errors on delete', async () => {
    fake.failNext(1, { status: 403, error: { message: '(#200) Requires pages_manage_engagement permission', type: 'OAuthException', code: 200 } });
    const e = await graphErrorOf(() => client.deleteComment(TOKEN, customerComment()));
    expect(e.kind).toBe('permanent');
  });

  describe('errors', () => {
    it('a revoked token is an auth error that asks for a reconnect', async () => {
      const parent = customerComment();
      fake.setToken('a-new-token');
      const e = await graphErrorOf(() => client.replyToComment(TOKEN, parent, 'hi'));
      expect(e).toMatchObject({ kind: 'auth', status: 400, code: 190, subcode: 460 });
      expect(e.reason).toBe(
        "Facebook rejected the page's access token (expired or revoked). An admin must reconnect the page.",
      );
      expect(e.fbtraceId).toEqual(expect.any(String));
      expect(fake.repliesTo(parent)).toHaveLength(0);
    });

    it.each([
      [4, 400],
      [17, 400],
      [32, 400],
      [613, 400],
      [80001, 400],
    ])('throttling code %i is rate_limited', async (code, status) => {
      fake.failNext(1, { status, error: { message: `(#${code}) Too many calls`, type: 'OAuthException', code } });
      const e = await graphErrorOf(() => client.replyToComment(TOKEN, customerComment(), 'hi'));
      expect(e).toMatchObject({ kind: 'rate_limited', code });
      expect(e.reason).toBe('Facebook is rate-limiting this page; the reply will be retried.');
    });

    it('HTTP 429 without a Graph body is rate_limited', async () => {
      fake.failNext(1, { status: 429, raw: 'slow down' });
      const e = await graphErrorOf(() => client.setHidden(TOKEN, customerComment(), true));
      expect(e).toMatchObject({ kind: 'rate_limited', status: 429, code: null });
    });

    it('Graph outages (code 2, HTTP 5xx) and non-JSON answers are retryable', async () => {
      fake.failNext(1, { status: 500, error: { message: 'An unexpected error has occurred.', code: 2, is_transient: true } });
      fake.failNext(1, { status: 502, raw: '<html><body>Bad Gateway</body></html>' });
      const id = customerComment();
      const first = await graphErrorOf(() => client.setHidden(TOKEN, id, true));
      const second = await graphErrorOf(() => client.setHidden(TOKEN, id, true));
      expect(first).toMatchObject({ kind: 'retryable', status: 500, code: 2 });
      expect(second).toMatchObject({ kind: 'retryable', status: 502, code: null });
      expect(second.reason).toContain('will be retried');
      await client.setHidden(TOKEN, id, true); // the injected failures are used up
    });

    it('a missing permission is permanent and names it', async () => {
      fake.failNext(1, { status: 403, error: { message: '(#200) Requires pages_manage_engagement permission', type: 'OAuthException', code: 200 } });
      const e = await graphErrorOf(() => client.setHidden(TOKEN, customerComment(), true));
      expect(e).toMatchObject({ kind: 'permanent', status: 403, code: 200 });
      expect(e.reason).toContain('pages_manage_engagement');
    });

    it('replying to a deleted comment is permanent: the comment no longer exists', async () => {
      const parent = customerComment();
      await client.deleteComment(TOKEN, parent);
      const e = await graphErrorOf(() => client.replyToComment(TOKEN, parent, 'hi'));
      expect(e).toMatchObject({ kind: 'permanent', code: 100, subcode: 33, objectMissing: true });
      expect(e.reason).toBe('The comment no longer exists on Facebook (deleted by its author or the page).');
    });

    it('an invalid parameter (code 100) is permanent', async () => {
      const e = await graphErrorOf(() => client.replyToComment(TOKEN, customerComment(), '   '));
      expect(e).toMatchObject({ kind: 'permanent', code: 100, objectMissing: false });
      expect(e.reason).toContain('Missing message');
    });

    it('a timeout is retryable, and the reply it hid is then found by findOwnReply', async () => {
      const slow = createGraphClient({ baseUrl: fake.url, timeoutMs: 200 });
      const parent = customerComment();
      const since = new Date();
      const held = fake.holdNext('POST', /\/comments$/);

      const e = await graphErrorOf(() => slow.replyToComment(TOKEN, parent, 'We refunded you.'));
      await held.arrived;
      expect(e).toMatchObject({ kind: 'retryable', status: null });
      expect(e.reason).toBe('Facebook did not answer within 0.2 s; the reply will be retried.');
      held.release();

      // Facebook did the work: the look-before-retry step finds it instead of posting twice.
      const found = await slow.findOwnReply(TOKEN, parent, PAGE, 'We refunded you.', since);
      expect(found?.id).toBe(fake.repliesTo(parent)[0]!.id);
    });

    it('a connection dropped without an answer is retryable', async () => {
      const held = fake.holdNext('DELETE', /.*/);
      const pending = graphErrorOf(() => client.deleteComment(TOKEN, customerComment()));
      await held.arrived;
      fake.dropHeld();
      const e = await pending;
      expect(e).toMatchObject({ kind: 'retryable', status: null });
      expect(e.reason).toBe('Facebook could not be reached (network error); the delete will be retried.');
    });

    it('an unreachable host is retryable', async () => {
      const server = createServer();
      await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
      const port = (server.address() as AddressInfo).port;
      await new Promise<void>((r) => server.close(() => r()));
      const dead = createGraphClient({ baseUrl: `http://127.0.0.1:${port}/v21.0` });
      const e = await graphErrorOf(() => dead.setHidden(TOKEN, '1_2', true));
      expect(e.kind).toBe('retryable');
    });

    it('never puts the access token into an error, and bounds copied text', async () => {
      const long = `Invalid token ${TOKEN} in https://graph.facebook.com/me?access_token=${TOKEN}&x=1 ${'x'.repeat(1000)}`;
      fake.failNext(1, { status: 400, error: { message: long, type: 'OAuthException', code: 190 } });
      fake.failNext(1, { status: 502, raw: `proxy says ${TOKEN} ${'y'.repeat(1000)}` });
      const id = customerComment();
      for (const e of [
        await graphErrorOf(() => client.replyToComment(TOKEN, id, 'hi')),
        await graphErrorOf(() => client.replyToComment(TOKEN, id, 'hi')),
      ]) {
        const everything = `${e.message} ${e.reason} ${e.stack ?? ''} ${JSON.stringify(e)}`;
        expect(everything).not.toContain(TOKEN);
        expect(e.message.length).toBeLessThan(MAX_ERROR_TEXT + 100);
      }
    });

    it('never sends the token in a URL, even when following paging', async () => {
      const parent = customerComment();
      for (let i = 0; i < 120; i += 1) fake.addComment({ message: `me too ${i}`, parentId: parent });
      await client.findOwnReply(TOKEN, parent, PAGE, 'not there', new Date(Date.now() - MIN));
      expect(fake.count('GET', /\/comments$/)).toBe(2);
      expect(fake.requests.every((r) => r.tokenVia === 'header')).toBe(true);
    });
  });

  describe('findOwnReply', () => {
    it('finds the page reply on a later page, ignoring the same text from another user', async () => {
      const parent = customerComment();
      const since = new Date(Date.now() - 10 * MIN);
      fake.addComment({ message: 'Thanks,\nwe will call you.', fromId: PAGE, parentId: parent, createdTime: new Date(since.getTime() + MIN) });
      // Newer comments push the page's reply to the second page (100 per page, newest first);
      // one of them is a customer quoting the reply word for word.
      fake.addComment({ message: 'Thanks,\nwe will call you.', fromId: '3000000000000003', parentId: parent, createdTime: new Date(since.getTime() + 2 * MIN) });
      for (let i = 0; i < 130; i += 1) {
        fake.addComment({ message: `+1 (${i})`, parentId: parent, createdTime: new Date(since.getTime() + 3 * MIN + i * 1000) });
      }

      const found = await client.findOwnReply(TOKEN, parent, PAGE, '  Thanks,\r\nwe will call you.\r\n', since);

      const own = fake.repliesTo(parent).find((c) => c.from.id === PAGE)!;
      expect(found).toEqual({ id: own.id, createdTime: parseGraphTime(own.created_time) });
      expect(fake.count('GET', /\/comments$/)).toBe(2);
      expect(fake.requests[0]!.query).toMatchObject({
        fields: 'id,message,from,created_time',
        order: 'reverse_chronological',
        limit: '100',
      });
    });

    it('returns null for a page reply with other text or from another user', async () => {
      const parent = customerComment();
      fake.addComment({ message: 'Something else', fromId: PAGE, parentId: parent });
      fake.addComment({ message: 'Our answer', fromId: '3000000000000003', parentId: parent });
      expect(await client.findOwnReply(TOKEN, parent, PAGE, 'Our answer', new Date())).toBeNull();
    });

    it('accepts up to 5 minutes of clock skew, not more', async () => {
      const parent = customerComment();
      const since = new Date();
      fake.addComment({ message: 'Skewed', fromId: PAGE, parentId: parent, createdTime: new Date(since.getTime() - 4 * MIN) });
      fake.addComment({ message: 'Too old', fromId: PAGE, parentId: parent, createdTime: new Date(since.getTime() - 6 * MIN) });
      expect(await client.findOwnReply(TOKEN, parent, PAGE, 'Skewed', since)).not.toBeNull();
      expect(await client.findOwnReply(TOKEN, parent, PAGE, 'Too old', since)).toBeNull();
    });

    it('stops paging once replies are older than the window', async () => {
      const parent = customerComment();
      const since = new Date();
      for (let i = 0; i < 250; i += 1) {
        fake.addComment({ message: `old ${i}`, parentId: parent, createdTime: new Date(since.getTime() - 60 * MIN - i * 1000) });
      }
      expect(await client.findOwnReply(TOKEN, parent, PAGE, 'old 249', since)).toBeNull();
      expect(fake.count('GET', /\/comments$/)).toBe(1);
    });

    it('reports errors of the lookup like any other call', async () => {
      fake.failNext(1, { status: 400, error: { message: '(#17) User request limit reached', type: 'OAuthException', code: 17 } });
      const e = await graphErrorOf(() => client.findOwnReply(TOKEN, customerComment(), PAGE, 'x', new Date()));
      expect(e.kind).toBe('rate_limited');
    });
  });
});

describe('classifyGraphError', () => {
  const graph = (code: number, extra: Record<string, unknown> = {}) => ({
    error: { message: `(#${code}) message`, type: 'OAuthException', code, fbtrace_id: 'AbC', ...extra },
  });

  it.each<[string, number | null, unknown, GraphErrorKind]>([
    ['expired token', 400, graph(190, { error_subcode: 463 }), 'auth'],
    ['API session', 400, graph(102), 'auth'],
    ['token required', 400, graph(104), 'auth'],
    ['active access token (2500)', 400, { error: { message: 'An active access token must be used', type: 'OAuthException', code: 2500 } }, 'auth'],
    ['unknown path (2500)', 400, { error: { message: 'Unknown path components: /x/y', type: 'OAuthException', code: 2500 } }, 'permanent'],
    ['OAuthException without a code', 400, { error: { message: 'bad', type: 'OAuthException' } }, 'auth'],
    ['bare 401', 401, '', 'auth'],
    ['app throttled (4)', 400, graph(4), 'rate_limited'],
    ['user throttled (17)', 400, graph(17), 'rate_limited'],
    ['page throttled (32)', 400, graph(32), 'rate_limited'],
    ['custom throttled (613)', 400, graph(613), 'rate_limited'],
    ['pages BUC (80001)', 400, graph(80001), 'rate_limited'],
    ['temporarily blocked (368)', 400, graph(368), 'rate_limited'],
    ['HTTP 429', 429, graph(1), 'rate_limited'],
    ['API unknown (1)', 500, graph(1), 'retryable'],
    ['API service (2)', 400, graph(2), 'retryable'],
    ['transient flag', 400, graph(9999, { is_transient: true }), 'retryable'],
    ['HTTP 503 HTML', 503, '<html>unavailable</html>', 'retryable'],
    ['200 with HTML', 200, '<html>?</html>', 'retryable'],
    ['network (no status)', null, undefined, 'retryable'],
    ['permission denied (10)', 403, graph(10), 'permanent'],
    ['permission (200)', 403, graph(200), 'permanent'],
    ['permission (299)', 403, graph(299), 'permanent'],
    ['invalid parameter (100)', 400, graph(100), 'permanent'],
    ['missing object (100/33)', 400, graph(100, { error_subcode: 33 }), 'permanent'],
    ['duplicate (506)', 400, graph(506), 'permanent'],
    ['other 4xx with a code', 400, graph(12345), 'permanent'],
    ['other 4xx without a body', 404, '', 'permanent'],
  ])('%s → %s', (_label, status, body, kind) => {
    const e = classifyGraphError(status, body, { action: 'reply' });
    expect(e).toBeInstanceOf(GraphError);
    expect(e).toBeInstanceOf(Error);
    expect(e.kind).toBe(kind);
    expect(e.status).toBe(status);
    expect(e.reason).toMatch(/^[A-Z].*\.$/);
  });

  it('copies code, subcode and fbtrace_id, and explains a missing comment', () => {
    const e = classifyGraphError(400, graph(100, { error_subcode: 33 }));
    expect(e).toMatchObject({ code: 100, subcode: 33, fbtraceId: 'AbC', objectMissing: true });
    expect(e.reason).toBe('The comment no longer exists on Facebook (deleted by its author or the page).');
  });

  it('recognises the "does not exist" message without a subcode', () => {
    const e = classifyGraphError(400, { error: { message: "Object with ID '1_2' does not exist", code: 100 } });
    expect(e.objectMissing).toBe(true);
  });

  it('names the permission a community manager must get granted', () => {
    expect(classifyGraphError(403, graph(200)).reason).toBe(
      "The page's token lacks the permission to do this (pages_manage_engagement). An admin must reconnect the page and grant it.",
    );
  });

  it('scrubs secrets given in the context', () => {
    const e = classifyGraphError(400, { error: { message: 'token s3cr3t is bad', code: 100 } }, { secrets: ['s3cr3t'] });
    expect(`${e.message} ${e.reason}`).not.toContain('s3cr3t');
  });
});

describe('parseGraphTime', () => {
  it("reads Graph's +0000 offset", () => {
    expect(parseGraphTime('2026-11-22T10:00:00+0000')?.toISOString()).toBe('2026-11-22T10:00:00.000Z');
    expect(parseGraphTime('2026-11-22T12:00:00+0200')?.toISOString()).toBe('2026-11-22T10:00:00.000Z');
    expect(parseGraphTime('nope')).toBeNull();
  });
});

describe('the fake Graph API itself', () => {
  const get = (path: string, init: RequestInit = {}) =>
    fetch(`${fake.url}${path}`, init).then(async (r) => ({ status: r.status, body: (await r.json()) as Record<string, any> }));

  it('accepts any version prefix or none, and the token as a query or body parameter', async () => {
    const id = customerComment('hello');
    const origin = fake.url.replace(/\/v21\.0$/, '');
    for (const url of [`${origin}/v19.0/${id}`, `${origin}/${id}`]) {
      const r = await fetch(`${url}?access_token=${TOKEN}&fields=id,message,from{id}`);
      expect(await r.json()).toEqual({ id, message: 'hello', from: { id: '2000000000000001', name: 'Ada' } });
    }
    const r = await fetch(`${fake.url}/${id}/comments`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ message: 'json body', access_token: TOKEN }),
    });
    expect(r.status).toBe(200);
    expect(fake.requests.at(-1)).toMatchObject({ tokenVia: 'body', body: { message: 'json body' } });
    expect(fake.requests.at(-1)!.body).not.toHaveProperty('access_token');
  });

  it('answers the documented OAuthException without a token', async () => {
    const r = await get(`/${customerComment()}`);
    expect(r.status).toBe(400);
    expect(r.body.error).toMatchObject({ type: 'OAuthException', code: 104, fbtrace_id: expect.any(String) });
  });

  it('pages with cursors and absolute next/previous URLs', async () => {
    const parent = customerComment();
    for (let i = 0; i < 5; i += 1) fake.addComment({ message: `r${i}`, parentId: parent, createdTime: new Date(Date.UTC(2026, 10, 22, 10, i)) });
    const auth = { headers: { authorization: `Bearer ${TOKEN}` } };
    const first = await get(`/${parent}/comments?limit=2&order=reverse_chronological`, auth);
    expect(first.body.data.map((c: { message: string }) => c.message)).toEqual(['r4', 'r3']);
    expect(first.body.data[0]).toEqual(expect.objectContaining({ created_time: '2026-11-22T10:04:00+0000' }));
    expect(first.body.paging.next).toMatch(new RegExp(`^${fake.url}/${parent}/comments\\?`));
    const second = await fetch(first.body.paging.next as string).then((r) => r.json() as Promise<Record<string, any>>);
    expect(second.data.map((c: { message: string }) => c.message)).toEqual(['r2', 'r1']);
    const back = await fetch(second.paging.previous as string).then((r) => r.json() as Promise<Record<string, any>>);
    expect(back.data.map((c: { message: string }) => c.message)).toEqual(['r4', 'r3']);
    const unknownField = await get(`/${parent}/comments?fields=id,bogus`, auth);
    expect(unknownField.body.error).toMatchObject({ code: 100 });
  });

  it('allows unknown parents unless strictParents is set', async () => {
    const strict = await startFakeGraph({ token: TOKEN, strictParents: true });
    try {
      const lax = createGraphClient({ baseUrl: fake.url });
      await expect(lax.replyToComment(TOKEN, '900_1', 'hi')).resolves.toEqual({ id: expect.stringMatching(/^900_\d+$/) });
      const e = await graphErrorOf(() => createGraphClient({ baseUrl: strict.url }).replyToComment(TOKEN, '900_1', 'hi'));
      expect(e.objectMissing).toBe(true);
    } finally {
      await strict.close();
    }
  });

  it('holdNext applies the request before the answer is released', async () => {
    const parent = customerComment();
    const held = fake.holdNext('POST', /\/comments$/);
    const reply = client.replyToComment(TOKEN, parent, 'held');
    await held.arrived;
    expect(fake.repliesTo(parent)).toHaveLength(1);
    held.release();
    await expect(reply).resolves.toEqual({ id: fake.repliesTo(parent)[0]!.id });
  });
});
