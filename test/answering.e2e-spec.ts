/**
 * Answering from the inbox against the real api, worker, PostgreSQL, Redis, BullMQ and
 * socket.io, with a local fake of the Graph API standing in for Facebook.
 */
import { eventually, createTestEnv, type TestEnv } from './support/test-env.js';
import { startFakeGraph, type FakeGraph } from './support/fake-graph.js';
import { startChildWorker } from './support/child-worker.js';
import { connectSocket, http, metaComment, metaPayload, newFacebookChannel, newMember, postMeta, startStack, type ClientSocket, type Stack } from './support/stack.js';

const PAGE_ID = '555000111';
let fake: FakeGraph;
let env: TestEnv;
let stack: Stack;
const sockets: ClientSocket[] = [];

interface Team {
  workspaceId: string;
  admin: { token: string; userId: string };
  lead: { token: string; userId: string };
  agent: { token: string; userId: string };
  agent2: { token: string; userId: string };
  exec: { token: string; userId: string };
  channel: { id: string; pageId: string; appSecret: string };
}

let team: Team;

beforeAll(async () => {
  fake = await startFakeGraph({ pageId: PAGE_ID, token: 'page-token' });
  env = await createTestEnv({ META_GRAPH_URL: fake.url, QUEUE_LOCK_MS: '2000', PLATFORM_TIMEOUT_MS: '3000' });
  stack = await startStack(env);
  const admin = await newMember(stack, { role: 'admin' });
  const ws = admin.workspaceId;
  const lead = await newMember(stack, { workspaceId: ws, role: 'lead' });
  const agent = await newMember(stack, { workspaceId: ws, role: 'agent' });
  const agent2 = await newMember(stack, { workspaceId: ws, role: 'agent' });
  const exec = await newMember(stack, { workspaceId: ws, role: 'exec' });
  const channel = await newFacebookChannel(stack, admin, PAGE_ID);
  team = { workspaceId: ws, admin, lead, agent, agent2, exec, channel };
}, 60_000);

afterAll(async () => {
  for (const s of sockets) s.close();
  await stack?.close();
  await fake?.close();
  await env?.cleanup();
});

const api = (method: string, path: string, token: string, body?: unknown) => http(stack, method, `/api/workspaces/${team.workspaceId}${path}`, { token, body });

let postSeq = 0;
/** A new top-level comment from a fan through the Meta webhook; resolves with its conversation. */
async function fanComment(text: string): Promise<{ conversationId: string; messageId: string; externalId: string }> {
  const post = `${PAGE_ID}_post${++postSeq}`;
  const c = metaComment(PAGE_ID, { post, text, from: { id: `fan-${postSeq}`, name: `Fan ${postSeq}` } });
  fake.addComment({ id: c.comment_id as string, message: text, fromId: `fan-${postSeq}`, fromName: `Fan ${postSeq}`, parentId: post });
  const res = await postMeta(stack, metaPayload(PAGE_ID, [c]), team.channel.appSecret);
  expect(res.status).toBe(200);
  return eventually(async () => {
    const [row] = (await stack.ds.query(`SELECT id, conversation_id FROM messages WHERE external_id = $1`, [c.comment_id])) as { id: string; conversation_id: string }[];
    return row ? { conversationId: row.conversation_id, messageId: row.id, externalId: c.comment_id as string } : null;
  }, 10_000, 'the comment to be ingested');
}

async function detail(conversationId: string, token = team.agent.token) {
  const res = await api('GET', `/conversations/${conversationId}`, token);
  expect(res.status).toBe(200);
  return res.body;
}

async function waitReply(conversationId: string, state: string, timeoutMs = 15_000) {
  return eventually(async () => {
    const d = await detail(conversationId);
    return d.replies.find((r: { state: string }) => r.state === state) ?? null;
  }, timeoutMs, `a reply in state ${state}`);
}

