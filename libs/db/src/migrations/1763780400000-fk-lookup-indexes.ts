import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Indexes behind foreign keys that are followed from the other side: deleting an author or a
 * post (or a workspace, which cascades to them) otherwise scans every message or conversation
 * once per deleted row; the same indexes serve "other comments by this author", "comments on
 * this post" and the assignee filter of the inbox.
 */
export class FkLookupIndexes1763780400000 implements MigrationInterface {
  name = 'FkLookupIndexes1763780400000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE INDEX messages_author_idx ON messages (author_id) WHERE author_id IS NOT NULL;
      CREATE INDEX conversations_post_idx ON conversations (post_id) WHERE post_id IS NOT NULL;
      CREATE INDEX conversations_assignee_idx ON conversations (workspace_id, assignee_id, last_message_at DESC) WHERE assignee_id IS NOT NULL;
      CREATE INDEX inbound_events_channel_idx ON inbound_events (channel_id);
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP INDEX messages_author_idx; DROP INDEX conversations_post_idx;
      DROP INDEX conversations_assignee_idx; DROP INDEX inbound_events_channel_idx;
    `);
  }
}
