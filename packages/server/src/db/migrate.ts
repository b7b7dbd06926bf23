import { type Kysely, type Migration, type MigrationProvider, Migrator } from 'kysely';
import * as foundation from './migrations/20261128T0900_foundation.ts';
import * as missionDocuments from './migrations/20261128T1030_mission_documents.ts';
import * as joinQuestionsDocuments from './migrations/20261202T0900_join_questions_documents.ts';
import * as harvest from './migrations/20261202T1000_harvest.ts';
import * as missionPhotos from './migrations/20261202T1100_mission_photos.ts';
import * as photoPlace from './migrations/20261202T1300_photo_place.ts';
import * as sessionPhotos from './migrations/20261202T1400_session_photos.ts';

/** Timestamped migrations, listed explicitly so bundling or tsx never miss one. */
const MIGRATIONS: Record<string, Migration> = {
  '20261128T0900_foundation': foundation,
  '20261128T1030_mission_documents': missionDocuments,
  '20261202T0900_join_questions_documents': joinQuestionsDocuments,
  '20261202T1000_harvest': harvest,
  '20261202T1100_mission_photos': missionPhotos,
  '20261202T1300_photo_place': photoPlace,
  '20261202T1400_session_photos': sessionPhotos,
};

class StaticProvider implements MigrationProvider {
  async getMigrations() {
    return MIGRATIONS;
  }
}

/** Brings the schema up to date; throws with the failing migration's name. */
export async function migrateToLatest(db: Kysely<unknown>): Promise<string[]> {
  const migrator = new Migrator({ db, provider: new StaticProvider() });
  const { error, results } = await migrator.migrateToLatest();
  const failed = results?.find((r) => r.status === 'Error');
  if (error) {
    const cause = error instanceof Error ? error.message : String(error);
    throw new Error(`Migration ${failed?.migrationName ?? '(unknown)'} failed: ${cause}`);
  }
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
