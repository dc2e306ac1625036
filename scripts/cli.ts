/**
 * Administration from the shell: `npm run cli -- <command> [--option value ...]`.
 * Reads the same settings as the api (DATABASE_URL, REDIS_URL, SECRETS_KEY, QUEUE_PREFIX).
 */
import 'reflect-metadata';
import { Queue } from 'bullmq';
import { SingleBar, Presets } from 'cli-progress';
import { AccountError, AccountsService } from '../libs/accounts/src/accounts.service.js';
import { ConfigError, loadConfig } from '../libs/config/src/config.js';
import { newDataSource, runMigrations } from '../libs/db/src/data-source.js';
import { ROLES, type Role } from '../libs/db/src/entities/membership.entity.js';
import { importFile, type ImportFormat } from '../libs/importer/src/importer.js';
import { IntakeService } from '../libs/ingest/src/intake.service.js';
import { preflight, PreflightError } from '../libs/nest/src/preflight.js';
import { QueueName } from '../libs/queue/src/queues.js';

const HELP = `Usage: npm run cli -- <command> [options]

  workspace:create --name NAME [--timezone Europe/Berlin] [--locale de|en] [--address Sie|du]
  workspace:list
  user:create --email E --password P [--name N] [--workspace ID --role agent|lead|exec|admin]
  member:add --workspace ID --email E --role agent|lead|exec|admin
  channel:list [--workspace ID]
  import --channel ID --file PATH [--format jsonl|csv]
      comments from a JSONL file (one JSON object per line, the generic webhook shape) or a
      CSV file (header: ${'id,text,author_id,author_name,created_at,parent_id,post_id,post_url,post_title,action,type,from_owner'});
      importing the same file again creates no duplicates; rejected lines are listed.
`;

class UsageError extends Error {}

function parseArgs(argv: string[]): { command: string | undefined; opts: Record<string, string> } {
  const [command, ...rest] = argv;
  const opts: Record<string, string> = {};
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i]!;
    if (!a.startsWith('--')) throw new UsageError(`unexpected argument "${a}"`);
    const [k, inline] = a.slice(2).split('=', 2) as [string, string | undefined];
    if (inline !== undefined) opts[k] = inline;
    else {
      const v = rest[i + 1];
      if (v === undefined || v.startsWith('--')) throw new UsageError(`--${k} needs a value`);
      opts[k] = v;
      i++;
    }
  }
  return { command, opts };
}

function need(opts: Record<string, string>, key: string): string {
  const v = opts[key];
  if (!v) throw new UsageError(`--${key} is required`);
  return v;
}

function role(v: string): Role {
  if (!(ROLES as string[]).includes(v)) throw new UsageError(`--role must be one of ${ROLES.join(', ')}, got "${v}"`);
  return v as Role;
}

async function main(): Promise<number> {
  const { command, opts } = parseArgs(process.argv.slice(2));
  if (!command || command === 'help' || command === '--help') {
    process.stdout.write(HELP);
    return command ? 0 : 2;
  }
  const config = loadConfig(process.env);
  await preflight(config);
  const ds = newDataSource(config.databaseUrl, { poolSize: 4, applicationName: 'inbox-cli' });
  await ds.initialize();
  const queue = new Queue(QueueName.Ingest, { connection: { url: config.redisUrl, maxRetriesPerRequest: null }, prefix: config.queuePrefix });
  try {
    await runMigrations(ds);
    const accounts = new AccountsService(ds);
    switch (command) {
      case 'workspace:create': {
        const ws = await accounts.createWorkspace({
          name: need(opts, 'name'),
          timezone: opts.timezone,
          locale: opts.locale as 'de' | 'en' | undefined,
          addressForm: opts.address as 'Sie' | 'du' | undefined,
        });
        console.log(JSON.stringify({ id: ws.id, name: ws.name, timezone: ws.timezone, locale: ws.locale, addressForm: ws.addressForm }));
        return 0;
      }
      case 'workspace:list': {
        for (const w of (await ds.query('SELECT id, name, locale, address_form FROM workspaces ORDER BY name')) as Record<string, string>[]) {
          console.log(`${w.id}  ${w.name}  (${w.locale}, ${w.address_form})`);
        }
        return 0;
      }
      case 'user:create': {
        const user = await accounts.upsertUser(need(opts, 'email'), need(opts, 'password'), opts.name);
        if (opts.workspace) await accounts.addMember(opts.workspace, user.id, role(need(opts, 'role')));
        console.log(JSON.stringify({ id: user.id, email: user.email, workspace: opts.workspace ?? null, role: opts.role ?? null }));
        return 0;
      }
      case 'member:add': {
        const user = await accounts.findUserByEmail(need(opts, 'email'));
        if (!user) throw new UsageError(`no user ${opts.email}: create it with user:create`);
        await accounts.addMember(need(opts, 'workspace'), user.id, role(need(opts, 'role')));
        console.log(`${user.email} is now ${opts.role} in ${opts.workspace}`);
        return 0;
      }
      case 'channel:list': {
        const rows = (await ds.query(
          `SELECT id, workspace_id, kind, name, external_account_id, health FROM channels ${opts.workspace ? 'WHERE workspace_id = $1' : ''} ORDER BY created_at`,
          opts.workspace ? [opts.workspace] : [],
        )) as Record<string, string>[];
        for (const c of rows) console.log(`${c.id}  ${c.kind}  ${c.name}  account ${c.external_account_id}  workspace ${c.workspace_id}  ${c.health}`);
        return 0;
      }
      case 'import': {
        const channelId = need(opts, 'channel');
        const [channel] = (await ds.query('SELECT id, workspace_id, external_account_id FROM channels WHERE id::text = $1', [channelId])) as {
          id: string;
          workspace_id: string;
          external_account_id: string;
        }[];
        if (!channel) throw new UsageError(`no channel ${channelId}: see channel:list`);
        if (opts.format && opts.format !== 'jsonl' && opts.format !== 'csv') throw new UsageError('--format must be jsonl or csv');
        const bar = new SingleBar({ format: 'importing |{bar}| {percentage}% {value}/{total} bytes', stream: process.stderr }, Presets.shades_classic);
        let started = false;
        const report = await importFile(
          new IntakeService(ds, queue),
          { workspaceId: channel.workspace_id, channelId: channel.id, externalAccountId: channel.external_account_id },
          need(opts, 'file'),
          {
            format: opts.format as ImportFormat | undefined,
            onProgress: (done, total) => {
              if (!started) {
                bar.start(total, 0);
                started = true;
              }
              bar.update(done);
            },
          },
        );
        if (started) bar.stop();
        console.log(
          `${report.lines} line(s): ${report.accepted} accepted in ${report.batches} batch(es) (${report.duplicateBatches} already imported before), ${report.rejected.length} rejected`,
        );
        for (const r of report.rejected) console.log(`  line ${r.line}: ${r.reason}`);
        console.log('accepted comments are queued; the worker stores and classifies them.');
        return 0;
      }
      default:
        throw new UsageError(`unknown command "${command}"`);
    }
  } finally {
    await queue.close();
    await ds.destroy();
  }
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    if (e instanceof UsageError) console.error(`${e.message}\n\n${HELP}`);
    else if (e instanceof ConfigError || e instanceof PreflightError || e instanceof AccountError) console.error(e.message);
    else console.error(e);
    process.exit(e instanceof UsageError ? 2 : 1);
  },
);
