/**
 * The ingestion spine end to end. Real parts: PostgreSQL (own database), Redis (own prefix),
 * BullMQ queues and worker, the api over HTTP, socket.io clients. Nothing is mocked.
 */
import type { QueryRunner } from 'typeorm';
import { refreshConversations } from '../libs/inbox/src/conversation-state.js';
import { InboxRepository } from '../libs/inbox/src/inbox.repository.js';
import { lockMessage } from '../libs/inbox/src/message-locks.js';
import type { ConversationSummary, MessageView } from '../libs/realtime/src/events.js';
import { createTestEnv, eventually, type TestEnv } from './support/test-env.js';
import { connectSocket, http, metaComment, metaPayload, newFacebookChannel, newMember, postMeta, startStack, type Stack } from './support/stack.js';

let env: TestEnv;
let stack: Stack;
let admin: Awaited<ReturnType<typeof newMember>>;
let page: Awaited<ReturnType<typeof newFacebookChannel>>;

beforeAll(async () => {
  env = await createTestEnv();
  stack = await startStack(env);
  admin = await newMember(stack, { role: 'admin' });
  page = await newFacebookChannel(stack, admin);
});

afterAll(async () => {
  await stack?.close();
  await env?.cleanup();
});

const count = async (sql: string, params: unknown[] = []) => Number(((await stack.ds.query(sql, params)) as { n: string }[])[0]!.n);
const messageByExternal = async (externalId: string) =>
  ((await stack.ds.query(`SELECT * FROM messages WHERE external_id = $1`, [externalId])) as Record<string, unknown>[])[0];

/** Runs `fn` with a second connection in an open transaction, rolled back unless `fn` commits it. */
async function withOtherTransaction(fn: (other: QueryRunner) => Promise<void>): Promise<void> {
  const other = stack.ds.createQueryRunner();
  await other.connect();
  await other.startTransaction();
  try {
    await fn(other);
  } finally {
    if (other.isTransactionActive) await other.rollbackTransaction();
    await other.release();
  }
}

/** Waits until a session of the database waits for a lock (`condition` on pg_stat_activity). */
const lockWaitSeen = (condition: string, what: string) =>
  eventually(async () => Number(((await stack.ds.query(`SELECT count(*) n FROM pg_stat_activity WHERE ${condition}`)) as { n: string }[])[0]!.n) > 0, 10_000, what);

describe('auth and tenancy', () => {
  it('logs in and lists only the caller’s workspaces', async () => {
    const other = await newMember(stack, { role: 'agent' });
    const res = await http(stack, 'GET', '/api/workspaces', { token: admin.token });
    expect(res.status).toBe(200);
    expect(res.body.map((w: { id: string }) => w.id)).toEqual([admin.workspaceId]);
    expect(res.body[0]).toMatchObject({ id: admin.workspaceId, name: expect.any(String), role: 'admin' });
    const theirs = await http(stack, 'GET', `/api/workspaces/${other.workspaceId}/conversations`, { token: admin.token });
    expect(theirs.status).toBe(404);
  });

  it('refuses a wrong password and a missing or forged token', async () => {
    expect((await http(stack, 'POST', '/api/auth/login', { body: { email: admin.email, password: 'wrong-password' } })).status).toBe(401);
    expect((await http(stack, 'GET', '/api/workspaces')).status).toBe(401);
    expect((await http(stack, 'GET', '/api/workspaces', { token: admin.token.slice(0, -2) + 'xx' })).status).toBe(401);
  });

  it('lets only admins connect channels, and never returns secrets', async () => {
    const agent = await newMember(stack, { workspaceId: admin.workspaceId, role: 'agent' });
    const body = { kind: 'facebook_page', name: 'x', externalAccountId: '999', credentials: { appSecret: 'secret-secret', verifyToken: 'verify-verify' } };
    expect((await http(stack, 'POST', `/api/workspaces/${admin.workspaceId}/channels`, { token: agent.token, body })).status).toBe(403);
    const list = await http(stack, 'GET', `/api/workspaces/${admin.workspaceId}/channels`, { token: agent.token });
    expect(list.status).toBe(200);
    expect(JSON.stringify(list.body)).not.toContain(page.appSecret);
    expect(list.body[0]).not.toHaveProperty('credentials');
    const [row] = (await stack.ds.query('SELECT credentials_sealed FROM channels WHERE id = $1', [page.id])) as { credentials_sealed: string }[];
    expect(row!.credentials_sealed).not.toContain(page.appSecret);
  });

  it('explains a channel without the credentials its kind needs', async () => {
    const res = await http(stack, 'POST', `/api/workspaces/${admin.workspaceId}/channels`, {
      token: admin.token,
      body: { kind: 'facebook_page', name: 'x', externalAccountId: '998', credentials: { accessToken: 'x' } },
    });
    expect(res.status).toBe(400);
    expect(JSON.stringify(res.body)).toContain('appSecret');
  });
});

