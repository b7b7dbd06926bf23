import { type Kysely, sql } from 'kysely';

/**
 * Live sessions ask join questions (department, role…) whose answers are
 * kept with each participant for grouping; readings (Read-Discuss-Apply)
 * need the document every phone shows.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    ALTER TABLE live_sessions ADD COLUMN join_questions jsonb NOT NULL DEFAULT '[]'::jsonb;
    ALTER TABLE participants ADD COLUMN attributes jsonb NOT NULL DEFAULT '{}'::jsonb;

    CREATE TABLE live_documents (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      live_session_id uuid NOT NULL REFERENCES live_sessions(id) ON DELETE CASCADE,
      title text NOT NULL,
      source text NOT NULL CHECK (source IN ('text', 'pdf')),
      body text NOT NULL,
      created_by uuid NOT NULL REFERENCES users(id),
      created_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX live_documents_session_idx ON live_documents (live_session_id);
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    DROP TABLE live_documents;
    ALTER TABLE participants DROP COLUMN attributes;
    ALTER TABLE live_sessions DROP COLUMN join_questions;
  `.execute(db);
}
