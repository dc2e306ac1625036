import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Answering from the inbox: replies through the platform, internal notes, label corrections,
 * moderation requests under the deletion policy, critique outcomes, workspace templates and the
 * append-only audit log; and on messages/conversations what response times need (the first
 * public reply by a person, and by whom).
 */
export class Answering1763884800000 implements MigrationInterface {
  name = 'Answering1763884800000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE workspaces
        ADD COLUMN brand text,
        ADD COLUMN removal_approval text NOT NULL DEFAULT 'complaints',
        ADD COLUMN follow_up_days int NOT NULL DEFAULT 7,
        ADD CONSTRAINT workspaces_removal_approval_check CHECK (removal_approval IN ('complaints', 'all')),
        ADD CONSTRAINT workspaces_follow_up_days_check CHECK (follow_up_days BETWEEN 0 AND 365);

      -- origin: 'platform' (written on the platform: fans, or the page itself outside this
      -- product), 'agent' (sent from the inbox by sent_by_user_id), 'automation' (never a response).
      ALTER TABLE messages
        ADD COLUMN origin text NOT NULL DEFAULT 'platform',
        ADD COLUMN sent_by_user_id uuid REFERENCES users(id) ON DELETE SET NULL,
        ADD COLUMN first_response_at timestamptz,
        ADD COLUMN first_response_by uuid REFERENCES users(id) ON DELETE SET NULL,
        ADD COLUMN first_response_message_id uuid,
        ADD COLUMN label_corrected_at timestamptz,
        ADD COLUMN label_corrected_by uuid REFERENCES users(id) ON DELETE SET NULL,
        ADD CONSTRAINT messages_origin_check CHECK (origin IN ('platform', 'agent', 'automation'));
      CREATE INDEX messages_unanswered_idx ON messages (conversation_id) WHERE direction = 'inbound' AND first_response_at IS NULL;

      ALTER TABLE conversations
        ADD COLUMN first_response_at timestamptz,
        ADD COLUMN first_response_by uuid REFERENCES users(id) ON DELETE SET NULL,
        ADD COLUMN assigned_at timestamptz,
        ADD COLUMN resolved_at timestamptz,
        ADD COLUMN follow_up_at timestamptz,
        ADD COLUMN follow_up_note text;

      CREATE TABLE replies (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        workspace_id uuid NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
        channel_id uuid NOT NULL REFERENCES channels(id) ON DELETE CASCADE,
        conversation_id uuid NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
        in_reply_to_message_id uuid NOT NULL REFERENCES messages(id) ON DELETE CASCADE,
        -- the platform id of the comment answered (Facebook replies nest one level: a reply to a
        -- reply goes to its top-level comment)
        target_external_id text NOT NULL,
        author_user_id uuid NOT NULL REFERENCES users(id),
        text text NOT NULL,
        state text NOT NULL DEFAULT 'queued',
        attempts int NOT NULL DEFAULT 0,
        external_id text,
        message_id uuid REFERENCES messages(id) ON DELETE SET NULL,
        error text,
        error_kind text,
        client_key text,
        findings jsonb NOT NULL DEFAULT '[]',
        created_at timestamptz NOT NULL DEFAULT now(),
        sending_at timestamptz,
        sent_at timestamptz,
        failed_at timestamptz,
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT replies_state_check CHECK (state IN ('queued', 'sending', 'sent', 'failed')),
        CONSTRAINT replies_client_key UNIQUE (workspace_id, client_key)
      );
      CREATE INDEX replies_conversation_idx ON replies (conversation_id, created_at);
      CREATE INDEX replies_in_flight_idx ON replies (in_reply_to_message_id) WHERE state IN ('queued', 'sending');
      CREATE INDEX replies_sent_today_idx ON replies (workspace_id, sent_at) WHERE state = 'sent';

