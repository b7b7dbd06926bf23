/**
 * Photos of a mission (graphic recordings, flipcharts, sticky-note walls)
 * and the draft notes text recognition makes from them. Members read;
 * owners and facilitators upload, edit, delete and recognise.
 */
import { GROUPING_LIMITS, LIMITS } from '@cercle/core';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../context.ts';
import { AppError } from '../errors.ts';
import { errorResponses, uuid } from '../http/schemas.ts';
import { loadMission } from '../missions/mission-store.ts';
import { requireMember } from '../organisations/access.ts';
import { cleanText } from './draft-notes.ts';
import { decodeBase64Photo, displayName, PHOTO_LIMITS, photoTooLarge, processPhoto } from './image-intake.ts';
import {
  deletePhoto,
  findPhoto,
  insertPhoto,
  listDrafts,
  listPhotos,
  type PhotoScope,
  photoBytes,
  placeInMission,
  updateDraft,
  updatePhoto,
} from './photo-store.ts';
import { draftSchema, photoKind, photoSchema, presentDraft, presentPhoto } from './present.ts';
import { recognisePhoto } from './recognise-photo.ts';
import { Recogniser } from './recogniser.ts';

const tags = ['photos'];
const BASE = '/api/organisations/:orgId/missions/:missionId/photos';
const base64Max = Math.ceil((PHOTO_LIMITS.maxBytes * 4) / 3) + 4;
/** The photo as base64 plus a few short fields; anything larger is refused before it is read. */
const UPLOAD_BODY_LIMIT = base64Max + 16 * 1024;

const missionParams = z.strictObject({ orgId: uuid, missionId: uuid });
const photoParams = missionParams.extend({ photoId: uuid });
const draftParams = photoParams.extend({ draftId: uuid });
const documentId = z.string().trim().min(1).max(100);
const caption = z.string().trim().max(500);
const tablePlace = z.strictObject({
  planId: z.string().min(1).max(64),
  title: z.string().trim().min(1).max(120),
  round: z
    .number()
    .int()
    .min(0)
    .max(GROUPING_LIMITS.maxRounds - 1),
  table: z
    .number()
    .int()
    .min(0)
    .max(GROUPING_LIMITS.maxPeople - 1),
});

const scopeOf = (params: { orgId: string; missionId: string }): PhotoScope => ({
  organisationId: params.orgId,
  missionId: params.missionId,
});