describe('Meta webhook', () => {
  it('answers the verification handshake only with a known verify token', async () => {
    const ok = await http(stack, 'GET', `/api/webhooks/meta?hub.mode=subscribe&hub.verify_token=verify-${page.pageId}&hub.challenge=1158201444`);
    expect(ok.status).toBe(200);
    expect(ok.body).toBe(1158201444);
    const bad = await http(stack, 'GET', '/api/webhooks/meta?hub.mode=subscribe&hub.verify_token=nope&hub.challenge=1');
    expect(bad.status).toBe(403);
  });

  it('stores one message when the same delivery arrives three times', async () => {
    const change = metaComment(page.pageId, { text: 'Habt ihr am Sonntag geöffnet?' });
    const payload = metaPayload(page.pageId, [change]);
    for (let i = 0; i < 3; i++) expect((await postMeta(stack, payload, page.appSecret)).status).toBe(200);
    await eventually(() => messageByExternal(change.comment_id as string), 10_000, 'the message');
    // Let any duplicate job run before counting.
    await eventually(async () => (await count(`SELECT count(*) n FROM inbound_events WHERE status <> 'processed'`)) === 0);
    expect(await count('SELECT count(*) n FROM messages WHERE external_id = $1', [change.comment_id])).toBe(1);
    expect(await count('SELECT count(*) n FROM inbound_events WHERE channel_id = $1 AND payload::text LIKE $2', [page.id, `%${change.comment_id}%`])).toBe(1);
  });

  it('rejects a bad signature with 401 and stores nothing', async () => {
    const before = await count('SELECT count(*) n FROM inbound_events');
    const change = metaComment(page.pageId);
    const res = await postMeta(stack, metaPayload(page.pageId, [change]), page.appSecret, { signature: 'sha256=' + 'ab'.repeat(32) });
    expect(res.status).toBe(401);
    const unsigned = await http(stack, 'POST', '/api/webhooks/meta', { raw: JSON.stringify(metaPayload(page.pageId, [change])), headers: { 'content-type': 'application/json' } });
    expect(unsigned.status).toBe(401);
    expect(await count('SELECT count(*) n FROM inbound_events')).toBe(before);
  });

  it('rejects malformed JSON with 400 and a reason', async () => {
    const raw = Buffer.from('{"object":"page","entry":[');
    const res = await http(stack, 'POST', '/api/webhooks/meta', { raw, headers: { 'content-type': 'application/json', 'x-hub-signature-256': 'sha256=00' } });
    expect(res.status).toBe(400);
    expect(res.body.message).toMatch(/not valid JSON/);
    const notMeta = await http(stack, 'POST', '/api/webhooks/meta', { raw: '{"hello":1}', headers: { 'content-type': 'application/json' } });
    expect(notMeta.status).toBe(400);
  });

  it('stores the good entries of a batch with one bad entry, and records the bad one', async () => {
    const good1 = metaComment(page.pageId, { text: 'Das Brot war heute wieder super, danke!' });
    const good2 = metaComment(page.pageId, { text: 'Seit drei Wochen warte ich auf meine Bestellung.' });
    const bad = { item: 'comment', verb: 'add', post_id: `${page.pageId}_p1`, message: 'no comment id' };
    const unknown = { item: 'reaction', verb: 'add', reaction_type: 'like', post_id: `${page.pageId}_p1` };
    expect((await postMeta(stack, metaPayload(page.pageId, [good1, bad, unknown, good2]), page.appSecret)).status).toBe(200);
    await eventually(() => messageByExternal(good2.comment_id as string));
    expect(await messageByExternal(good1.comment_id as string)).toBeDefined();
    const [ev] = (await stack.ds.query(`SELECT rejected FROM inbound_events WHERE payload::text LIKE $1`, [`%${good1.comment_id}%`])) as { rejected: { reason: string }[] }[];
    await eventually(async () => {
      const [e] = (await stack.ds.query(`SELECT rejected, status FROM inbound_events WHERE payload::text LIKE $1`, [`%${good1.comment_id}%`])) as { rejected: unknown[] | null; status: string }[];
      return e?.status === 'processed';
    });
    const [done] = (await stack.ds.query(`SELECT rejected FROM inbound_events WHERE payload::text LIKE $1`, [`%${good1.comment_id}%`])) as { rejected: { path: string; reason: string }[] }[];
    expect(ev).toBeDefined();
    expect(done!.rejected).toHaveLength(1);
    expect(done!.rejected[0]!.path).toContain('changes[1]');
  });

  it('classifies comments and builds conversations of a top-level comment and its replies', async () => {
    const root = metaComment(page.pageId, { text: 'Die Lieferung ist seit zwei Wochen überfällig und niemand meldet sich. Ich will mein Geld zurück!' });
    const reply = metaComment(page.pageId, { parent: root.comment_id as string, text: 'Geht mir genauso.', from: { id: 'fan-2', name: 'Fan Zwei' } });
    await postMeta(stack, metaPayload(page.pageId, [root, reply]), page.appSecret);
    const msg = await eventually(() => messageByExternal(root.comment_id as string));
    expect(msg.label).toBe('complaint');
    expect((msg.reasons as unknown[]).length).toBeGreaterThan(0);
    expect(msg.rules_version).toEqual(expect.any(String));
    const replyRow = await eventually(() => messageByExternal(reply.comment_id as string));
    expect(replyRow.conversation_id).toBe(msg.conversation_id);
    const conv = await http(stack, 'GET', `/api/workspaces/${admin.workspaceId}/conversations/${msg.conversation_id}`, { token: admin.token });
    expect(conv.status).toBe(200);
    expect(conv.body).toMatchObject({ status: 'open', label: 'complaint', messageCount: 2 });
    expect(conv.body.messages.map((m: { externalId: string }) => m.externalId)).toEqual([root.comment_id, reply.comment_id]);
    expect(conv.body.messages[0].reasons[0]).toMatchObject({ ruleId: expect.any(String), matched: expect.any(Array) });
    expect(conv.body.post).toMatchObject({ externalId: `${page.pageId}_p1` });
  });

  it('writes a new conversation of one comment once, already in the state the refresh derives', async () => {
    const c = metaComment(page.pageId, { text: 'Kann man bei euch auch Torten für eine Hochzeit bestellen?' });
    await postMeta(stack, metaPayload(page.pageId, [c]), page.appSecret);
    const msg = await eventually(() => messageByExternal(c.comment_id as string));
    const [conv] = (await stack.ds.query(
      `SELECT c.*, c.xmin::text AS xmin, c.cmin::text::int AS cmin, m.xmin::text AS msg_xmin, m.cmin::text::int AS msg_cmin
         FROM conversations c JOIN messages m ON m.conversation_id = c.id WHERE c.id = $1`,
      [msg.conversation_id],
    )) as Record<string, unknown>[];
    expect(conv).toMatchObject({ message_count: 1, status: 'open', label: 'question', last_outbound_at: null, first_response_at: null });
    expect(conv!.waiting_since).toEqual(msg.sent_at);
    expect(conv!.last_inbound_at).toEqual(msg.sent_at);
    // Same transaction, and the conversation's row version is older than its message's: the
    // refresh after the message insert found nothing to write.
    expect(conv!.xmin).toBe(conv!.msg_xmin);
    expect(conv!.cmin as number).toBeLessThan(conv!.msg_cmin as number);
    const again = await refreshConversations(stack.ds, admin.workspaceId, [msg.conversation_id as string], [msg.conversation_id as string]);
    expect(again).toEqual({ ids: [msg.conversation_id], changed: [] });
  });

  it('keeps one row per author and updates a changed name, in batches of several authors', async () => {
    const id = (k: number) => `fan-rename-${Date.now()}-${k}`;
    const fans = [0, 1, 2].map((k) => ({ id: id(k), name: `Fan ${k}` }));
    const first = fans.map((from) => metaComment(page.pageId, { text: 'Wann habt ihr offen?', from }));
    await postMeta(stack, metaPayload(page.pageId, first), page.appSecret);
    await eventually(() => messageByExternal(first[2]!.comment_id as string));
    // Fan 1 renamed herself; the others write again under the same names.
    const renamed = fans.map((f, k) => ({ id: f.id, name: k === 1 ? 'Fan Eins (neu)' : f.name }));
    const second = renamed.map((from) => metaComment(page.pageId, { text: 'Danke für die Antwort!', from }));
    await postMeta(stack, metaPayload(page.pageId, second), page.appSecret);
    const msg = await eventually(() => messageByExternal(second[2]!.comment_id as string));
    const rows = (await stack.ds.query(`SELECT id, external_id, name FROM authors WHERE channel_id = $1 AND external_id = ANY($2) ORDER BY external_id`, [
      page.id,
      fans.map((f) => f.id),
    ])) as { id: string; external_id: string; name: string }[];
    expect(rows.map((r) => r.name)).toEqual(['Fan 0', 'Fan Eins (neu)', 'Fan 2']);
    expect(msg.author_id).toBe(rows[2]!.id);
    expect((await messageByExternal(second[1]!.comment_id as string)).author_id).toBe(rows[1]!.id);
  });

  it('links a comment to the author another transaction inserted while the batch ran', async () => {
    // The worker's one statement for authors and posts inserts what its snapshot doesn't hold; an
    // author inserted meanwhile by another transaction makes that insert wait, then do nothing,
    // and the author must be read by a later statement.
    const fan = { id: `fan-race-${Date.now()}`, name: 'Renate Renner' };
    await withOtherTransaction(async (other) => {
      const [{ id: authorId }] = (await other.query(`INSERT INTO authors (workspace_id, channel_id, external_id, name) VALUES ($1, $2, $3, $4) RETURNING id`, [
        admin.workspaceId,
        page.id,
        fan.id,
        fan.name,
      ])) as { id: string }[];
      const c = metaComment(page.pageId, { text: 'Habt ihr heute Roggenbrot?', from: fan });
      await postMeta(stack, metaPayload(page.pageId, [c]), page.appSecret);
      await lockWaitSeen(`wait_event_type = 'Lock' AND query LIKE '%authors_ins%'`, 'the worker to wait for the other transaction');
      await other.commitTransaction();
      const msg = await eventually(() => messageByExternal(c.comment_id as string));
      expect(msg.author_id).toBe(authorId);
      expect(await count('SELECT count(*) n FROM authors WHERE channel_id = $1 AND external_id = $2', [page.id, fan.id])).toBe(1);
    });
  });

  it('waits for a writer holding a comment’s lock and then updates what it wrote, never inserting it twice', async () => {
    // The outbound service records a sent reply under the comment's lock; the platform's echo of
    // the same comment arriving meanwhile must wait and find it.
    const root = metaComment(page.pageId, { text: 'Gibt es die Torte auch ohne Nüsse?' });
    await postMeta(stack, metaPayload(page.pageId, [root]), page.appSecret);
    const rootMsg = await eventually(() => messageByExternal(root.comment_id as string));
    const echo = metaComment(page.pageId, { parent: root.comment_id as string, text: 'Ja, auf Bestellung.', from: { id: page.pageId, name: 'Bäckerei' } });
    await withOtherTransaction(async (other) => {
      await lockMessage(other, page.id, echo.comment_id as string);
      await other.query(
        `INSERT INTO messages (workspace_id, channel_id, conversation_id, external_id, parent_external_id, direction, type, text, sent_at, origin)
         VALUES ($1, $2, $3, $4, $5, 'outbound', 'comment', 'Ja, auf Bestellung.', now(), 'agent')`,
        [admin.workspaceId, page.id, rootMsg.conversation_id, echo.comment_id, root.comment_id],
      );
      await postMeta(stack, metaPayload(page.pageId, [echo]), page.appSecret);
      await lockWaitSeen(`wait_event = 'advisory'`, 'the worker to wait for the lock');
      await other.commitTransaction();
      await eventually(async () => (await count(`SELECT count(*) n FROM inbound_events WHERE status <> 'processed'`)) === 0, 10_000, 'the echo to be processed');
      expect(await count('SELECT count(*) n FROM messages WHERE channel_id = $1 AND external_id = $2', [page.id, echo.comment_id])).toBe(1);
      expect(await messageByExternal(echo.comment_id as string)).toMatchObject({ origin: 'agent', direction: 'outbound', is_stub: false });
    });
  });

  it('retries a batch whose comment a writer stored without its lock, and stores it once', async () => {
    // A writer that broke the locking rule: the batch's insert meets its row, fails, and the
    // event's retry finds the comment stored.
    const c = metaComment(page.pageId, { text: 'Warum ist der Laden heute zu?' });
    await withOtherTransaction(async (other) => {
      const [conv] = (await other.query(
        `INSERT INTO conversations (workspace_id, channel_id, root_external_id, last_message_at) VALUES ($1, $2, $3, now()) RETURNING id`,
        [admin.workspaceId, page.id, c.comment_id],
      )) as { id: string }[];
      await other.query(
        `INSERT INTO messages (workspace_id, channel_id, conversation_id, external_id, direction, type, text, sent_at) VALUES ($1, $2, $3, $4, 'inbound', 'comment', $5, now())`,
        [admin.workspaceId, page.id, conv!.id, c.comment_id, 'Warum ist der Laden heute zu?'],
      );
      await postMeta(stack, metaPayload(page.pageId, [c]), page.appSecret);
      await lockWaitSeen(`wait_event_type = 'Lock' AND query LIKE '%INSERT INTO conversations%'`, 'the worker to wait for the other transaction');
      await other.commitTransaction();
      await eventually(async () => (await count(`SELECT count(*) n FROM inbound_events WHERE status <> 'processed'`)) === 0, 10_000, 'the event to be processed');
      expect(await count('SELECT count(*) n FROM messages WHERE channel_id = $1 AND external_id = $2', [page.id, c.comment_id])).toBe(1);
    });
  });

  it("records the page's own reply as outbound and marks the conversation answered", async () => {
    const root = metaComment(page.pageId, { text: 'Wann öffnet die neue Filiale?' });
    await postMeta(stack, metaPayload(page.pageId, [root]), page.appSecret);
    const msg = await eventually(() => messageByExternal(root.comment_id as string));
    const ours = metaComment(page.pageId, { parent: root.comment_id as string, text: 'Am Samstag um 7 Uhr!', from: { id: page.pageId, name: 'Bäckerei' }, at: Math.floor(Date.now() / 1000) + 5 });
    await postMeta(stack, metaPayload(page.pageId, [ours]), page.appSecret);
    const reply = await eventually(() => messageByExternal(ours.comment_id as string));
    expect(reply.direction).toBe('outbound');
    expect(reply.label).toBeNull();
    const [conv] = (await stack.ds.query('SELECT status, waiting_since FROM conversations WHERE id = $1', [msg.conversation_id])) as { status: string; waiting_since: Date | null }[];
    expect(conv).toMatchObject({ status: 'answered', waiting_since: null });
    expect(await count('SELECT count(*) n FROM conversations WHERE root_external_id = $1', [ours.comment_id])).toBe(0);
  });

  it('keeps the edit history of an edited comment', async () => {
    const c = metaComment(page.pageId, { text: 'Das Brot war ok.', at: 1_700_000_000 });
    await postMeta(stack, metaPayload(page.pageId, [c]), page.appSecret);
    await eventually(() => messageByExternal(c.comment_id as string));
    const edit = { ...c, verb: 'edited', message: 'Das Brot war verbrannt und hart.', created_time: 1_700_000_600 };
    await postMeta(stack, metaPayload(page.pageId, [edit]), page.appSecret);
    const row = await eventually(async () => {
      const m = await messageByExternal(c.comment_id as string);
      return m?.text === 'Das Brot war verbrannt und hart.' ? m : null;
    });
    const detail = await http(stack, 'GET', `/api/workspaces/${admin.workspaceId}/conversations/${row.conversation_id}`, { token: admin.token });
    const m = detail.body.messages[0];
    expect(m.editedAt).toBe(new Date(1_700_000_600_000).toISOString());
    expect(m.edits).toEqual([{ previousText: 'Das Brot war ok.', newText: 'Das Brot war verbrannt und hart.', editedAt: new Date(1_700_000_600_000).toISOString() }]);
  });

  it('keeps the original text of a comment removed by its author', async () => {
    const c = metaComment(page.pageId, { text: 'Ihr seid die schlechteste Bäckerei der Stadt.', at: 1_700_000_000 });
    await postMeta(stack, metaPayload(page.pageId, [c]), page.appSecret);
    await eventually(() => messageByExternal(c.comment_id as string));
    const removal = { ...c, verb: 'remove', created_time: 1_700_000_100 };
    delete (removal as Record<string, unknown>).message;
    await postMeta(stack, metaPayload(page.pageId, [removal]), page.appSecret);
    const row = await eventually(async () => {
      const m = await messageByExternal(c.comment_id as string);
      return m?.platform_state === 'removed_by_author' ? m : null;
    });
    expect(row.text).toBe('Ihr seid die schlechteste Bäckerei der Stadt.');
  });

  it('makes a stub of an edit or removal arriving before its comment, and an older add never resurrects a removed comment', async () => {
    const id = `${page.pageId}_p1_early${Date.now()}`;
    const removal = metaComment(page.pageId, { id, verb: 'remove', at: 1_700_000_500 });
    delete (removal as Record<string, unknown>).message;
    await postMeta(stack, metaPayload(page.pageId, [removal]), page.appSecret);
    const stub = await eventually(() => messageByExternal(id));
    expect(stub).toMatchObject({ is_stub: true, platform_state: 'removed_by_author', text: null });
    const add = metaComment(page.pageId, { id, text: 'Der Kuchen war alt.', at: 1_700_000_000 });
    await postMeta(stack, metaPayload(page.pageId, [add]), page.appSecret);
    const filled = await eventually(async () => {
      const m = await messageByExternal(id);
      return m && !m.is_stub ? m : null;
    });
    expect(filled).toMatchObject({ platform_state: 'removed_by_author', text: 'Der Kuchen war alt.' });

    const id2 = `${page.pageId}_p1_early2${Date.now()}`;
    await postMeta(stack, metaPayload(page.pageId, [metaComment(page.pageId, { id: id2, verb: 'edited', text: 'Neuer Text', at: 1_700_000_900 })]), page.appSecret);
    await eventually(() => messageByExternal(id2));
    await postMeta(stack, metaPayload(page.pageId, [metaComment(page.pageId, { id: id2, text: 'Alter Text', at: 1_700_000_000 })]), page.appSecret);
    const edited = await eventually(async () => {
      const m = await messageByExternal(id2);
      return m && !m.is_stub ? m : null;
    });
    expect(edited.text).toBe('Neuer Text');
    const hist = (await stack.ds.query('SELECT previous_text, new_text FROM message_edits WHERE message_id = $1 ORDER BY id', [edited.id])) as unknown[];
    expect(hist).toContainEqual({ previous_text: 'Alter Text', new_text: 'Neuer Text' });
  });

  it('answers 404 for a page that is not connected and stores nothing', async () => {
    const before = await count('SELECT count(*) n FROM inbound_events');
    const res = await postMeta(stack, metaPayload('424242', [metaComment('424242')]), 'whatever-secret');
    expect(res.status).toBe(404);
    expect(await count('SELECT count(*) n FROM inbound_events')).toBe(before);
  });
});

