/** Runs text recognition on a stored photo and keeps the candidate notes as drafts. */
import type { Db } from '../db/database.ts';
import { draftNotesFrom } from './draft-notes.ts';
import { findPhoto, type PhotoScope, photoBytes, replacePendingDrafts } from './photo-store.ts';
import type { Recogniser } from './recogniser.ts';

export async function recognisePhoto(db: Db, recogniser: Recogniser, scope: PhotoScope, photoId: string) {
  const photo = await findPhoto(db, scope, photoId);
  const { bytes } = await photoBytes(db, scope, photoId, 'image');
  const { lines, scale } = await recogniser.recognise(bytes);
  // A flipchart is a list: one item per line. Notes and drawings: lines stacked together are one note.
  const notes = draftNotesFrom(lines, photo.kind === 'flipchart' ? 'lines' : 'notes').map((n) => ({
    ...n,
    box: {
      x0: Math.round(n.box.x0 * scale),
      y0: Math.round(n.box.y0 * scale),
      x1: Math.round(n.box.x1 * scale),
      y1: Math.round(n.box.y1 * scale),
    },
  }));
  const drafts = await replacePendingDrafts(db, photoId, notes);
  const message =
    notes.length === 0
      ? 'No text was found on this photo. Try a sharper, closer photo in good light, or type the notes.'
      : `${notes.length} draft note(s) recognised: check each one, correct it, then accept or reject it.`;
  return { drafts, recognised: notes.length, message };
}