export function photoRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = ctx;
  const recogniser = new Recogniser();
  app.addHook('onClose', () => recogniser.close());

  /**
   * Who may upload is checked before the body (up to 33 MB of base64) is even read, so a stranger
   * cannot make the server parse large bodies. Malformed ids are left to the schema's 400.
   */
  const writerFirst = async (request: FastifyRequest) => {
    const params = missionParams.safeParse(request.params);
    if (params.success) await requireMember(db, request, params.data.orgId, 'write');
  };

  r.post(
    BASE,
    {
      bodyLimit: UPLOAD_BODY_LIMIT,
      onRequest: writerFirst,
      errorHandler: photoTooLarge,
      schema: {
        tags,
        params: missionParams,
        body: z.strictObject({
          /** The file's bytes; its type is read from them, never from the name. */
          imageBase64: z.string().min(1).max(base64Max),
          fileName: z.string().max(500).optional(),
          workshopId: documentId.nullish(),
          sequenceId: documentId.nullish(),
          caption: caption.default(''),
          kind: photoKind.default('other'),
          /** A table in a round of a live session's groups (a World Café tablecloth). */
          place: tablePlace.nullish(),
        }),
        response: { 201: z.object({ photo: photoSchema }), 413: errorResponses[400], ...errorResponses },
      },
    },
    async (request, reply) => {
      const { user } = await requireMember(db, request, request.params.orgId, 'write');
      const scope = scopeOf(request.params);
      const { mission } = await loadMission(db, scope.organisationId, scope.missionId);
      const body = request.body;
      const place = placeInMission(mission, body.workshopId, body.sequenceId);
      const processed = await processPhoto(decodeBase64Photo(body.imageBase64));
      const row = await insertPhoto(db, scope, {
        processed,
        ...place,
        kind: body.kind,
        caption: body.caption,
        originalName: displayName(body.fileName),
        uploadedBy: user.id,
        place: body.place ?? null,
      });
      return reply.status(201).send({ photo: presentPhoto(scope.organisationId, row) });
    },
  );

  r.get(
    BASE,
    {
      schema: {
        tags,
        params: missionParams,
        querystring: z.strictObject({ workshopId: documentId.optional(), sequenceId: documentId.optional() }),
        response: { 200: z.object({ photos: z.array(photoSchema) }), ...errorResponses },
      },
    },
    async (request) => {
      await requireMember(db, request, request.params.orgId, 'read');
      const scope = scopeOf(request.params);
      await loadMission(db, scope.organisationId, scope.missionId);
      const rows = await listPhotos(db, scope, request.query);
      return { photos: rows.map((row) => presentPhoto(scope.organisationId, row)) };
    },
  );

  r.get(
    `${BASE}/:photoId`,
    {
      schema: {
        tags,
        params: photoParams,
        response: { 200: z.object({ photo: photoSchema }), ...errorResponses },
      },
    },
    async (request) => {
      await requireMember(db, request, request.params.orgId, 'read');
      const scope = scopeOf(request.params);
      const row = await findPhoto(db, scope, request.params.photoId);
      const drafts = await listDrafts(db, row.id);
      return { photo: presentPhoto(scope.organisationId, { ...row, draft_count: drafts.length }) };
    },
  );

  for (const which of ['image', 'thumbnail'] as const) {
    r.get(`${BASE}/:photoId/${which}`, { schema: { tags, params: photoParams } }, async (request, reply) => {
      await requireMember(db, request, request.params.orgId, 'read');
      const { bytes, contentType } = await photoBytes(
        db,
        scopeOf(request.params),
        request.params.photoId,
        which,
      );
      return (
        reply
          .type(contentType)
          // Only the member's own browser may keep it; the bytes of an id never change.
          .header('cache-control', 'private, max-age=86400')
          .header('x-content-type-options', 'nosniff')
          .header('content-disposition', `inline; filename="photo-${request.params.photoId}.jpg"`)
          .send(bytes)
      );
    });
  }

  r.patch(
    `${BASE}/:photoId`,
    {
      schema: {
        tags,
        params: photoParams,
        body: z
          .strictObject({
            caption: caption.optional(),
            workshopId: documentId.nullable().optional(),
            sequenceId: documentId.nullable().optional(),
            kind: photoKind.optional(),
          })
          .refine((b) => Object.keys(b).length > 0, 'Change at least one field.'),
        response: { 200: z.object({ photo: photoSchema }), ...errorResponses },
      },
    },
    async (request) => {
      await requireMember(db, request, request.params.orgId, 'write');
      const scope = scopeOf(request.params);
      const photo = await findPhoto(db, scope, request.params.photoId);
      const body = request.body;
      let place: { workshopId?: string | null; sequenceId?: string | null } = {};
      if (body.workshopId !== undefined || body.sequenceId !== undefined) {
        const { mission } = await loadMission(db, scope.organisationId, scope.missionId);
        // Moving to another workshop drops the old sequence; a new sequence alone finds its workshop.
        const workshopChanged = body.workshopId !== undefined && body.workshopId !== photo.workshop_id;
        const sequenceId =
          body.sequenceId !== undefined ? body.sequenceId : workshopChanged ? null : photo.sequence_id;
        const workshopId =
          body.workshopId !== undefined ? body.workshopId : body.sequenceId ? null : photo.workshop_id;
        place = placeInMission(mission, workshopId, sequenceId);
      }
      const row = await updatePhoto(db, scope, photo.id, {
        caption: body.caption,
        kind: body.kind,
        ...place,
      });
      const drafts = await listDrafts(db, row.id);
      return { photo: presentPhoto(scope.organisationId, { ...row, draft_count: drafts.length }) };
    },
  );

  r.delete(
    `${BASE}/:photoId`,
    { schema: { tags, params: photoParams, response: { 204: z.null(), ...errorResponses } } },
    async (request, reply) => {
      await requireMember(db, request, request.params.orgId, 'write');
      await deletePhoto(db, scopeOf(request.params), request.params.photoId);
      return reply.status(204).send(null);
    },
  );

  r.post(
    `${BASE}/:photoId/recognise`,
    {
      schema: {
        tags,
        params: photoParams,
        response: {
          200: z.object({ drafts: z.array(draftSchema), recognised: z.number(), message: z.string() }),
          503: errorResponses[400],
          ...errorResponses,
        },
      },
    },
    async (request) => {
      await requireMember(db, request, request.params.orgId, 'write');
      const result = await recognisePhoto(db, recogniser, scopeOf(request.params), request.params.photoId);
      return { ...result, drafts: result.drafts.map(presentDraft) };
    },
  );

  r.get(
    `${BASE}/:photoId/drafts`,
    {
      schema: {
        tags,
        params: photoParams,
        response: { 200: z.object({ drafts: z.array(draftSchema) }), ...errorResponses },
      },
    },
    async (request) => {
      await requireMember(db, request, request.params.orgId, 'read');
      const photo = await findPhoto(db, scopeOf(request.params), request.params.photoId);
      return { drafts: (await listDrafts(db, photo.id)).map(presentDraft) };
    },
  );

  r.put(
    `${BASE}/:photoId/drafts/:draftId`,
    {
      schema: {
        tags,
        params: draftParams,
        body: z
          .strictObject({
            text: z.string().max(LIMITS.contributionTextMax).optional(),
            status: z.enum(['draft', 'accepted', 'rejected']).optional(),
          })
          .refine((b) => b.text !== undefined || b.status !== undefined, 'Send a text, a status or both.'),
        response: { 200: z.object({ draft: draftSchema }), ...errorResponses },
      },
    },
    async (request) => {
      const { user } = await requireMember(db, request, request.params.orgId, 'write');
      const { text, status } = request.body;
      const cleaned = text === undefined ? undefined : cleanText(text);
      if (cleaned === '' && status === 'accepted') {
        throw new AppError('VALIDATION_FAILED', 'An accepted note needs a text.', [
          { path: 'body.text', message: 'empty' },
        ]);
      }
      const row = await updateDraft(
        db,
        scopeOf(request.params),
        request.params.photoId,
        request.params.draftId,
        {
          text: cleaned,
          status,
          reviewedBy: user.id,
        },
      );
      return { draft: presentDraft(row) };
    },
  );
}
