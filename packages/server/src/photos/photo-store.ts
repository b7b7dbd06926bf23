/**
 * Photos and their draft notes in the database. Every query names the
 * organisation and the mission, so an id from another organisation finds
 * nothing (404) rather than someone else's photo.
 */
import type { Mission, TablePlace } from '@cercle/core';
import type { Db } from '../db/database.ts';
import type { PhotoKind } from '../db/schema.ts';
import { AppError } from '../errors.ts';
import type { DraftNote } from './draft-notes.ts';
import type { ProcessedPhoto } from './image-intake.ts';

export interface PhotoScope {
  organisationId: string;
  missionId: string;
}

/** Columns for listings: everything but the bytes. */
const META = [
  'id',
  'mission_id',
  'workshop_id',
  'sequence_id',
  'kind',
  'caption',
  'original_name',
  'content_type',
  'width',
  'height',
  'uploaded_by',
  'created_at',
  'recognised_at',
  'place',
] as const;

export type PhotoRow = Awaited<ReturnType<typeof findPhoto>>;
export type DraftStatus = 'draft' | 'accepted' | 'rejected';

/** Where in the mission a photo belongs: a workshop, and one of its sequences; both checked. */
export function placeInMission(
  mission: Mission,
  workshopId: string | null | undefined,
  sequenceId: string | null | undefined,
): { workshopId: string | null; sequenceId: string | null } {
  const workshops = mission.steps.flatMap((s) => (s.workshop ? [s.workshop] : []));
  let workshop = workshopId ? workshops.find((w) => w.id === workshopId) : undefined;
  if (workshopId && !workshop) {
    throw new AppError('VALIDATION_FAILED', 'This mission has no workshop with this id.', [
      { path: 'body.workshopId', message: 'unknown workshop' },
    ]);
  }
  if (!sequenceId) return { workshopId: workshop?.id ?? null, sequenceId: null };
  workshop ??= workshops.find((w) => w.sequences.some((s) => s.id === sequenceId));
  if (!workshop?.sequences.some((s) => s.id === sequenceId)) {
    throw new AppError('VALIDATION_FAILED', "This sequence is not in the workshop's run of show.", [
      { path: 'body.sequenceId', message: 'unknown sequence' },
    ]);
  }
  return { workshopId: workshop.id, sequenceId };
}

export async function insertPhoto(
  db: Db,
  scope: PhotoScope,
  input: {
    processed: ProcessedPhoto;
    workshopId: string | null;
    sequenceId: string | null;
    kind: PhotoKind;
    caption: string;
    originalName: string;
    uploadedBy: string;
    place: TablePlace | null;
  },
) {
  return db
    .insertInto('mission_photos')
    .values({
      organisation_id: scope.organisationId,
      mission_id: scope.missionId,
      workshop_id: input.workshopId,
      sequence_id: input.sequenceId,
      kind: input.kind,
      caption: input.caption,
      original_name: input.originalName,
      content_type: input.processed.contentType,
      width: input.processed.width,
      height: input.processed.height,
      image: input.processed.image,
      thumbnail: input.processed.thumbnail,
      uploaded_by: input.uploadedBy,
      place: input.place ? JSON.stringify(input.place) : null,
    })
    .returning(META)
    .executeTakeFirstOrThrow();
}

export async function listPhotos(
  db: Db,
  scope: PhotoScope,
  filter: { workshopId?: string | undefined; sequenceId?: string | undefined },
) {
  let query = db
    .selectFrom('mission_photos as p')
    .select(META.map((c) => `p.${c}` as const))
    .select((eb) =>
      eb
        .selectFrom('photo_drafts as d')
        .whereRef('d.photo_id', '=', 'p.id')
        .select((e) => e.fn.countAll<string>().as('n'))
        .as('draft_count'),
    )
    .where('p.organisation_id', '=', scope.organisationId)
    .where('p.mission_id', '=', scope.missionId);
  if (filter.workshopId) query = query.where('p.workshop_id', '=', filter.workshopId);
  if (filter.sequenceId) query = query.where('p.sequence_id', '=', filter.sequenceId);
  return query.orderBy('p.created_at').orderBy('p.id').execute();
}

export async function findPhoto(db: Db, scope: PhotoScope, photoId: string) {
  const row = await db
    .selectFrom('mission_photos')
    .select(META)
    .where('organisation_id', '=', scope.organisationId)
    .where('mission_id', '=', scope.missionId)
    .where('id', '=', photoId)
    .executeTakeFirst();
  if (!row) throw new AppError('NOT_FOUND');
  return row;
}

