/**
 * Every writer that inserts messages first takes a transaction-scoped advisory lock on each
 * comment it writes, by channel and external id: the ingest worker on every id of its batch
 * (sorted, so two batches can't deadlock), the outbound service on the id the platform gave a
 * reply before it records it. Under the lock a writer sees whatever an earlier holder committed,
 * so its plain INSERT of a comment it didn't find can't meet the same comment written meanwhile
 * (INSERT … ON CONFLICT, which the ingest statement needed without this rule, was a fifth of its
 * cost: a second probe of the unique index and one more WAL record per row).
 */
import type { Queryable } from './inbox.repository.js';

export function messageLockKey(channelId: string, externalId: string): string {
  return `msg|${channelId}|${externalId}`;
}

/** SQL that takes the locks of the keys in the text[] parameter `param`, in the array's order. */
export function lockMessagesSql(param: string): string {
  return `count(pg_advisory_xact_lock(hashtextextended(k, 0))) FROM unnest(${param}::text[]) WITH ORDINALITY AS t(k, i)`;
}

/** Takes the lock of one comment (for writers of single messages). */
export async function lockMessage(db: Queryable, channelId: string, externalId: string): Promise<void> {
  await db.query(`SELECT ${lockMessagesSql('$1')}`, [[messageLockKey(channelId, externalId)]]);
}