describe('inbox read API', () => {
  it('filters by label and status, searches with stemming, and pages with a cursor', async () => {
    const texts = ['Die Brötchen waren kalt und hart, sehr enttäuschend.', 'Was kosten die Brötchen am Wochenende?', 'Beste Brötchen weit und breit, danke!'];
    const changes = texts.map((text) => metaComment(page.pageId, { text }));
    await postMeta(stack, metaPayload(page.pageId, changes), page.appSecret);
    for (const c of changes) await eventually(() => messageByExternal(c.comment_id as string));

    const base = `/api/workspaces/${admin.workspaceId}/conversations`;
    const all: string[] = [];
    let cursor: string | null = null;
    do {
      const res: { status: number; body: { items: { id: string; lastMessage: { text: string; externalId: string } }[]; nextCursor: string | null } } = await http(
        stack,
        'GET',
        `${base}?limit=3${cursor ? `&cursor=${cursor}` : ''}`,
        { token: admin.token },
      );
      expect(res.status).toBe(200);
      expect(res.body.items.length).toBeLessThanOrEqual(3);
      all.push(...res.body.items.map((i) => i.id));
      cursor = res.body.nextCursor;
    } while (cursor);
    const total = await count('SELECT count(*) n FROM conversations WHERE workspace_id = $1', [admin.workspaceId]);
    expect(all).toHaveLength(total);
    expect(new Set(all).size).toBe(total);

    const search = await http(stack, 'GET', `${base}?q=${encodeURIComponent('brötchen')}`, { token: admin.token });
    expect(search.body.items).toHaveLength(3);
    // German stemming: "kalten" finds "kalt".
    const stemmed = await http(stack, 'GET', `${base}?q=${encodeURIComponent('kalten Brötchen')}`, { token: admin.token });
    expect(stemmed.body.items.map((i: { lastMessage: { externalId: string } }) => i.lastMessage.externalId)).toEqual([changes[0]!.comment_id]);

    const questions = await http(stack, 'GET', `${base}?label=question&q=Brötchen`, { token: admin.token });
    expect(questions.body.items.map((i: { lastMessage: { externalId: string } }) => i.lastMessage.externalId)).toEqual([changes[1]!.comment_id]);

    const waiting = await http(stack, 'GET', `${base}?sort=longest_waiting&status=open&limit=200`, { token: admin.token });
    const since = waiting.body.items.map((i: { waitingSince: string }) => i.waitingSince);
    expect(since.every((s: string | null) => s !== null)).toBe(true);
    expect([...since].sort()).toEqual(since);

    expect((await http(stack, 'GET', `${base}?label=angry`, { token: admin.token })).status).toBe(400);
    expect((await http(stack, 'GET', `${base}?cursor=garbage`, { token: admin.token })).status).toBe(400);
  });

  it('reports PostgreSQL, Redis and the queue depth on /api/health', async () => {
    const res = await http(stack, 'GET', '/api/health');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: 'ok', postgres: { ok: true }, redis: { ok: true }, queues: { ingest: { waiting: expect.any(Number) } } });
  });

  it('serves the OpenAPI document', async () => {
    const res = await http(stack, 'GET', '/api/docs/openapi.json');
    expect(res.status).toBe(200);
    expect(Object.keys(res.body.paths)).toEqual(expect.arrayContaining(['/api/auth/login', '/api/workspaces/{workspaceId}/conversations', '/api/webhooks/meta']));
  });
});

