/**
 * Photos of Open Space session reports (OS-LIVE-8), stored per live session. A report carries
 * photo ids as plain strings (the core decide cannot see the database), so everything that
 * reads them goes through here and keeps only the photos of the same live session.
 */
import type { Db } from '../db/database.ts';
import { AppError } from '../errors.ts';
import type { ProcessedPhoto } from '../photos/image-intake.ts';

/** A photo as the proceedings embed it. */
export interface ProceedingsPhoto {
  jpeg: Buffer;
  width: number;
  height: number;
}

/** Enough for a long day of reports; bounds what one room can store. */
export const MAX_PHOTOS_PER_SESSION = 300;
/** Proceedings stay a document people can e-mail: photos past this many are counted, not embedded. */
export const MAX_PROCEEDINGS_PHOTOS = 60;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export async function insertSessionPhoto(
  db: Db,
  sessionId: string,
  participantId: string,
  processed: ProcessedPhoto,
): Promise<string> {
  const { n } = await db
    .selectFrom('session_photos')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('live_session_id', '=', sessionId)
    .executeTakeFirstOrThrow();
  if (Number(n) >= MAX_PHOTOS_PER_SESSION)
    throw new AppError('VALIDATION_FAILED', `This session already has ${MAX_PHOTOS_PER_SESSION} photos.`);
  const row = await db
    .insertInto('session_photos')
    .values({
      live_session_id: sessionId,
      participant_id: participantId,
      content_type: processed.contentType,
      width: processed.width,
      height: processed.height,
      image: processed.image,
      thumbnail: processed.thumbnail,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** The bytes of one photo of this session, or NOT_FOUND (another session's photo looks like none). */
export async function sessionPhotoBytes(
  db: Db,
  sessionId: string,
  photoId: string,
  which: 'image' | 'thumbnail',
): Promise<{ bytes: Buffer; contentType: string }> {
  const row = await db
    .selectFrom('session_photos')
    .select([which, 'content_type'])
    .where('live_session_id', '=', sessionId)
    .where('id', '=', photoId)
    .executeTakeFirst();
  if (!row) throw new AppError('NOT_FOUND');
  const bytes = (row as Record<string, unknown>)[which];
  return { bytes: Buffer.from(bytes as Uint8Array), contentType: row.content_type };
}

/**
 * The photos the reports name that belong to this session, by id. Ids that are not uuids, or
 * are photos of another session, are left out: a report cannot pull in someone else's photo.
 */
export async function proceedingsPhotos(
  db: Db,
  sessionId: string,
  reports: readonly { photoIds: readonly string[] }[],
): Promise<Map<string, ProceedingsPhoto>> {
  const ids = [...new Set(reports.flatMap((r) => r.photoIds))]
    .filter((id) => UUID.test(id))
    .slice(0, MAX_PROCEEDINGS_PHOTOS);
  if (ids.length === 0) return new Map();
  const rows = await db
    .selectFrom('session_photos')
    .select(['id', 'image', 'width', 'height'])
    .where('live_session_id', '=', sessionId)
    .where('id', 'in', ids)
    .execute();
  return new Map(rows.map((r) => [r.id, { jpeg: Buffer.from(r.image), width: r.width, height: r.height }]));
}
