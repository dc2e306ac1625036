import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The ingestion spine's schema. Admin tables (users, workspaces, memberships, channels) have
 * TypeORM entities; the inbox tables are written by the ingest worker with batched SQL and read
 * with hand-written queries, so their SQL lives in the repositories next to this migration.
 * Every tenant row carries workspace_id.
 */
export class InitialSchema1763776800000 implements MigrationInterface {
  name = 'InitialSchema1763776800000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE users (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        email text NOT NULL,
        name text NOT NULL,
        password_hash text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "UQ_users_email" UNIQUE (email)
      );

      CREATE TABLE workspaces (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL,
        timezone text NOT NULL DEFAULT 'Europe/Berlin',
        locale text NOT NULL DEFAULT 'de',
        address_form text NOT NULL DEFAULT 'Sie',
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT workspaces_locale_check CHECK (locale IN ('de', 'en')),
        CONSTRAINT workspaces_address_check CHECK (address_form IN ('Sie', 'du'))
      );

      CREATE TABLE memberships (
        workspace_id uuid NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        role text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (workspace_id, user_id),
        CONSTRAINT memberships_role_check CHECK (role IN ('agent', 'lead', 'exec', 'admin'))
      );
      CREATE INDEX memberships_user_idx ON memberships (user_id);

      CREATE TABLE channels (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        workspace_id uuid NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
        kind text NOT NULL,
        name text NOT NULL,
        external_account_id text NOT NULL,
        credentials_sealed text NOT NULL,
        health text NOT NULL DEFAULT 'ok',
        poll_cursor text,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT channels_kind_account_key UNIQUE (kind, external_account_id),
        CONSTRAINT channels_health_check CHECK (health IN ('ok', 'needs_reauth', 'rate_limited'))
      );
      CREATE INDEX channels_workspace_idx ON channels (workspace_id);

      -- Every delivery, stored before it is acknowledged; the dedupe key makes redeliveries no-ops.
      CREATE TABLE inbound_events (
        id bigserial PRIMARY KEY,
        workspace_id uuid NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
        channel_id uuid NOT NULL REFERENCES channels(id) ON DELETE CASCADE,
        dedupe_key text NOT NULL,
        source text NOT NULL,
        payload jsonb NOT NULL,
        status text NOT NULL DEFAULT 'received',
        attempts int NOT NULL DEFAULT 0,
        error text,
        rejected jsonb,
        item_count int,
        received_at timestamptz NOT NULL DEFAULT now(),
        processed_at timestamptz,
        CONSTRAINT inbound_events_dedupe_key UNIQUE (dedupe_key),
        CONSTRAINT inbound_events_status_check CHECK (status IN ('received', 'processed', 'failed')),
        CONSTRAINT inbound_events_source_check CHECK (source IN ('webhook', 'import', 'seed', 'poll'))
      );
      CREATE INDEX inbound_events_pending_idx ON inbound_events (received_at) WHERE status <> 'processed';

      CREATE TABLE authors (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        workspace_id uuid NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
        channel_id uuid NOT NULL REFERENCES channels(id) ON DELETE CASCADE,
        external_id text NOT NULL,
        name text,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT authors_channel_external_key UNIQUE (channel_id, external_id)
      );

      CREATE TABLE posts (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        workspace_id uuid NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
        channel_id uuid NOT NULL REFERENCES channels(id) ON DELETE CASCADE,
        external_id text NOT NULL,
        permalink text,
        excerpt text,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT posts_channel_external_key UNIQUE (channel_id, external_id)
      );

      -- The inbox item: a top-level comment (root) with its replies.
      CREATE TABLE conversations (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        workspace_id uuid NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
        channel_id uuid NOT NULL REFERENCES channels(id) ON DELETE CASCADE,
        root_external_id text NOT NULL,
        post_id uuid REFERENCES posts(id) ON DELETE SET NULL,
        status text NOT NULL DEFAULT 'open',
        label text NOT NULL DEFAULT 'other',
        assignee_id uuid REFERENCES users(id) ON DELETE SET NULL,
        message_count int NOT NULL DEFAULT 0,
        last_message_at timestamptz NOT NULL,
        last_inbound_at timestamptz,
        last_outbound_at timestamptz,
        -- oldest inbound message the team has not answered yet; null when nothing waits
        waiting_since timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT conversations_channel_root_key UNIQUE (channel_id, root_external_id),
        CONSTRAINT conversations_status_check CHECK (status IN ('open', 'answered', 'resolved')),
        CONSTRAINT conversations_label_check CHECK (label IN ('question', 'complaint', 'praise', 'other'))
      );
      CREATE INDEX conversations_newest_idx ON conversations (workspace_id, last_message_at DESC, id DESC);
      CREATE INDEX conversations_waiting_idx ON conversations (workspace_id, waiting_since ASC, id ASC) WHERE waiting_since IS NOT NULL;
      CREATE INDEX conversations_status_idx ON conversations (workspace_id, status, last_message_at DESC);

      CREATE TABLE messages (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        workspace_id uuid NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
        channel_id uuid NOT NULL REFERENCES channels(id) ON DELETE CASCADE,
        conversation_id uuid NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
        external_id text NOT NULL,
        parent_external_id text,
        direction text NOT NULL,
        type text NOT NULL DEFAULT 'comment',
        author_id uuid REFERENCES authors(id) ON DELETE SET NULL,
        text text,
        -- a stub stands in for a comment whose edit or removal arrived before the comment itself
        is_stub boolean NOT NULL DEFAULT false,
        platform_state text NOT NULL DEFAULT 'visible',
        sent_at timestamptz NOT NULL,
        edited_at timestamptz,
        state_changed_at timestamptz,
        label text,
        confidence real,
        lang text,
        flags text[] NOT NULL DEFAULT '{}',
        reasons jsonb NOT NULL DEFAULT '[]',
        rules_version text,
        search tsvector GENERATED ALWAYS AS (
          to_tsvector('german', coalesce(text, '')) || to_tsvector('english', coalesce(text, ''))
        ) STORED,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT messages_channel_external_key UNIQUE (channel_id, external_id),
        CONSTRAINT messages_direction_check CHECK (direction IN ('inbound', 'outbound')),
        CONSTRAINT messages_state_check CHECK (platform_state IN ('visible', 'hidden', 'removed_by_author', 'deleted_by_us'))
      );
      CREATE INDEX messages_conversation_idx ON messages (conversation_id, sent_at);
      CREATE INDEX messages_search_idx ON messages USING gin (search);
      CREATE INDEX messages_workspace_idx ON messages (workspace_id, created_at DESC);

      CREATE TABLE message_edits (
        id bigserial PRIMARY KEY,
        workspace_id uuid NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
        message_id uuid NOT NULL REFERENCES messages(id) ON DELETE CASCADE,
        previous_text text,
        new_text text,
        edited_at timestamptz NOT NULL,
        recorded_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX message_edits_message_idx ON message_edits (message_id, edited_at);
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TABLE message_edits; DROP TABLE messages; DROP TABLE conversations; DROP TABLE posts;
      DROP TABLE authors; DROP TABLE inbound_events; DROP TABLE channels; DROP TABLE memberships;
      DROP TABLE workspaces; DROP TABLE users;
    `);
  }
}
