/**
 * Missions are stored as documents (the `Mission` of @cercle/core) with a
 * version: a save names the version it started from and fails with
 * VERSION_CONFLICT if someone saved in between, so two facilitators editing
 * the same run of show never silently overwrite each other.
 */
import type { Mission } from '@cercle/core';
import type { Db } from '../db/database.ts';
import { AppError } from '../errors.ts';

export interface StoredMission {
  mission: Mission;
  version: number;
  updatedAt: Date;
}

const listingColumns = (m: Mission) => ({
  title: m.title,
  client_name: m.clientName,
  context: m.context,
  starts_on: m.startsOn,
  ends_on: m.endsOn,
  status: m.status,
  locale: m.locale,
});

export async function insertMission(
  db: Db,
  organisationId: string,
  mission: Mission,
): Promise<StoredMission> {
  const row = await db
    .insertInto('missions')
    .values({
      id: mission.id,
      organisation_id: organisationId,
      document: JSON.stringify(mission),
      ...listingColumns(mission),
    })
    .returning(['version', 'updated_at'])
    .executeTakeFirstOrThrow();
  return { mission, version: row.version, updatedAt: new Date(row.updated_at) };
}

export async function loadMission(db: Db, organisationId: string, missionId: string): Promise<StoredMission> {
  const row = await db
    .selectFrom('missions')
    .select(['document', 'version', 'updated_at'])
    .where('organisation_id', '=', organisationId)
    .where('id', '=', missionId)
    .executeTakeFirst();
  if (!row) throw new AppError('NOT_FOUND');
  return { mission: row.document as Mission, version: row.version, updatedAt: new Date(row.updated_at) };
}

export async function saveMission(
  db: Db,
  organisationId: string,
  mission: Mission,
  expectedVersion: number,
): Promise<StoredMission> {
  const row = await db
    .updateTable('missions')
    .set((eb) => ({
      document: JSON.stringify(mission),
      version: eb('version', '+', 1),
      updated_at: new Date(),
      ...listingColumns(mission),
    }))
    .where('organisation_id', '=', organisationId)
    .where('id', '=', mission.id)
    .where('version', '=', expectedVersion)
    .returning(['version', 'updated_at'])
    .executeTakeFirst();
  if (row) return { mission, version: row.version, updatedAt: new Date(row.updated_at) };
  await loadMission(db, organisationId, mission.id); // 404 when it does not exist (here)
  throw new AppError('VERSION_CONFLICT');
}

export async function listMissions(db: Db, organisationId: string) {
  const rows = await db
    .selectFrom('missions')
    .select([
      'id',
      'title',
      'client_name',
      'starts_on',
      'ends_on',
      'status',
      'locale',
      'version',
      'updated_at',
    ])
    .where('organisation_id', '=', organisationId)
    .orderBy('starts_on', 'desc')
    .orderBy('created_at', 'desc')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    title: r.title,
    clientName: r.client_name,
    startsOn: isoDay(r.starts_on),
    endsOn: isoDay(r.ends_on),
    status: r.status,
    locale: r.locale,
    version: r.version,
    updatedAt: new Date(r.updated_at).toISOString(),
  }));
}

/** `date` columns come back as Date (pg) at local midnight; keep the calendar day. */
export function isoDay(d: Date | string): string {
  if (typeof d === 'string') return d.slice(0, 10);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

export async function deleteMission(db: Db, organisationId: string, missionId: string): Promise<void> {
  const res = await db
    .deleteFrom('missions')
    .where('organisation_id', '=', organisationId)
    .where('id', '=', missionId)
    .executeTakeFirst();
  if (Number(res.numDeletedRows) !== 1) throw new AppError('NOT_FOUND');
}