describe('realtime', () => {
  it('delivers events to the workspace’s sockets only, and refuses sockets without a valid token', async () => {
    const mine = await connectSocket(stack, admin.token);
    const stranger = await newMember(stack, { role: 'agent' });
    const theirs = await connectSocket(stack, stranger.token);
    expect(mine.workspaceIds).toEqual([admin.workspaceId]);
    await expect(connectSocket(stack, undefined)).rejects.toThrow(/unauthorized/);
    await expect(connectSocket(stack, 'forged.token.value')).rejects.toThrow(/unauthorized/);

    const strangerGot: unknown[] = [];
    theirs.socket.onAny((...args) => strangerGot.push(args));
    const got = new Promise<{ externalId: string; label: string | null; conversationId: string }>((resolve) => {
      mine.socket.on('message.created', (m) => {
        if (m.externalId === change.comment_id) resolve(m);
      });
    });
    const convCreated = new Promise<ConversationSummary>((resolve) => mine.socket.on('conversation.created', resolve));
    const change = metaComment(page.pageId, { text: 'Super freundliches Team, danke!' });
    await postMeta(stack, metaPayload(page.pageId, [change]), page.appSecret);
    const m = await got;
    expect(m.label).toBe('praise');
    // The summary of a new conversation is built by the worker from what it wrote; it equals the
    // one read from the database.
    const conv = await convCreated;
    expect(conv.id).toBe(m.conversationId);
    expect(conv).toEqual((await new InboxRepository(stack.ds).summaries(admin.workspaceId, [conv.id]))[0]);
    expect(conv.lastMessage).toMatchObject({ externalId: change.comment_id, authorName: expect.any(String) });
    // the event carries the message as the api serves it
    const detail = await http(stack, 'GET', `/api/workspaces/${admin.workspaceId}/conversations/${m.conversationId}`, { token: admin.token });
    const served = detail.body.messages.find((x: { externalId: string }) => x.externalId === change.comment_id);
    const { edits, ...view } = served;
    expect(edits).toEqual([]);
    expect(view.author).toMatchObject({ id: expect.any(String), externalId: expect.any(String), name: expect.any(String) });
    expect(m).toEqual(view);
    await new Promise((r) => setTimeout(r, 300));
    expect(strangerGot).toEqual([]);
    mine.socket.close();
    theirs.socket.close();
  });
});