describe('replies through the platform', () => {
  it('sends a reply to the comment through the Graph API, records who answered and when, and matches the webhook echo', async () => {
    const c = await fanComment('Meine Bestellung ist seit drei Wochen nicht angekommen, niemand meldet sich!');
    const before = fake.count('POST', /\/comments$/);
    const sent = await api('POST', `/conversations/${c.conversationId}/replies`, team.agent.token, {
      text: 'Hallo, das tut uns leid! Wir kümmern uns sofort darum und melden uns per Nachricht bei Ihnen.',
    });
    expect(sent.status).toBe(202);
    expect(sent.body.reply.state).toBe('queued');

    const reply = await waitReply(c.conversationId, 'sent');
    expect(fake.count('POST', /\/comments$/)).toBe(before + 1);
    const onPlatform = fake.repliesTo(c.externalId);
    expect(onPlatform).toHaveLength(1);
    expect(onPlatform[0]!.id).toBe(reply.externalId);
    expect(onPlatform[0]!.from.id).toBe(PAGE_ID);

    const d = await detail(c.conversationId);
    expect(d.status).toBe('answered');
    expect(d.waitingSince).toBeNull();
    expect(d.firstResponseBy).toBe(team.agent.userId);
    expect(d.firstResponseAt).not.toBeNull();
    const inbound = d.messages.find((m: { id: string }) => m.id === c.messageId);
    expect(inbound.firstResponseBy).toBe(team.agent.userId);
    const outbound = d.messages.filter((m: { direction: string }) => m.direction === 'outbound');
    expect(outbound).toHaveLength(1);
    expect(outbound[0].origin).toBe('agent');
    expect(outbound[0].sentByUserId).toBe(team.agent.userId);

    // The platform echoes our reply as the page's own comment: matched, not a new message.
    const echo = metaComment(PAGE_ID, { id: reply.externalId, post: c.externalId.split('_c')[0], parent: c.externalId, text: reply.text, from: { id: PAGE_ID, name: 'Test page' } });
    expect((await postMeta(stack, metaPayload(PAGE_ID, [echo]), team.channel.appSecret)).status).toBe(200);
    await eventually(async () => {
      const [e] = (await stack.ds.query(`SELECT count(*)::int AS n FROM inbound_events WHERE status = 'processed' AND payload::text LIKE $1`, [`%${reply.externalId}%`])) as { n: number }[];
      return e!.n > 0;
    }, 10_000, 'the echo to be processed');
    const after = await detail(c.conversationId);
    expect(after.messages.filter((m: { direction: string }) => m.direction === 'outbound')).toHaveLength(1);
    expect(after.messageCount).toBe(2);
    const [convs] = (await stack.ds.query(`SELECT count(*)::int AS n FROM conversations WHERE root_external_id = $1`, [reply.externalId])) as { n: number }[];
    expect(convs!.n).toBe(0);
  });

  it('matches an echo that arrives before the platform answered the send', async () => {
    const c = await fanComment('Habt ihr am Sonntag geöffnet?');
    const held = fake.holdNext('POST', /\/comments$/);
    await api('POST', `/conversations/${c.conversationId}/replies`, team.agent.token, { text: 'Ja, sonntags von 8 bis 12 Uhr. Wir freuen uns auf Ihren Besuch!' });
    await held.arrived;
    const created = fake.repliesTo(c.externalId);
    expect(created).toHaveLength(1);
    const echo = metaComment(PAGE_ID, { id: created[0]!.id, post: `${PAGE_ID}_post${postSeq}`, parent: c.externalId, text: created[0]!.message, from: { id: PAGE_ID, name: 'Test page' } });
    await postMeta(stack, metaPayload(PAGE_ID, [echo]), team.channel.appSecret);
    await eventually(async () => {
      const rows = (await stack.ds.query(`SELECT origin FROM messages WHERE external_id = $1`, [created[0]!.id])) as { origin: string }[];
      return rows.length === 1;
    }, 10_000, 'the echo stored as the page’s comment');
    held.release();
    await waitReply(c.conversationId, 'sent');
    const rows = (await stack.ds.query(`SELECT origin, sent_by_user_id FROM messages WHERE conversation_id = $1 AND direction = 'outbound'`, [c.conversationId])) as {
      origin: string;
      sent_by_user_id: string;
    }[];
    expect(rows).toEqual([{ origin: 'agent', sent_by_user_id: team.agent.userId }]);
    const d = await detail(c.conversationId);
    expect(d.firstResponseBy).toBe(team.agent.userId);
  });

  it('posts a reply exactly once when the worker is killed mid-send and another one takes over', async () => {
    const c = await fanComment('Wann liefert ihr wieder Dinkelbrot?');
    await stack.stopWorker();
    const child = await startChildWorker(env, { META_GRAPH_URL: fake.url, QUEUE_LOCK_MS: '2000', PLATFORM_TIMEOUT_MS: '3000' });
    try {
      const held = fake.holdNext('POST', /\/comments$/);
      const before = fake.count('POST', /\/comments$/);
      await api('POST', `/conversations/${c.conversationId}/replies`, team.agent.token, { text: 'Ab Donnerstag wieder, danke für Ihre Geduld!' });
      await held.arrived; // the platform has the reply; the worker never reads the answer
      await child.kill();
      fake.dropHeld();
    } finally {
      await child.kill();
    }
    await stack.startWorker();
    const reply = await waitReply(c.conversationId, 'sent', 30_000);
    expect(fake.repliesTo(c.externalId)).toHaveLength(1);
    expect(fake.repliesTo(c.externalId)[0]!.id).toBe(reply.externalId);
    // one POST that created it, and the new worker only looked (GET) before deciding
    expect(fake.requests.filter((r) => r.method === 'POST' && r.path === `/${c.externalId}/comments`)).toHaveLength(1);
    expect(fake.requests.some((r) => r.method === 'GET' && r.path === `/${c.externalId}/comments`)).toBe(true);
  }, 60_000);

  it('retries a reply after server errors with backoff, and sends it once', async () => {
    const c = await fanComment('Gibt es die Torte auch glutenfrei?');
    fake.failNext(2, { status: 500, error: { message: 'An unexpected error has occurred. Please retry your request later.', type: 'OAuthException', code: 2 } }, { method: 'POST' });
    await api('POST', `/conversations/${c.conversationId}/replies`, team.agent.token, { text: 'Ja, auf Vorbestellung backen wir sie gern glutenfrei für Sie.' });
    const reply = await waitReply(c.conversationId, 'sent', 30_000);
    expect(reply.attempts).toBeGreaterThanOrEqual(3);
    expect(fake.repliesTo(c.externalId)).toHaveLength(1);
  }, 40_000);

  it('marks the channel as needing re-auth when the platform rejects the token, fails the reply with a reason, and works again after reconnecting', async () => {
    const c = await fanComment('Warum antwortet hier niemand?');
    fake.setToken('rotated-token');
    try {
      await api('POST', `/conversations/${c.conversationId}/replies`, team.agent.token, { text: 'Entschuldigung für die Wartezeit, wir sind jetzt für Sie da.' });
      const failed = await waitReply(c.conversationId, 'failed');
      expect(failed.errorKind).toBe('permanent');
      expect(failed.error).toMatch(/reconnect/i);
      const ch = await api('GET', `/channels/${team.channel.id}`, team.admin.token);
      expect(ch.body.health).toBe('needs_reauth');
      const refused = await api('POST', `/conversations/${c.conversationId}/replies`, team.agent.token, { text: 'Zweiter Versuch mit einer Antwort.' });
      expect(refused.status).toBe(409);
      expect(refused.body.error).toBe('channel_needs_reauth');
      const reconnected = await api('PUT', `/channels/${team.channel.id}/credentials`, team.admin.token, { accessToken: 'rotated-token' });
      expect(reconnected.status).toBe(200);
      expect(reconnected.body.health).toBe('ok');
      const retried = await api('POST', `/replies/${failed.id}/retry`, team.agent.token);
      expect(retried.status).toBe(202);
      await waitReply(c.conversationId, 'sent');
      expect(fake.repliesTo(c.externalId)).toHaveLength(1);
    } finally {
      fake.setToken('page-token');
      await api('PUT', `/channels/${team.channel.id}/credentials`, team.admin.token, { accessToken: 'page-token' });
    }
  }, 30_000);

  it("refuses a reply while a colleague's reply to the same message is in flight, unless confirmed", async () => {
    const c = await fanComment('Kann ich bei euch auch mit Karte zahlen?');
    const held = fake.holdNext('POST', /\/comments$/);
    const first = await api('POST', `/conversations/${c.conversationId}/replies`, team.agent.token, { text: 'Ja, natürlich, auch kontaktlos.' });
    expect(first.status).toBe(202);
    await held.arrived;
    const second = await api('POST', `/conversations/${c.conversationId}/replies`, team.agent2.token, { text: 'Ja, Kartenzahlung geht bei uns.' });
    expect(second.status).toBe(409);
    expect(second.body.error).toBe('reply_in_flight');
    expect(second.body.inFlight).toHaveLength(1);
    const confirmed = await api('POST', `/conversations/${c.conversationId}/replies`, team.agent2.token, { text: 'Ja, Kartenzahlung geht bei uns.', confirm: true });
    expect(confirmed.status).toBe(202);
    held.release();
    await eventually(async () => (await detail(c.conversationId)).replies.every((r: { state: string }) => r.state === 'sent'), 15_000, 'both replies sent');
  }, 30_000);

  it('rejects an empty or oversized reply with a reason and stores nothing', async () => {
    const c = await fanComment('Preise für Hochzeitstorten?');
    const empty = await api('POST', `/conversations/${c.conversationId}/replies`, team.agent.token, { text: '   ' });
    expect(empty.status).toBe(400);
    expect(empty.body.message).toMatch(/text/);
    const long = await api('POST', `/conversations/${c.conversationId}/replies`, team.agent.token, { text: 'x'.repeat(8001) });
    expect(long.status).toBe(400);
    expect((await detail(c.conversationId)).replies).toHaveLength(0);
  });
});

