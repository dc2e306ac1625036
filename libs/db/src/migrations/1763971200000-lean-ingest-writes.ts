import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Drops the foreign keys of the tenant columns that are copies: a message's workspace and
 * channel are its conversation's, and a conversation's workspace is its channel's. Those rows
 * stay tied by `messages.conversation_id → conversations` and `conversations.channel_id →
 * channels → workspaces`, all ON DELETE CASCADE, so deleting a workspace or a channel still
 * deletes its conversations and messages. Each dropped key cost a lookup and a KEY SHARE lock
 * of the one workspace or channel row per inserted comment, from every ingest transaction at
 * once (about 15% of the insert of a message, 18% of a conversation, measured with EXPLAIN
 * ANALYZE on 2,000-row inserts). The columns stay for scoping every query.
 *
 * Also drops two indexes of messages that no query needs, each written for every comment:
 * `messages_workspace_idx` (workspace_id, created_at), which no query orders by, and the partial
 * `messages_unanswered_idx`, which every lookup of unanswered messages reaches through
 * `messages_conversation_idx` anyway (a conversation holds a handful of messages). Its predicate
 * on first_response_at also made recording a first response a non-HOT update that re-inserted
 * the message into every index, the full-text one included.
 *
 * (The full-text GIN index keeps its default pending list: writing it directly, fastupdate = off,
 * and a 512 kB list were both slower under bench:ingest, 654–906 against 1,686 comments/s.)
 */
export class LeanIngestWrites1763971200000 implements MigrationInterface {
  name = 'LeanIngestWrites1763971200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE messages DROP CONSTRAINT messages_workspace_id_fkey, DROP CONSTRAINT messages_channel_id_fkey;
      ALTER TABLE conversations DROP CONSTRAINT conversations_workspace_id_fkey;
      DROP INDEX messages_workspace_idx;
      DROP INDEX messages_unanswered_idx;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE messages
        ADD CONSTRAINT messages_workspace_id_fkey FOREIGN KEY (workspace_id) REFERENCES workspaces(id) ON DELETE CASCADE,
        ADD CONSTRAINT messages_channel_id_fkey FOREIGN KEY (channel_id) REFERENCES channels(id) ON DELETE CASCADE;
      ALTER TABLE conversations ADD CONSTRAINT conversations_workspace_id_fkey FOREIGN KEY (workspace_id) REFERENCES workspaces(id) ON DELETE CASCADE;
      CREATE INDEX messages_workspace_idx ON messages (workspace_id, created_at DESC);
      CREATE INDEX messages_unanswered_idx ON messages (conversation_id) WHERE direction = 'inbound' AND first_response_at IS NULL;
    `);
  }
}
