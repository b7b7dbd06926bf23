import { type Kysely, sql } from 'kysely';

/**
 * The harvest board: clusters a facilitator makes (by hand or from suggested themes) and what
 * they did with each contribution (tags, cluster, duplicate of, verbatim). Contributions
 * themselves stay in the live event logs; items are keyed `sessionId:contributionId`.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE harvest_clusters (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      mission_id uuid NOT NULL REFERENCES missions(id) ON DELETE CASCADE,
      name text NOT NULL,
      origin text NOT NULL CHECK (origin IN ('hand', 'suggested')),
      key_terms jsonb NOT NULL DEFAULT '[]'::jsonb,
      position integer NOT NULL DEFAULT 0,
      created_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX harvest_clusters_mission_idx ON harvest_clusters (mission_id);

    CREATE TABLE harvest_marks (
      mission_id uuid NOT NULL REFERENCES missions(id) ON DELETE CASCADE,
      item_key text NOT NULL,
      tags jsonb NOT NULL DEFAULT '[]'::jsonb,
      cluster_id uuid REFERENCES harvest_clusters(id) ON DELETE SET NULL,
      duplicate_of text,
      verbatim boolean NOT NULL DEFAULT false,
      updated_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (mission_id, item_key)
    );
    CREATE INDEX harvest_marks_cluster_idx ON harvest_marks (cluster_id);
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    DROP TABLE harvest_marks;
    DROP TABLE harvest_clusters;
  `.execute(db);
}