describe('deletion policy', () => {
  it("makes an agent's removal of a complaint for 'other' wait for a lead; the platform sees nothing until approval", async () => {
    const c = await fanComment('Euer Kuchen war trocken und der Service unfreundlich. Nie wieder!');
    expect((await detail(c.conversationId)).label).toBe('complaint');
    const req = await api('POST', `/messages/${c.messageId}/moderation`, team.agent.token, {
      action: 'delete',
      reasonCode: 'other',
      justification: 'Der Kommentar schadet unserem Ruf auf der Seite.',
    });
    expect(req.status).toBe(202);
    expect(req.body.outcome).toBe('pending_approval');
    expect(req.body.request.status).toBe('pending');
    expect(req.body.guidance.why.length).toBeGreaterThan(0);
    expect(req.body.guidance.insteadDo.length).toBeGreaterThan(0);
    await new Promise((r) => setTimeout(r, 500));
    expect(fake.requests.some((r) => r.path === `/${c.externalId}` && r.method !== 'GET')).toBe(false);
    expect(fake.comments().find((x) => x.id === c.externalId)!.deleted).toBe(false);

    // agents can't decide, leads can
    expect((await api('POST', `/moderation-requests/${req.body.request.id}/decision`, team.agent.token, { decision: 'approve' })).status).toBe(403);
    const pending = await api('GET', '/moderation-requests?status=pending', team.lead.token);
    expect(pending.body.map((r: { id: string }) => r.id)).toContain(req.body.request.id);
    const ok = await api('POST', `/moderation-requests/${req.body.request.id}/decision`, team.lead.token, { decision: 'approve', note: 'Ausnahmsweise, Beleidigung des Personals.' });
    expect(ok.status).toBe(200);
    await eventually(async () => (await api('GET', `/moderation-requests/${req.body.request.id}`, team.lead.token)).body.status === 'done', 15_000, 'the delete to run');
    expect(fake.requests.filter((r) => r.method === 'DELETE' && r.path === `/${c.externalId}`)).toHaveLength(1);
    expect(fake.comments().find((x) => x.id === c.externalId)!.deleted).toBe(true);

    const d = await detail(c.conversationId);
    const msg = d.messages.find((m: { id: string }) => m.id === c.messageId);
    expect(msg.platformState).toBe('deleted_by_us');
    expect(msg.text).toBe('Euer Kuchen war trocken und der Service unfreundlich. Nie wieder!');
    // a deleted complaint stays unanswered
    expect(d.waitingSince).not.toBeNull();
    expect(d.status).toBe('open');

    const log = await api('GET', `/audit?conversationId=${c.conversationId}`, team.lead.token);
    expect(log.body.items.map((e: { action: string }) => e.action).reverse()).toEqual(['moderation.requested', 'moderation.approved', 'moderation.executed']);
  }, 30_000);

  it('keeps a removed complaint unanswered even after a public reply in the thread', async () => {
    const c = await fanComment('Die Brötchen waren heute schon wieder verbrannt, schlechter Service.');
    const req = await api('POST', `/messages/${c.messageId}/moderation`, team.lead.token, { action: 'hide', reasonCode: 'other', justification: 'Lead entscheidet: doppelt gepostet im Thread.' });
    expect(req.body.outcome).toBe('queued');
    expect(req.body.request.selfApproved).toBe(true);
    await eventually(async () => (await api('GET', `/moderation-requests/${req.body.request.id}`, team.lead.token)).body.status === 'done', 15_000, 'the hide');
    await api('POST', `/conversations/${c.conversationId}/replies`, team.agent.token, { text: 'Das tut uns leid, danke für den Hinweis. Wir sprechen mit der Backstube.' });
    await waitReply(c.conversationId, 'sent');
    const d = await detail(c.conversationId);
    const msg = d.messages.find((m: { id: string }) => m.id === c.messageId);
    expect(msg.firstResponseAt).toBeNull();
    expect(d.waitingSince).not.toBeNull();
    expect(d.status).toBe('open');
  }, 30_000);

  it("a lead's rejection leaves the platform untouched", async () => {
    const c = await fanComment('Total überteuert und dann noch schlecht. Enttäuschend.');
    const req = await api('POST', `/messages/${c.messageId}/moderation`, team.agent.token, { action: 'delete', reasonCode: 'duplicate', justification: 'Gleicher Text steht schon weiter oben.' });
    expect(req.body.outcome).toBe('pending_approval');
    const noNote = await api('POST', `/moderation-requests/${req.body.request.id}/decision`, team.lead.token, { decision: 'reject' });
    expect(noNote.status).toBe(400);
    const rejected = await api('POST', `/moderation-requests/${req.body.request.id}/decision`, team.lead.token, { decision: 'reject', note: 'Bitte sachlich antworten statt löschen.' });
    expect(rejected.body.status).toBe('rejected');
    await new Promise((r) => setTimeout(r, 300));
    expect(fake.requests.some((r) => r.method === 'DELETE' && r.path === `/${c.externalId}`)).toBe(false);
    expect((await detail(c.conversationId)).messages.find((m: { id: string }) => m.id === c.messageId).platformState).toBe('visible');
  });

  it('lets an agent remove spam at once, audited, keeping the original text', async () => {
    const c = await fanComment('Verdiene 5000€ pro Woche von zuhause!!! Klick hier: http://spam.example/x http://spam.example/y http://spam.example/z');
    const req = await api('POST', `/messages/${c.messageId}/moderation`, team.agent.token, { action: 'delete', reasonCode: 'spam' });
    expect(req.status).toBe(202);
    expect(req.body.outcome).toBe('queued');
    await eventually(async () => (await api('GET', `/moderation-requests/${req.body.request.id}`, team.agent.token)).body.status === 'done', 15_000, 'the delete');
    expect(fake.requests.filter((r) => r.method === 'DELETE' && r.path === `/${c.externalId}`)).toHaveLength(1);
    const d = await detail(c.conversationId);
    const msg = d.messages.find((m: { id: string }) => m.id === c.messageId);
    expect(msg.platformState).toBe('deleted_by_us');
    expect(msg.text).toContain('Verdiene 5000€');
    const log = await api('GET', `/audit?conversationId=${c.conversationId}&action=moderation.requested,moderation.executed`, team.admin.token);
    expect(log.body.items).toHaveLength(2);
    expect(log.body.items[1].actorId).toBe(team.agent.userId);
    expect(log.body.items[1].data.reasonCode).toBe('spam');
  }, 30_000);

  it('rejects requests without a reason code or justification, and executives cannot moderate', async () => {
    const c = await fanComment('Ihr seid die schlechteste Bäckerei der Stadt.');
    const noReason = await api('POST', `/messages/${c.messageId}/moderation`, team.agent.token, { action: 'hide' });
    expect(noReason.status).toBe(400);
    expect(noReason.body.problems.map((p: { field: string }) => p.field)).toContain('reasonCode');
    const short = await api('POST', `/messages/${c.messageId}/moderation`, team.agent.token, { action: 'hide', reasonCode: 'abuse', justification: 'weg' });
    expect(short.status).toBe(400);
    expect(short.body.problems.map((p: { field: string }) => p.field)).toContain('justification');
    expect((await api('POST', `/messages/${c.messageId}/moderation`, team.exec.token, { action: 'hide', reasonCode: 'spam' })).status).toBe(403);
    expect((await api('GET', '/moderation-requests', team.lead.token)).body.some((r: { messageId: string }) => r.messageId === c.messageId)).toBe(false);
  });

  it('under the stricter workspace policy every removal by an agent waits', async () => {
    expect((await api('PATCH', '/settings', team.agent.token, { removalApproval: 'all' })).status).toBe(403);
    expect((await api('PATCH', '/settings', team.admin.token, { removalApproval: 'none' })).status).toBe(400);
    expect((await api('PATCH', '/settings', team.admin.token, { removalApproval: 'all' })).body.removalApproval).toBe('all');
    try {
      const c = await fanComment('Ganz tolles Brot, gerne wieder!');
      const req = await api('POST', `/messages/${c.messageId}/moderation`, team.agent.token, { action: 'hide', reasonCode: 'abuse', justification: 'Enthält eine Beleidigung in der zweiten Zeile.' });
      expect(req.body.outcome).toBe('pending_approval');
    } finally {
      await api('PATCH', '/settings', team.admin.token, { removalApproval: 'complaints' });
    }
    const log = await api('GET', '/audit?action=settings.changed', team.lead.token);
    expect(log.body.items.length).toBeGreaterThanOrEqual(2);
  });
});

