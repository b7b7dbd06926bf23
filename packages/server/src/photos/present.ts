/** The JSON shapes of photos and draft notes, HTTP's only view of the tables. */
import { z } from 'zod';
import type { DraftRow, PhotoRow } from './photo-store.ts';

export const photoKind = z.enum(['graphic-recording', 'flipchart', 'sticky-notes', 'other']);
const box = z.object({ x0: z.number(), y0: z.number(), x1: z.number(), y1: z.number() });

export const photoSchema = z.object({
  id: z.string(),
  missionId: z.string(),
  workshopId: z.string().nullable(),
  sequenceId: z.string().nullable(),
  kind: photoKind,
  caption: z.string(),
  originalName: z.string(),
  contentType: z.string(),
  width: z.number(),
  height: z.number(),
  uploadedBy: z.string(),
  createdAt: z.string(),
  recognisedAt: z.string().nullable(),
  /** The table and round it was taken at, when the facilitator said so. */
  place: z.object({ planId: z.string(), title: z.string(), round: z.number(), table: z.number() }).nullable(),
  draftCount: z.number(),
  imageUrl: z.string(),
  thumbnailUrl: z.string(),
});

export const draftSchema = z.object({
  id: z.string(),
  photoId: z.string(),
  position: z.number(),
  text: z.string(),
  recognisedText: z.string(),
  confidence: z.number(),
  box,
  status: z.enum(['draft', 'accepted', 'rejected']),
  reviewedBy: z.string().nullable(),
  updatedAt: z.string(),
});

export function presentPhoto(
  organisationId: string,
  row: PhotoRow & { draft_count?: string | number | null },
): z.infer<typeof photoSchema> {
  const base = `/api/organisations/${organisationId}/missions/${row.mission_id}/photos/${row.id}`;
  return {
    id: row.id,
    missionId: row.mission_id,
    workshopId: row.workshop_id,
    sequenceId: row.sequence_id,
    kind: row.kind,
    caption: row.caption,
    originalName: row.original_name,
    contentType: row.content_type,
    width: row.width,
    height: row.height,
    uploadedBy: row.uploaded_by,
    createdAt: new Date(row.created_at).toISOString(),
    recognisedAt: row.recognised_at ? new Date(row.recognised_at).toISOString() : null,
    place: row.place ?? null,
    draftCount: Number(row.draft_count ?? 0),
    imageUrl: `${base}/image`,
    thumbnailUrl: `${base}/thumbnail`,
  };
}

export function presentDraft(row: DraftRow): z.infer<typeof draftSchema> {
  return {
    id: row.id,
    photoId: row.photo_id,
    position: row.position,
    text: row.text,
    recognisedText: row.recognised_text,
    confidence: Number(row.confidence),
    box: row.box,
    status: row.status,
    reviewedBy: row.reviewed_by,
    updatedAt: new Date(row.updated_at).toISOString(),
  };
}
