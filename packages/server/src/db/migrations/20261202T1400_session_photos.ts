import { type Kysely, sql } from 'kysely';

/**
 * Photos a convener or scribe takes from the phone for an Open Space session report
 * (OS-LIVE-8): re-encoded and stripped of metadata like mission photos, and kept in the
 * database so a backup of the database is a backup of everything. A photo goes with its live
 * session; the participant who took it may be forgotten without losing the photo.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE session_photos (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      live_session_id uuid NOT NULL REFERENCES live_sessions(id) ON DELETE CASCADE,
      participant_id uuid REFERENCES participants(id) ON DELETE SET NULL,
      content_type text NOT NULL CHECK (content_type IN ('image/jpeg')),
      width integer NOT NULL,
      height integer NOT NULL,
      image bytea NOT NULL,
      thumbnail bytea NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX session_photos_session_idx ON session_photos (live_session_id, created_at);
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TABLE session_photos;`.execute(db);
}