describe('workflow', () => {
  it('assigns: agents themselves, leads anyone; executives read only', async () => {
    const c = await fanComment('Habt ihr noch Plätze im Backkurs?');
    expect((await api('POST', `/conversations/${c.conversationId}/assign`, team.agent.token, { assigneeId: team.agent2.userId })).status).toBe(403);
    expect((await api('POST', `/conversations/${c.conversationId}/assign`, team.agent.token, { assigneeId: team.agent.userId })).status).toBe(204);
    expect((await api('POST', `/conversations/${c.conversationId}/assign`, team.agent2.token, { assigneeId: team.agent2.userId })).status).toBe(409);
    expect((await api('POST', `/conversations/${c.conversationId}/assign`, team.lead.token, { assigneeId: team.agent2.userId })).status).toBe(204);
    expect((await api('POST', `/conversations/${c.conversationId}/assign`, team.lead.token, { assigneeId: team.exec.userId })).status).toBe(400);
    expect((await api('POST', `/conversations/${c.conversationId}/assign`, team.exec.token, { assigneeId: null })).status).toBe(403);
    expect((await detail(c.conversationId, team.exec.token)).assigneeId).toBe(team.agent2.userId);
    const mine = await api('GET', `/conversations?assignee=${team.agent2.userId}`, team.agent.token);
    expect(mine.body.items.map((i: { id: string }) => i.id)).toContain(c.conversationId);
  });

  it('resolves and reopens on a new inbound message; internal notes never reach the platform or count as a response', async () => {
    const c = await fanComment('Ist der Laden barrierefrei?');
    const requestsBefore = fake.requests.length;
    const note = await api('POST', `/conversations/${c.conversationId}/notes`, team.agent.token, { body: 'Rampe am Hintereingang, Chef fragen.' });
    expect(note.status).toBe(201);
    expect(fake.requests.length).toBe(requestsBefore);
    let d = await detail(c.conversationId);
    expect(d.notes.map((n: { body: string }) => n.body)).toEqual(['Rampe am Hintereingang, Chef fragen.']);
    expect(d.firstResponseAt).toBeNull();
    expect(d.waitingSince).not.toBeNull();
    expect((await api('POST', `/conversations/${c.conversationId}/status`, team.agent.token, { status: 'resolved' })).status).toBe(204);
    expect((await detail(c.conversationId)).status).toBe('resolved');
    const again = metaComment(PAGE_ID, { post: `${PAGE_ID}_post${postSeq}`, parent: c.externalId, text: 'Hallo? Noch jemand da?', from: { id: 'fan-x', name: 'Fan X' } });
    await postMeta(stack, metaPayload(PAGE_ID, [again]), team.channel.appSecret);
    d = await eventually(async () => {
      const x = await detail(c.conversationId);
      return x.status === 'open' ? x : null;
    }, 10_000, 'the conversation to reopen');
    expect(d.messageCount).toBe(2);
  });

  it('records a label correction and exports corrections as JSONL', async () => {
    const c = await fanComment('Habt ihr heute schon wieder zu?');
    const before = (await detail(c.conversationId)).messages[0].label;
    // whatever the classifier said, the person says otherwise
    const to = before === 'complaint' ? 'question' : 'complaint';
    const same = await api('POST', `/messages/${c.messageId}/label`, team.agent.token, { label: before });
    expect(same.status).toBe(409);
    const res = await api('POST', `/messages/${c.messageId}/label`, team.agent.token, { label: to, note: 'Sarkasmus?' });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ from: before, to });
    const d = await detail(c.conversationId);
    expect(d.label).toBe(to);
    expect(d.messages[0].labelCorrectedBy).toBe(team.agent.userId);
    expect((await api('GET', '/label-corrections/export', team.agent.token)).status).toBe(403);
    const exp = await fetch(`${stack.baseUrl}/api/workspaces/${team.workspaceId}/label-corrections/export`, { headers: { authorization: `Bearer ${team.lead.token}` } });
    expect(exp.status).toBe(200);
    expect(exp.headers.get('content-type')).toMatch(/application\/x-ndjson/);
    const lines = (await exp.text()).trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    const line = lines.find((l) => l.messageId === c.messageId);
    expect(line).toMatchObject({ from: before, to, text: 'Habt ihr heute schon wieder zu?', by: team.agent.userId, note: 'Sarkasmus?' });
    expect(typeof line!.rulesVersion).toBe('string');
  });

  it("keeps a person's label when the author edits the comment and it is classified again", async () => {
    const c = await fanComment('Habt ihr morgen geöffnet?');
    expect((await api('POST', `/messages/${c.messageId}/label`, team.agent.token, { label: 'praise' })).status).toBe(200);
    const edit = metaComment(PAGE_ID, { id: c.externalId, verb: 'edited', post: `${PAGE_ID}_post${postSeq}`, text: 'Habt ihr morgen geöffnet? Danke!', at: Math.floor(Date.now() / 1000) + 5 });
    await postMeta(stack, metaPayload(PAGE_ID, [edit]), team.channel.appSecret);
    const msg = await eventually(async () => {
      const m = (await detail(c.conversationId)).messages.find((x: { id: string }) => x.id === c.messageId);
      return m.text === 'Habt ihr morgen geöffnet? Danke!' ? m : null;
    }, 10_000, 'the edit');
    expect(msg.label).toBe('praise');
    expect(msg.edits).toHaveLength(1);
  });

  it('records whether a critique was justified and reminds when the change was not communicated back', async () => {
    await api('PATCH', '/settings', team.admin.token, { followUpDays: 0 });
    const socket = (await connectSocket(stack, team.lead.token)).socket;
    sockets.push(socket);
    const reminders: unknown[] = [];
    socket.on('reminder.due', (p) => reminders.push(p));
    const c = await fanComment('Die Parkplätze vor dem Laden sind immer zugeparkt, ärgerlich.');
    const q = await fanComment('Habt ihr auch vegane Croissants?');
    expect((await api('PUT', `/conversations/${q.conversationId}/critique`, team.agent.token, { justified: 'yes' })).status).toBe(400);
    const res = await api('PUT', `/conversations/${c.conversationId}/critique`, team.agent.token, { justified: 'yes', changeMade: 'Zwei Kundenparkplätze ausgeschildert.' });
    expect(res.status).toBe(200);
    expect(res.body.communicated).toBe(false);
    await eventually(async () => reminders.some((r) => (r as { conversationId: string }).conversationId === c.conversationId), 10_000, 'the reminder');
    const overdue = await api('GET', '/critique-outcomes?overdue=true', team.lead.token);
    expect(overdue.body.map((o: { conversationId: string }) => o.conversationId)).toContain(c.conversationId);
    const done = await api('PUT', `/conversations/${c.conversationId}/critique`, team.agent.token, { justified: 'yes', changeMade: 'Zwei Kundenparkplätze ausgeschildert.', communicated: true });
    expect(done.body.overdue).toBe(false);
    expect((await api('GET', '/critique-outcomes?overdue=true', team.lead.token)).body.map((o: { conversationId: string }) => o.conversationId)).not.toContain(c.conversationId);
    const log = await api('GET', `/audit?conversationId=${c.conversationId}&action=critique.follow_up_overdue`, team.lead.token);
    expect(log.body.items).toHaveLength(1);
    await api('PATCH', '/settings', team.admin.token, { followUpDays: 7 });
  });

  it('keeps the audit log append-only and readable by leads and admins only', async () => {
    expect((await api('GET', '/audit', team.agent.token)).status).toBe(403);
    expect((await api('GET', '/audit', team.exec.token)).status).toBe(403);
    const page = await api('GET', '/audit?limit=2', team.admin.token);
    expect(page.body.items).toHaveLength(2);
    const next = await api('GET', `/audit?limit=2&before=${page.body.nextBefore}`, team.admin.token);
    expect(Number(next.body.items[0].id)).toBeLessThan(Number(page.body.items[1].id));
    await expect(stack.ds.query(`UPDATE audit_events SET action = 'x'`)).rejects.toThrow(/append-only/);
    await expect(stack.ds.query(`DELETE FROM audit_events`)).rejects.toThrow(/append-only/);
  });
});

