import { type Kysely, sql } from 'kysely';

/**
 * Missions become documents: the whole design (steps, workshops, runs of show)
 * in one JSON value with a version for optimistic concurrency. Listing
 * columns (title, client, dates, status) stay as columns, kept in step on save.
 * Organisations get their own methods; live sessions remember their workshop.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    ALTER TABLE missions ADD COLUMN document jsonb;
    ALTER TABLE missions ADD COLUMN version integer NOT NULL DEFAULT 1;
    ALTER TABLE missions ADD COLUMN locale text NOT NULL DEFAULT 'fr' CHECK (locale IN ('fr', 'en'));
    ALTER TABLE missions ADD COLUMN updated_at timestamptz NOT NULL DEFAULT now();
    ALTER TABLE missions DROP CONSTRAINT missions_status_check;
    UPDATE missions SET status = 'completed' WHERE status = 'done';
    ALTER TABLE missions ADD CONSTRAINT missions_status_check
      CHECK (status IN ('draft', 'active', 'completed', 'archived'));
    UPDATE missions SET
      starts_on = coalesce(starts_on, created_at::date),
      ends_on = coalesce(ends_on, starts_on, created_at::date);
    UPDATE missions SET document = jsonb_build_object(
      'id', id::text, 'title', title, 'locale', 'fr',
      'clientName', CASE WHEN client_name = '' THEN title ELSE client_name END,
      'sponsor', '', 'context', context, 'goals', '[]'::jsonb,
      'startsOn', to_char(starts_on, 'YYYY-MM-DD'), 'endsOn', to_char(ends_on, 'YYYY-MM-DD'),
      'status', status, 'steps', '[]'::jsonb)
    WHERE document IS NULL;
    ALTER TABLE missions ALTER COLUMN document SET NOT NULL;
    ALTER TABLE missions ALTER COLUMN starts_on SET NOT NULL;
    ALTER TABLE missions ALTER COLUMN ends_on SET NOT NULL;

    CREATE TABLE organisation_methods (
      organisation_id uuid NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
      id text NOT NULL,
      method jsonb NOT NULL,
      created_by uuid REFERENCES users(id) ON DELETE SET NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (organisation_id, id)
    );

    ALTER TABLE live_sessions ADD COLUMN workshop_id text;
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    ALTER TABLE live_sessions DROP COLUMN workshop_id;
    DROP TABLE organisation_methods;
    ALTER TABLE missions DROP COLUMN document, DROP COLUMN version, DROP COLUMN locale, DROP COLUMN updated_at;
  `.execute(db);
}