export async function photoBytes(
  db: Db,
  scope: PhotoScope,
  photoId: string,
  which: 'image' | 'thumbnail',
): Promise<{ bytes: Buffer; contentType: string }> {
  const row = await db
    .selectFrom('mission_photos')
    .select([which, 'content_type'])
    .where('organisation_id', '=', scope.organisationId)
    .where('mission_id', '=', scope.missionId)
    .where('id', '=', photoId)
    .executeTakeFirst();
  if (!row) throw new AppError('NOT_FOUND');
  const bytes = (row as Record<string, unknown>)[which];
  return { bytes: Buffer.from(bytes as Uint8Array), contentType: row.content_type };
}

export async function updatePhoto(
  db: Db,
  scope: PhotoScope,
  photoId: string,
  changes: {
    caption?: string | undefined;
    kind?: PhotoKind | undefined;
    workshopId?: string | null | undefined;
    sequenceId?: string | null | undefined;
  },
) {
  const row = await db
    .updateTable('mission_photos')
    .set({
      ...(changes.caption !== undefined ? { caption: changes.caption } : {}),
      ...(changes.kind !== undefined ? { kind: changes.kind } : {}),
      ...(changes.workshopId !== undefined ? { workshop_id: changes.workshopId } : {}),
      ...(changes.sequenceId !== undefined ? { sequence_id: changes.sequenceId } : {}),
    })
    .where('organisation_id', '=', scope.organisationId)
    .where('mission_id', '=', scope.missionId)
    .where('id', '=', photoId)
    .returning(META)
    .executeTakeFirst();
  if (!row) throw new AppError('NOT_FOUND');
  return row;
}

export async function deletePhoto(db: Db, scope: PhotoScope, photoId: string): Promise<void> {
  const res = await db
    .deleteFrom('mission_photos')
    .where('organisation_id', '=', scope.organisationId)
    .where('mission_id', '=', scope.missionId)
    .where('id', '=', photoId)
    .executeTakeFirst();
  if (Number(res.numDeletedRows) !== 1) throw new AppError('NOT_FOUND');
}

const DRAFT_COLUMNS = [
  'id',
  'photo_id',
  'position',
  'text',
  'recognised_text',
  'confidence',
  'box',
  'status',
  'reviewed_by',
  'updated_at',
] as const;
export type DraftRow = Awaited<ReturnType<typeof listDrafts>>[number];

/** Drafts of a photo already found in scope (callers use `findPhoto` first). */
export async function listDrafts(db: Db, photoId: string) {
  return db
    .selectFrom('photo_drafts')
    .select(DRAFT_COLUMNS)
    .where('photo_id', '=', photoId)
    .orderBy('position')
    .execute();
}

/**
 * Stores a new recognition: drafts nobody reviewed yet are replaced, reviewed ones (accepted or
 * rejected) are kept, and a new candidate repeating a kept one is dropped.
 */
export async function replacePendingDrafts(db: Db, photoId: string, notes: DraftNote[]) {
  await db.transaction().execute(async (tx) => {
    await tx
      .deleteFrom('photo_drafts')
      .where('photo_id', '=', photoId)
      .where('status', '=', 'draft')
      .execute();
    const kept = await tx
      .selectFrom('photo_drafts')
      .select(['text', 'position'])
      .where('photo_id', '=', photoId)
      .execute();
    const keptTexts = new Set(kept.map((k) => k.text));
    const fresh = notes.filter((n) => !keptTexts.has(n.text));
    const start = kept.reduce((max, k) => Math.max(max, k.position + 1), 0);
    if (fresh.length > 0) {
      await tx
        .insertInto('photo_drafts')
        .values(
          fresh.map((n, i) => ({
            photo_id: photoId,
            position: start + i,
            text: n.text,
            recognised_text: n.text,
            confidence: n.confidence,
            box: JSON.stringify(n.box),
          })),
        )
        .execute();
    }
    await tx
      .updateTable('mission_photos')
      .set({ recognised_at: new Date() })
      .where('id', '=', photoId)
      .execute();
  });
  return listDrafts(db, photoId);
}

export async function updateDraft(
  db: Db,
  scope: PhotoScope,
  photoId: string,
  draftId: string,
  changes: { text?: string | undefined; status?: DraftStatus | undefined; reviewedBy: string },
) {
  const row = await db
    .updateTable('photo_drafts')
    .set({
      ...(changes.text !== undefined ? { text: changes.text } : {}),
      ...(changes.status !== undefined ? { status: changes.status } : {}),
      reviewed_by: changes.reviewedBy,
      updated_at: new Date(),
    })
    .where('id', '=', draftId)
    .where('photo_id', '=', photoId)
    .where('photo_id', 'in', (eb) =>
      eb
        .selectFrom('mission_photos')
        .select('id')
        .where('organisation_id', '=', scope.organisationId)
        .where('mission_id', '=', scope.missionId),
    )
    .returning(DRAFT_COLUMNS)
    .executeTakeFirst();
  if (!row) throw new AppError('NOT_FOUND');
  return row;
}