describe('guidance', () => {
  it('serves playbooks in the workspace language with templates filled in, and the check of a draft', async () => {
    const c = await fanComment('Meine Torte kam kaputt an, das ist eine Frechheit!');
    const g = await api('GET', `/conversations/${c.conversationId}/guidance`, team.agent.token);
    expect(g.status).toBe(200);
    expect(g.body.locale).toBe('de');
    const complaint = g.body.playbooks.find((p: { id: string }) => p.id === 'complaint');
    expect(complaint.doNow.length).toBeGreaterThan(0);
    expect(complaint.templates[0].rendered).not.toContain('{{authorName}}');

    const check = await api('POST', '/reply-check', team.agent.token, { draft: 'Da müssen Sie sich irren, wie bereits erwähnt.', conversationId: c.conversationId });
    expect(check.status).toBe(200);
    const codes = check.body.findings.map((f: { code: string }) => f.code);
    expect(codes).toContain('defensive_wording');
    expect(codes).toContain('missing_acknowledgement');
    const du = await api('POST', '/reply-check', team.agent.token, { draft: 'Danke dir für deinen Hinweis, das tut uns leid!', conversationId: c.conversationId });
    expect(du.body.findings.map((f: { code: string }) => f.code)).toContain('wrong_address');

    await api('PATCH', '/settings', team.admin.token, { locale: 'en' });
    try {
      const en = await api('POST', '/reply-check', team.agent.token, { draft: 'You misunderstood, this is not our fault. WE DID NOTHING WRONG!!!', conversationId: c.conversationId });
      const enCodes = en.body.findings.map((f: { code: string }) => f.code);
      expect(enCodes).toEqual(expect.arrayContaining(['defensive_wording', 'shouting']));
    } finally {
      await api('PATCH', '/settings', team.admin.token, { locale: 'de' });
    }
  });

  it('lets admins edit templates with validation, audited', async () => {
    const list = await api('GET', '/templates', team.agent.token);
    const t = list.body[0];
    expect((await api('PUT', `/templates/${t.id}`, team.agent.token, { body: 'Hallo {{authorName}}' })).status).toBe(403);
    const bad = await api('PUT', `/templates/${t.id}`, team.admin.token, { body: 'Hallo {{kunde}}' });
    expect(bad.status).toBe(400);
    expect(bad.body.message).toMatch(/kunde/);
    const ok = await api('PUT', `/templates/${t.id}`, team.admin.token, { body: 'Hallo {{authorName}}, danke für Ihre Nachricht! Ihr Team {{brand}}' });
    expect(ok.status).toBe(200);
    expect(ok.body.source).toBe('changed');
    const custom = await api('PUT', '/templates/praise.stammkunde', team.admin.token, { title: 'Stammkunde', body: 'Danke, {{authorName}}! Bis bald bei {{brand}}.' });
    expect(custom.body.source).toBe('custom');
    expect((await api('DELETE', `/templates/${t.id}`, team.admin.token)).status).toBe(204);
    const log = await api('GET', '/audit?action=template.changed,template.reset', team.admin.token);
    expect(log.body.items).toHaveLength(3);
  });
});

