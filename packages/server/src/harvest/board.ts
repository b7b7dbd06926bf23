/**
 * Loads a mission's harvest: every contribution of its live sessions (read from their event
 * logs, so nothing is copied and a deletion erases for good) with the facilitator's marks.
 */
import {
  type HarvestItem,
  type HarvestMark,
  harvestItems,
  itemKey,
  type Mission,
  NO_MARK,
  type RoomState,
  type Workshop,
} from '@cercle/core';
import type { Db } from '../db/database.ts';
import { AppError } from '../errors.ts';
import type { LiveHub } from '../live/hub.ts';

export interface Board {
  items: HarvestItem[];
  marks: Map<string, HarvestMark>;
  /** The mission's live sessions, oldest first, with the state their items were read from. */
  sessions: { id: string; title: string; workshopId: string | null; state: RoomState }[];
}

function workshopsOf(mission: Mission): Map<string, Workshop> {
  const found = new Map<string, Workshop>();
  for (const step of mission.steps) if (step.workshop) found.set(step.workshop.id, step.workshop);
  return found;
}

export async function loadBoard(
  db: Db,
  hub: LiveHub,
  organisationId: string,
  mission: Mission,
): Promise<Board> {
  const sessions = await db
    .selectFrom('live_sessions')
    .select(['id', 'title', 'workshop_id'])
    .where('organisation_id', '=', organisationId)
    .where('mission_id', '=', mission.id)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  const workshops = workshopsOf(mission);
  const items: HarvestItem[] = [];
  const read: Board['sessions'] = [];
  for (const session of sessions) {
    const workshop = session.workshop_id ? workshops.get(session.workshop_id) : undefined;
    const state = await hub.stateOf(session.id);
    read.push({ id: session.id, title: session.title, workshopId: session.workshop_id, state });
    items.push(
      ...harvestItems(
        {
          sessionId: session.id,
          sessionTitle: session.title,
          workshopId: session.workshop_id,
          workshopTitle: workshop?.title ?? null,
          sequenceTitles: Object.fromEntries((workshop?.sequences ?? []).map((s) => [s.id, s.title])),
        },
        state,
      ),
    );
  }
  items.push(...(await acceptedPhotoNotes(db, organisationId, mission, workshops)));
  return { items, marks: await loadMarks(db, mission.id), sessions: read };
}

/**
 * Notes read off photos (sticky-note walls, flipcharts) that a facilitator reviewed and accepted
 * (OCR-4): harvest items like any other, keyed `photo-<photoId>:<draftId>`, their source the photo.
 */
async function acceptedPhotoNotes(
  db: Db,
  organisationId: string,
  mission: Mission,
  workshops: Map<string, Workshop>,
): Promise<HarvestItem[]> {
  const rows = await db
    .selectFrom('photo_drafts')
    .innerJoin('mission_photos', 'mission_photos.id', 'photo_drafts.photo_id')
    .select([
      'photo_drafts.id',
      'photo_drafts.text',
      'photo_drafts.updated_at',
      'mission_photos.id as photoId',
      'mission_photos.caption',
      'mission_photos.original_name as originalName',
      'mission_photos.workshop_id as workshopId',
      'mission_photos.sequence_id as sequenceId',
      'mission_photos.place',
    ])
    .where('mission_photos.organisation_id', '=', organisationId)
    .where('mission_photos.mission_id', '=', mission.id)
    .where('photo_drafts.status', '=', 'accepted')
    .orderBy('mission_photos.created_at')
    .orderBy('photo_drafts.position')
    .execute();
  return rows.map((r) => {
    const workshop = r.workshopId ? workshops.get(r.workshopId) : undefined;
    const sessionId = `photo-${r.photoId}`;
    return {
      key: itemKey(sessionId, r.id),
      sessionId,
      sessionTitle: r.caption || r.originalName || 'Photo',
      contributionId: r.id,
      workshopId: r.workshopId,
      workshopTitle: workshop?.title ?? null,
      sequenceId: r.sequenceId,
      sequenceTitle: workshop?.sequences.find((s) => s.id === r.sequenceId)?.title ?? null,
      activityId: null,
      activityTitle: `Photo${r.caption ? ` : ${r.caption}` : ''}`,
      activityKind: null,
      column: null,
      place: r.place ?? null,
      author: '',
      text: r.text,
      hidden: false,
      at: new Date(r.updated_at).getTime(),
    };
  });
}

export async function loadMarks(db: Db, missionId: string): Promise<Map<string, HarvestMark>> {
  const rows = await db
    .selectFrom('harvest_marks')
    .select(['item_key', 'tags', 'cluster_id', 'duplicate_of', 'verbatim'])
    .where('mission_id', '=', missionId)
    .execute();
  return new Map(
    rows.map((r) => [
      r.item_key,
      { tags: r.tags, clusterId: r.cluster_id, duplicateOf: r.duplicate_of, verbatim: r.verbatim },
    ]),
  );
}

/** Refuses keys that are not items of this mission's harvest, naming the first one. */
export function requireItems(board: Board, keys: readonly string[]): void {
  const known = new Set(board.items.map((i) => i.key));
  const unknown = keys.find((k) => !known.has(k));
  if (unknown !== undefined)
    throw new AppError('VALIDATION_FAILED', `itemKeys: "${unknown}" is not a contribution of this mission.`);
}

/** Writes part of the marks of some items, leaving the rest as it was. */
export async function updateMarks(
  db: Db,
  missionId: string,
  keys: readonly string[],
  patch: Partial<HarvestMark>,
  current: Map<string, HarvestMark>,
): Promise<void> {
  if (keys.length === 0) return;
  await db
    .insertInto('harvest_marks')
    .values(
      keys.map((key) => {
        const mark = { ...NO_MARK, ...current.get(key), ...patch };
        return {
          mission_id: missionId,
          item_key: key,
          tags: JSON.stringify(mark.tags),
          cluster_id: mark.clusterId,
          duplicate_of: mark.duplicateOf,
          verbatim: mark.verbatim,
        };
      }),
    )
    .onConflict((oc) =>
      oc.columns(['mission_id', 'item_key']).doUpdateSet((eb) => ({
        tags: eb.ref('excluded.tags'),
        cluster_id: eb.ref('excluded.cluster_id'),
        duplicate_of: eb.ref('excluded.duplicate_of'),
        verbatim: eb.ref('excluded.verbatim'),
        updated_at: new Date(),
      })),
    )
    .execute();
}