describe('realtime across api instances', () => {
  it('delivers the worker’s events and another instance’s broadcasts to sockets on every api instance', async () => {
    const second = await startStack(env, { worker: false });
    const here = await connectSocket(stack, admin.token);
    const there = await connectSocket(second, admin.token);
    try {
      const change = metaComment(page.pageId, { text: 'Wann öffnet ihr morgen? <b>&amp;</b>' });
      const got = (s: typeof here) =>
        new Promise<MessageView>((resolve) => {
          s.socket.on('message.created', (m) => {
            if (m.externalId === change.comment_id) resolve(m);
          });
        });
      const arriving = [got(here), got(there)];
      expect((await postMeta(second, metaPayload(page.pageId, [change]), page.appSecret)).status).toBe(200);
      const [a, b] = await Promise.all(arriving);
      expect(a).toEqual(b);
      expect(a).toMatchObject({ text: 'Wann öffnet ihr morgen? <b>&amp;</b>', label: 'question' });

      // presence announced on one instance reaches the other's sockets (socket.io's Redis adapter)
      const presence = new Promise<unknown>((resolve) => there.socket.on('presence.updated', resolve));
      const ack = await here.socket.timeout(5000).emitWithAck('presence.view', { conversationId: a.conversationId });
      expect(ack).toEqual({ ok: true });
      expect(await presence).toMatchObject({ conversationId: a.conversationId });
    } finally {
      here.socket.close();
      there.socket.close();
      await second.close();
    }
  });
});