describe('collaboration in realtime', () => {
  it("shows who views a conversation and who writes, and a colleague's writing makes a reply ask for confirmation", async () => {
    const c = await fanComment('Wie lange ist die Lieferzeit für eine Hochzeitstorte?');
    const a = (await connectSocket(stack, team.agent.token)).socket;
    const b = (await connectSocket(stack, team.agent2.token)).socket;
    sockets.push(a, b);
    const seenByA: { viewers: { userId: string }[]; composing: { userId: string }[] }[] = [];
    const seenByB: { viewers: { userId: string }[] }[] = [];
    a.on('presence.updated', (p) => {
      if (p.conversationId === c.conversationId) seenByA.push(p);
    });
    b.on('presence.updated', (p) => {
      if (p.conversationId === c.conversationId) seenByB.push(p);
    });
    const ack = await new Promise<{ ok: boolean }>((resolve) => a.emit('presence.view', { conversationId: c.conversationId }, resolve as never));
    expect(ack.ok).toBe(true);
    b.emit('presence.view', { conversationId: c.conversationId });
    await eventually(async () => seenByA.some((p) => p.viewers.some((v) => v.userId === team.agent2.userId) && p.viewers.some((v) => v.userId === team.agent.userId)), 5_000, 'A sees both viewers');
    await eventually(async () => seenByB.some((p) => p.viewers.some((v) => v.userId === team.agent.userId)), 5_000, 'B sees A');
    b.emit('presence.typing', { conversationId: c.conversationId, typing: true });
    await eventually(async () => seenByA.some((p) => p.composing.some((v) => v.userId === team.agent2.userId)), 5_000, 'B writing');

    const refused = await api('POST', `/conversations/${c.conversationId}/replies`, team.agent.token, { text: 'Etwa zwei Wochen Vorlauf, gern beraten wir Sie.' });
    expect(refused.status).toBe(409);
    expect(refused.body.composing.map((u: { userId: string }) => u.userId)).toEqual([team.agent2.userId]);

    b.close();
    await eventually(async () => {
      const last = seenByA[seenByA.length - 1];
      return last !== undefined && !last.viewers.some((v) => v.userId === team.agent2.userId) && last.composing.length === 0;
    }, 5_000, 'B gone after disconnect');
    expect((await api('POST', `/conversations/${c.conversationId}/replies`, team.agent.token, { text: 'Etwa zwei Wochen Vorlauf, gern beraten wir Sie.' })).status).toBe(202);
  });

  it('ignores presence for a conversation of another workspace', async () => {
    const other = await newMember(stack, { role: 'agent' });
    const s = (await connectSocket(stack, other.token)).socket;
    sockets.push(s);
    const [conv] = (await stack.ds.query(`SELECT id FROM conversations WHERE workspace_id = $1 LIMIT 1`, [team.workspaceId])) as { id: string }[];
    const ack = await new Promise<{ ok: boolean }>((resolve) => s.emit('presence.view', { conversationId: conv!.id }, resolve as never));
    expect(ack.ok).toBe(false);
  });
});

