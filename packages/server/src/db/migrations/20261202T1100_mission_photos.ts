import { type Kysely, sql } from 'kysely';

/**
 * Photos of graphic recordings, flipcharts and sticky-note walls, kept in the
 * database (re-encoded, metadata stripped) so a backup of the database is a
 * backup of everything; and the draft notes text recognition makes from them,
 * which a facilitator corrects, accepts or rejects.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE mission_photos (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      organisation_id uuid NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
      mission_id uuid NOT NULL REFERENCES missions(id) ON DELETE CASCADE,
      workshop_id text,
      sequence_id text,
      kind text NOT NULL CHECK (kind IN ('graphic-recording', 'flipchart', 'sticky-notes', 'other')),
      caption text NOT NULL DEFAULT '',
      original_name text NOT NULL DEFAULT '',
      content_type text NOT NULL CHECK (content_type IN ('image/jpeg')),
      width integer NOT NULL,
      height integer NOT NULL,
      image bytea NOT NULL,
      thumbnail bytea NOT NULL,
      uploaded_by uuid NOT NULL REFERENCES users(id),
      created_at timestamptz NOT NULL DEFAULT now(),
      recognised_at timestamptz
    );
    CREATE INDEX mission_photos_mission_idx ON mission_photos (organisation_id, mission_id, created_at);

    CREATE TABLE photo_drafts (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      photo_id uuid NOT NULL REFERENCES mission_photos(id) ON DELETE CASCADE,
      position integer NOT NULL,
      text text NOT NULL,
      recognised_text text NOT NULL,
      confidence real NOT NULL,
      box jsonb NOT NULL,
      status text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'accepted', 'rejected')),
      reviewed_by uuid REFERENCES users(id),
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX photo_drafts_photo_idx ON photo_drafts (photo_id, position);
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    DROP TABLE photo_drafts;
    DROP TABLE mission_photos;
  `.execute(db);
}
