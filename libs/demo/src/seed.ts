/**
 * Demo data for a first look: a bakery workspace, one user per role, a Facebook page channel
 * and a few dozen German and English comments, fed through the real pipeline (stored as
 * inbound events and enqueued), so the worker classifies them like any webhook delivery.
 */
import type { DataSource } from 'typeorm';
import { AccountsService } from '../../accounts/src/accounts.service.js';
import { SecretBox } from '../../crypto/src/secret-box.js';
import type { Role } from '../../db/src/entities/membership.entity.js';
import { dedupeKey, type IntakeService } from '../../ingest/src/intake.service.js';
import { demoMetaPayloads, DEMO_PAGE_ID, DEMO_PAGE_NAME } from './demo-comments.js';

export const DEMO_PASSWORD = 'demo-password';
export const DEMO_USERS: { email: string; name: string; role: Role }[] = [
  { email: 'agent@demo.example', name: 'Clara Community', role: 'agent' },
  { email: 'lead@demo.example', name: 'Lars Lead', role: 'lead' },
  { email: 'exec@demo.example', name: 'Eva Executive', role: 'exec' },
  { email: 'admin@demo.example', name: 'Adam Admin', role: 'admin' },
];
export const DEMO_APP_SECRET = 'demo-app-secret-0123456789';
export const DEMO_VERIFY_TOKEN = 'demo-verify-token';
/** The page token of the demo channel; `npm run dev` starts a local Graph API sandbox that accepts it. */
export const DEMO_PAGE_TOKEN = 'demo-page-token';

/** Seeds only into an empty database (no workspace yet); returns whether it did. */
export async function seedDemo(ds: DataSource, intake: IntakeService, secretsKey: Buffer, now = new Date()): Promise<boolean> {
  const [{ count }] = (await ds.query('SELECT count(*)::int AS count FROM workspaces')) as { count: number }[];
  if (count > 0) return false;
  const accounts = new AccountsService(ds);
  const ws = await accounts.createWorkspace({ name: DEMO_PAGE_NAME, timezone: 'Europe/Berlin', locale: 'de', addressForm: 'Sie' });
  for (const u of DEMO_USERS) {
    const user = await accounts.upsertUser(u.email, DEMO_PASSWORD, u.name);
    await accounts.addMember(ws.id, user.id, u.role);
  }
  const box = new SecretBox(secretsKey);
  const [channel] = (await ds.query(
    `INSERT INTO channels (workspace_id, kind, name, external_account_id, credentials_sealed)
     VALUES ($1, 'facebook_page', $2, $3, $4) RETURNING id`,
    [ws.id, `${DEMO_PAGE_NAME} (Facebook, demo)`, DEMO_PAGE_ID, box.sealJson({ appSecret: DEMO_APP_SECRET, verifyToken: DEMO_VERIFY_TOKEN, accessToken: DEMO_PAGE_TOKEN })],
  )) as { id: string }[];
  const payloads = demoMetaPayloads(now);
  await intake.accept(
    payloads.map((payload, i) => ({
      workspaceId: ws.id,
      channelId: channel!.id,
      dedupeKey: dedupeKey('seed', channel!.id, String(i)),
      source: 'seed' as const,
      payload,
    })),
  );
  return true;
}