describe('durability', () => {
  it('loses nothing when the worker is stopped and restarted mid-stream', async () => {
    const changes = Array.from({ length: 200 }, (_, i) => metaComment(page.pageId, { text: `Frage Nummer ${i}: habt ihr morgen offen?` }));
    const batches = Array.from({ length: 20 }, (_, i) => changes.slice(i * 10, i * 10 + 10));
    const sending = (async () => {
      for (const b of batches) {
        expect((await postMeta(stack, metaPayload(page.pageId, b), page.appSecret)).status).toBe(200);
      }
    })();
    await new Promise((r) => setTimeout(r, 30));
    await stack.stopWorker();
    await sending;
    await stack.startWorker();
    const ids = changes.map((c) => c.comment_id as string);
    await eventually(async () => (await count('SELECT count(*) n FROM messages WHERE external_id = ANY($1)', [ids])) === 200, 20_000, 'all 200 comments');
    expect(await count(`SELECT count(*) n FROM inbound_events WHERE status <> 'processed'`)).toBe(0);
  });

  it('processes events that were stored but never queued (the api died in between) when a worker starts', async () => {
    await stack.stopWorker();
    const change = metaComment(page.pageId, { text: 'Gespeichert, aber nie eingereiht.' });
    const payload = metaPayload(page.pageId, [change]);
    await stack.ds.query(
      `INSERT INTO inbound_events (workspace_id, channel_id, dedupe_key, source, payload, received_at)
       VALUES ($1, $2, $3, 'webhook', $4, now() - interval '5 minutes')`,
      [admin.workspaceId, page.id, `orphan-${change.comment_id}`, JSON.stringify(payload)],
    );
    await stack.startWorker();
    const row = await eventually(() => messageByExternal(change.comment_id as string), 10_000, 'the orphaned event to be processed');
    expect(row.text).toBe('Gespeichert, aber nie eingereiht.');
  });
});