      CREATE TABLE notes (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        workspace_id uuid NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
        conversation_id uuid NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
        author_user_id uuid NOT NULL REFERENCES users(id),
        body text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX notes_conversation_idx ON notes (conversation_id, created_at);

      CREATE TABLE label_corrections (
        id bigserial PRIMARY KEY,
        workspace_id uuid NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
        message_id uuid NOT NULL REFERENCES messages(id) ON DELETE CASCADE,
        conversation_id uuid NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES users(id),
        from_label text,
        to_label text NOT NULL,
        text text,
        lang text,
        rules_version text,
        reasons jsonb NOT NULL DEFAULT '[]',
        note text,
        created_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX label_corrections_workspace_idx ON label_corrections (workspace_id, id);

      CREATE TABLE moderation_requests (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        workspace_id uuid NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
        channel_id uuid NOT NULL REFERENCES channels(id) ON DELETE CASCADE,
        conversation_id uuid NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
        message_id uuid NOT NULL REFERENCES messages(id) ON DELETE CASCADE,
        action text NOT NULL,
        reason_code text NOT NULL,
        justification text,
        label_at_request text,
        requested_by uuid NOT NULL REFERENCES users(id),
        requested_at timestamptz NOT NULL DEFAULT now(),
        status text NOT NULL,
        needs_approval boolean NOT NULL,
        self_approved boolean NOT NULL DEFAULT false,
        decided_by uuid REFERENCES users(id),
        decided_at timestamptz,
        decision_note text,
        attempts int NOT NULL DEFAULT 0,
        executed_at timestamptz,
        error text,
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT moderation_action_check CHECK (action IN ('hide', 'unhide', 'delete')),
        CONSTRAINT moderation_reason_check CHECK (reason_code IN ('spam', 'abuse', 'personal_data', 'illegal', 'duplicate', 'other')),
        CONSTRAINT moderation_status_check CHECK (status IN ('pending', 'rejected', 'approved', 'done', 'failed'))
      );
      -- at most one open request per message: a second one would race the first
      CREATE UNIQUE INDEX moderation_open_per_message ON moderation_requests (message_id) WHERE status IN ('pending', 'approved');
      CREATE INDEX moderation_workspace_idx ON moderation_requests (workspace_id, status, requested_at DESC);

      CREATE TABLE critique_outcomes (
        conversation_id uuid PRIMARY KEY REFERENCES conversations(id) ON DELETE CASCADE,
        workspace_id uuid NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
        justified text NOT NULL,
        change_made text,
        communicated boolean NOT NULL DEFAULT false,
        communicated_at timestamptz,
        follow_up_due_at timestamptz,
        reminder_fired_at timestamptz,
        recorded_by uuid NOT NULL REFERENCES users(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT critique_justified_check CHECK (justified IN ('yes', 'partly', 'no'))
      );
      CREATE INDEX critique_due_idx ON critique_outcomes (workspace_id, follow_up_due_at) WHERE NOT communicated;

      CREATE TABLE workspace_templates (
        workspace_id uuid NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
        template_id text NOT NULL,
        title text,
        body text,
        disabled boolean NOT NULL DEFAULT false,
        updated_by uuid REFERENCES users(id) ON DELETE SET NULL,
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (workspace_id, template_id)
      );

      -- Append-only: the trigger refuses every UPDATE and DELETE (also by the application).
      CREATE TABLE audit_events (
        id bigserial PRIMARY KEY,
        workspace_id uuid NOT NULL REFERENCES workspaces(id),
        at timestamptz NOT NULL DEFAULT now(),
        actor_user_id uuid REFERENCES users(id),
        action text NOT NULL,
        subject_type text NOT NULL,
        subject_id text,
        conversation_id uuid,
        data jsonb NOT NULL DEFAULT '{}'
      );
      CREATE INDEX audit_workspace_idx ON audit_events (workspace_id, id DESC);
      CREATE INDEX audit_conversation_idx ON audit_events (conversation_id, id) WHERE conversation_id IS NOT NULL;
      CREATE FUNCTION audit_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_events is append-only (% refused)', TG_OP;
      END $$;
      CREATE TRIGGER audit_events_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON audit_events
        FOR EACH STATEMENT EXECUTE FUNCTION audit_events_append_only();
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TABLE audit_events; DROP FUNCTION audit_events_append_only();
      DROP TABLE workspace_templates; DROP TABLE critique_outcomes; DROP TABLE moderation_requests;
      DROP TABLE label_corrections; DROP TABLE notes; DROP TABLE replies;
      ALTER TABLE conversations DROP COLUMN first_response_at, DROP COLUMN first_response_by, DROP COLUMN assigned_at,
        DROP COLUMN resolved_at, DROP COLUMN follow_up_at, DROP COLUMN follow_up_note;
      DROP INDEX messages_unanswered_idx;
      ALTER TABLE messages DROP COLUMN origin, DROP COLUMN sent_by_user_id, DROP COLUMN first_response_at, DROP COLUMN first_response_by,
        DROP COLUMN first_response_message_id, DROP COLUMN label_corrected_at, DROP COLUMN label_corrected_by;
      ALTER TABLE workspaces DROP COLUMN brand, DROP COLUMN removal_approval, DROP COLUMN follow_up_days;
    `);
  }
}
