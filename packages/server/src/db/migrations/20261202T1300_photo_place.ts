import { type Kysely, sql } from 'kysely';

/**
 * A photo may belong to one table in one round of a live session's groups (a World Café
 * tablecloth, a group's flipchart): `{planId, title, round, table}`, as contributions carry it
 * (GROUPS-LIVE-7). The notes read off it then keep that source in the harvest.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE mission_photos ADD COLUMN place jsonb`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE mission_photos DROP COLUMN place`.execute(db);
}