describe('API contract', () => {
  it('documents every answering route in the OpenAPI document', async () => {
    const doc = await http(stack, 'GET', '/api/docs/openapi.json');
    const paths = Object.keys(doc.body.paths);
    const ws = '/api/workspaces/{workspaceId}';
    for (const p of [
      `${ws}/conversations/{conversationId}/assign`,
      `${ws}/conversations/{conversationId}/status`,
      `${ws}/conversations/{conversationId}/notes`,
      `${ws}/conversations/{conversationId}/replies`,
      `${ws}/conversations/{conversationId}/guidance`,
      `${ws}/conversations/{conversationId}/critique`,
      `${ws}/conversations/{conversationId}/follow-up`,
      `${ws}/messages/{messageId}/label`,
      `${ws}/messages/{messageId}/moderation`,
      `${ws}/moderation-requests`,
      `${ws}/moderation-requests/{requestId}`,
      `${ws}/moderation-requests/{requestId}/decision`,
      `${ws}/replies/{replyId}/retry`,
      `${ws}/reply-check`,
      `${ws}/templates`,
      `${ws}/templates/{templateId}`,
      `${ws}/audit`,
      `${ws}/label-corrections/export`,
      `${ws}/critique-outcomes`,
      `${ws}/settings`,
      `${ws}/members`,
      `${ws}/channels/{channelId}/credentials`,
    ]) {
      expect(paths).toContain(p);
    }
  });
});
