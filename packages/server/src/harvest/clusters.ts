/** Clusters of a mission's harvest, with how many items each holds. */
import type { HarvestMark } from '@cercle/core';
import type { Db } from '../db/database.ts';
import { AppError } from '../errors.ts';

export interface ClusterOut {
  id: string;
  name: string;
  origin: 'hand' | 'suggested';
  keyTerms: string[];
  count: number;
  createdAt: string;
}

export async function listClusters(
  db: Db,
  missionId: string,
  marks: ReadonlyMap<string, HarvestMark>,
): Promise<ClusterOut[]> {
  const counts = new Map<string, number>();
  for (const mark of marks.values())
    if (mark.clusterId) counts.set(mark.clusterId, (counts.get(mark.clusterId) ?? 0) + 1);
  const rows = await db
    .selectFrom('harvest_clusters')
    .select(['id', 'name', 'origin', 'key_terms', 'created_at'])
    .where('mission_id', '=', missionId)
    .orderBy('position')
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    origin: r.origin,
    keyTerms: r.key_terms,
    count: counts.get(r.id) ?? 0,
    createdAt: new Date(r.created_at).toISOString(),
  }));
}

export async function clusterInMission(db: Db, missionId: string, clusterId: string): Promise<void> {
  const found = await db
    .selectFrom('harvest_clusters')
    .select('id')
    .where('mission_id', '=', missionId)
    .where('id', '=', clusterId)
    .executeTakeFirst();
  if (!found) throw new AppError('NOT_FOUND');
}
