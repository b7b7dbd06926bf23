/**
 * A live session's settings and material: the join questions (JOIN-1), the
 * roster with its answers (for grouping), and the documents of readings
 * (ACT-12). Staff routes are organisation-scoped; phones read a document with
 * their participant token.
 */
import { joinQuestionsSchema, LIMITS, normaliseJoinCode } from '@cercle/core';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../context.ts';
import { AppError } from '../errors.ts';
import { errorResponses, uuid } from '../http/schemas.ts';
import { requireMember } from '../organisations/access.ts';
import { findParticipantByToken, findSessionById, type SessionRow, sessionInOrg } from './lookups.ts';
import { presentSession } from './present.ts';
import {
  addReadingDocument,
  listReadingDocuments,
  PDF_MAX_BYTES,
  readReadingDocument,
  textOfPdf,
} from './reading-document.ts';

const tags = ['live'];
const sessionParams = z.strictObject({ orgId: uuid, sessionId: uuid });
const documentSchema = z.object({
  id: z.string(),
  title: z.string(),
  source: z.enum(['text', 'pdf']),
  length: z.number(),
  createdAt: z.string(),
});

export function liveSessionRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db, config } = ctx;

  r.put(
    '/api/organisations/:orgId/live-sessions/:sessionId/join-questions',
    {
      schema: {
        tags,
        params: sessionParams,
        body: z.strictObject({ questions: joinQuestionsSchema }),
        response: { 200: z.object({ session: z.any() }), ...errorResponses },
      },
    },
    async (request) => {
      await requireMember(db, request, request.params.orgId, 'write');
      const session = await sessionInOrg(db, request.params.orgId, request.params.sessionId);
      await db
        .updateTable('live_sessions')
        .set({ join_questions: JSON.stringify(request.body.questions) })
        .where('id', '=', session.id)
        .execute();
      const count = await db
        .selectFrom('participants')
        .select((eb) => eb.fn.countAll<string>().as('n'))
        .where('live_session_id', '=', session.id)
        .executeTakeFirstOrThrow();
      const updated = (await findSessionById(db, session.id)) as SessionRow;
      return { session: presentSession(config, updated, Number(count.n)) };
    },
  );

  r.get(
    '/api/organisations/:orgId/live-sessions/:sessionId/participants',
    {
      schema: {
        tags,
        params: sessionParams,
        response: {
          200: z.object({
            participants: z.array(
              z.object({
                id: z.string(),
                nickname: z.string(),
                attributes: z.record(z.string(), z.string()),
                joinedAt: z.string(),
              }),
            ),
          }),
          ...errorResponses,
        },
      },
    },
    async (request) => {
      await requireMember(db, request, request.params.orgId, 'read');
      const session = await sessionInOrg(db, request.params.orgId, request.params.sessionId);
      const rows = await db
        .selectFrom('participants')
        .select(['id', 'nickname', 'attributes', 'created_at'])
        .where('live_session_id', '=', session.id)
        .orderBy('created_at')
        .orderBy('id')
        .execute();
      return {
        participants: rows.map((p) => ({
          id: p.id,
          nickname: p.nickname,
          attributes: p.attributes ?? {},
          joinedAt: new Date(p.created_at).toISOString(),
        })),
      };
    },
  );

  r.post(
    '/api/organisations/:orgId/live-sessions/:sessionId/documents',
    {
      // A reading of 200,000 characters, or a PDF of 8 MB sent as base64.
      bodyLimit: Math.ceil((PDF_MAX_BYTES * 4) / 3) + 64 * 1024,
      schema: {
        tags,
        params: sessionParams,
        body: z.union([
          z.strictObject({
            title: z.string().trim().min(1).max(200),
            text: z.string().max(LIMITS.readingTextMax * 2),
          }),
          z.strictObject({
            title: z.string().trim().min(1).max(200),
            pdfBase64: z.base64().max(Math.ceil((PDF_MAX_BYTES * 4) / 3) + 4),
          }),
        ]),
        response: { 201: z.object({ document: documentSchema }), ...errorResponses },
      },
    },
    async (request, reply) => {
      const { user } = await requireMember(db, request, request.params.orgId, 'write');
      const session = await sessionInOrg(db, request.params.orgId, request.params.sessionId);
      const body = request.body;
      const document =
        'text' in body
          ? await addReadingDocument(db, {
              sessionId: session.id,
              title: body.title,
              source: 'text',
              body: body.text,
              createdBy: user.id,
            })
          : await addReadingDocument(db, {
              sessionId: session.id,
              title: body.title,
              source: 'pdf',
              body: await textOfPdf(new Uint8Array(Buffer.from(body.pdfBase64, 'base64'))),
              createdBy: user.id,
            });
      return reply.status(201).send({ document });
    },
  );

  r.get(
    '/api/organisations/:orgId/live-sessions/:sessionId/documents',
    {
      schema: {
        tags,
        params: sessionParams,
        response: { 200: z.object({ documents: z.array(documentSchema) }), ...errorResponses },
      },
    },
    async (request) => {
      await requireMember(db, request, request.params.orgId, 'read');
      const session = await sessionInOrg(db, request.params.orgId, request.params.sessionId);
      return { documents: await listReadingDocuments(db, session.id) };
    },
  );

  r.get(
    '/api/join/:code/documents/:documentId',
    {
      config: { rateLimit: { max: 600, timeWindow: '1 minute' } },
      schema: {
        tags,
        params: z.strictObject({ code: z.string().min(1).max(20), documentId: uuid }),
        headers: z.object({ authorization: z.string().max(300).optional() }),
        response: {
          200: z.object({ document: z.object({ id: z.string(), title: z.string(), text: z.string() }) }),
          ...errorResponses,
        },
      },
    },
    async (request, reply) => {
      const token = request.headers.authorization?.replace(/^Bearer\s+/i, '');
      const found = token ? await findParticipantByToken(db, token) : undefined;
      if (!found || found.session.code !== normaliseJoinCode(request.params.code))
        throw new AppError('INVALID_TOKEN');
      reply.header('cache-control', 'private, max-age=300');
      return { document: await readReadingDocument(db, found.session.id, request.params.documentId) };
    },
  );
}
