/**
 * Photos for Open Space session reports (OS-LIVE-8). A convener or scribe takes them from the
 * phone with the participant token; the report then names them in `photoIds`. Phones see the
 * thumbnails of their own session; members of the organisation read the full images (the
 * proceedings embed them, see proceedings-docx.ts / proceedings-pdf.ts).
 */
import { createHash } from 'node:crypto';
import { normaliseJoinCode } from '@cercle/core';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../context.ts';
import type { Db } from '../db/database.ts';
import { AppError } from '../errors.ts';
import { errorResponses, uuid } from '../http/schemas.ts';
import { findParticipantByToken, sessionInOrg } from '../live/lookups.ts';
import { requireMember } from '../organisations/access.ts';
import { decodeBase64Photo, PHOTO_LIMITS, photoTooLarge, processPhoto } from '../photos/image-intake.ts';
import { insertSessionPhoto, sessionPhotoBytes } from './session-photos.ts';

const tags = ['open-space'];
const base64Max = Math.ceil((PHOTO_LIMITS.maxBytes * 4) / 3) + 4;
const code = z.string().min(1).max(20);
const authorization = z.object({ authorization: z.string().max(300).optional() });
const tokenOf = (request: FastifyRequest) =>
  request.headers.authorization?.replace(/^Bearer\s+/i, '') || undefined;

/**
 * A whole room shares the venue's address, so uploads are limited per participant token (hashed,
 * never kept) rather than per address: a phone sending a photo every few seconds is plenty.
 */
const perParticipant = (max: number) => ({
  rateLimit: {
    max,
    timeWindow: '1 minute',
    keyGenerator: (request: FastifyRequest) =>
      `photo:${createHash('sha256')
        .update(tokenOf(request) ?? request.ip)
        .digest('base64url')}`,
  },
});

/** The participant behind the token, in the session of this join code, or INVALID_TOKEN. */
async function participantOf(db: Db, request: FastifyRequest, joinCode: string) {
  const token = tokenOf(request);
  const found = token ? await findParticipantByToken(db, token) : undefined;
  if (!found || found.session.code !== normaliseJoinCode(joinCode)) throw new AppError('INVALID_TOKEN');
  return found;
}

const thumbnailUrl = (joinCode: string, id: string) => `/api/join/${joinCode}/photos/${id}/thumbnail`;

function sendJpeg(reply: import('fastify').FastifyReply, photo: { bytes: Buffer; contentType: string }) {
  return (
    reply
      .type(photo.contentType)
      // Only this browser may keep it; the bytes of an id never change.
      .header('cache-control', 'private, max-age=86400')
      .header('x-content-type-options', 'nosniff')
      .send(photo.bytes)
  );
}

export function openSpacePhotoRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = ctx;

  /** The token and the session's state are checked before the body (up to 33 MB) is read. */
  const participantFirst = async (request: FastifyRequest) => {
    const params = z.object({ code }).safeParse(request.params);
    if (!params.success) return;
    const found = await participantOf(db, request, params.data.code);
    if (found.session.status !== 'open') throw new AppError('SESSION_CLOSED');
  };

  r.post(
    '/api/join/:code/photos',
    {
      bodyLimit: base64Max + 1024,
      config: perParticipant(30),
      onRequest: participantFirst,
      errorHandler: photoTooLarge,
      schema: {
        tags,
        params: z.strictObject({ code }),
        headers: authorization,
        /** The file's bytes; its type is read from them, never from a name. */
        body: z.strictObject({ imageBase64: z.string().min(1).max(base64Max) }),
        response: {
          201: z.object({ photo: z.object({ id: z.string(), thumbnailUrl: z.string() }) }),
          413: errorResponses[400],
          ...errorResponses,
        },
      },
    },
    async (request, reply) => {
      const found = await participantOf(db, request, request.params.code);
      if (found.session.status !== 'open') throw new AppError('SESSION_CLOSED');
      const processed = await processPhoto(decodeBase64Photo(request.body.imageBase64));
      const id = await insertSessionPhoto(db, found.session.id, found.participant.id, processed);
      return reply.status(201).send({ photo: { id, thumbnailUrl: thumbnailUrl(found.session.code, id) } });
    },
  );

  r.get(
    '/api/join/:code/photos/:photoId/thumbnail',
    {
      config: perParticipant(600),
      schema: { tags, params: z.strictObject({ code, photoId: uuid }), headers: authorization },
    },
    async (request, reply) => {
      const found = await participantOf(db, request, request.params.code);
      return sendJpeg(
        reply,
        await sessionPhotoBytes(db, found.session.id, request.params.photoId, 'thumbnail'),
      );
    },
  );

  r.get(
    '/api/organisations/:orgId/live-sessions/:sessionId/photos/:sessionPhotoId/image',
    { schema: { tags, params: z.strictObject({ orgId: uuid, sessionId: uuid, sessionPhotoId: uuid }) } },
    async (request, reply) => {
      const { orgId, sessionId, sessionPhotoId } = request.params;
      await requireMember(db, request, orgId, 'read');
      const session = await sessionInOrg(db, orgId, sessionId);
      return sendJpeg(reply, await sessionPhotoBytes(db, session.id, sessionPhotoId, 'image'));
    },
  );
}
