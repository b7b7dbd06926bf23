/** The method library: built-in methods for everyone, plus each organisation's own. */
import { randomUUID } from 'node:crypto';
import {
  createDesignSchemas,
  METHOD_LIBRARY,
  type Method,
  methodFromSequences,
  type Purpose,
  searchMethods,
} from '@cercle/core';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../context.ts';
import { AppError } from '../errors.ts';
import { requireUser } from '../http/auth.ts';
import { errorResponses, orgParams, uuid } from '../http/schemas.ts';
import { requireMember } from '../organisations/access.ts';
import { organisationLibrary, organisationMethods } from './organisation-library.ts';

const tags = ['methods'];
const methodsAnswer = z.object({ methods: z.array(z.any()) });
const query = z.strictObject({
  locale: z.enum(['fr', 'en']).default('fr'),
  q: z.string().max(200).optional(),
  purpose: z.string().max(40).optional(),
  maxMinutes: z.coerce.number().int().min(1).max(6000).optional(),
  participants: z.coerce.number().int().min(1).max(100_000).optional(),
});

const present = (m: Method, custom: boolean) => ({ ...m, custom });

export function methodRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = ctx;

  r.get(
    '/api/methods',
    { schema: { tags, querystring: query, response: { 200: methodsAnswer, ...errorResponses } } },
    async (request) => {
      await requireUser(db, request);
      const { locale, q, purpose, maxMinutes, participants } = request.query;
      const found = searchMethods(METHOD_LIBRARY, {
        locale,
        ...(q ? { text: q } : {}),
        ...(purpose ? { purpose: purpose as Purpose } : {}),
        ...(maxMinutes ? { maxMinutes } : {}),
        ...(participants ? { participants } : {}),
      });
      return { methods: found.map((m) => present(m, false)) };
    },
  );

  r.get(
    '/api/organisations/:orgId/methods',
    { schema: { tags, params: orgParams, response: { 200: methodsAnswer, ...errorResponses } } },
    async (request) => {
      await requireMember(db, request, request.params.orgId, 'read');
      const own = await organisationMethods(db, request.params.orgId);
      return {
        methods: [
          ...METHOD_LIBRARY.methods.map((m) => present(m, false)),
          ...own.map((m) => present(m, true)),
        ],
      };
    },
  );

  r.post(
    '/api/organisations/:orgId/methods',
    {
      bodyLimit: 1024 * 1024,
      schema: {
        tags,
        params: orgParams,
        body: z.strictObject({
          name: z.string().trim().min(1).max(200),
          summary: z.string().trim().max(2_000).default(''),
          locale: z.enum(['fr', 'en']),
          sequences: z.array(z.unknown()).min(1).max(50),
        }),
        response: { 201: z.object({ method: z.any() }), ...errorResponses },
      },
    },
    async (request, reply) => {
      const { orgId } = request.params;
      const { user } = await requireMember(db, request, orgId, 'write');
      const library = await organisationLibrary(db, orgId);
      const { sequence } = createDesignSchemas({ isKnownMethod: (id) => library.has(id) });
      const sequences = request.body.sequences.map((s, i) => {
        const parsed = sequence.safeParse(s);
        if (parsed.success) return parsed.data;
        const issue = parsed.error.issues[0];
        throw new AppError('VALIDATION_FAILED', `sequences.${i}.${issue?.path.join('.')}: ${issue?.message}`);
      });
      const method = methodFromSequences({
        id: `org-${randomUUID()}`,
        name: request.body.name,
        summary: request.body.summary,
        sequences,
      });
      await db
        .insertInto('organisation_methods')
        .values({
          organisation_id: orgId,
          id: method.id,
          method: JSON.stringify(method),
          created_by: user.id,
        })
        .execute();
      return reply.status(201).send({ method: present(method, true) });
    },
  );

  r.delete(
    '/api/organisations/:orgId/methods/:methodId',
    {
      schema: {
        tags,
        params: z.strictObject({ orgId: uuid, methodId: z.string().min(1).max(100) }),
        response: { 204: z.null(), ...errorResponses },
      },
    },
    async (request, reply) => {
      await requireMember(db, request, request.params.orgId, 'write');
      const res = await db
        .deleteFrom('organisation_methods')
        .where('organisation_id', '=', request.params.orgId)
        .where('id', '=', request.params.methodId)
        .executeTakeFirst();
      if (Number(res.numDeletedRows) !== 1) throw new AppError('NOT_FOUND');
      return reply.status(204).send(null);
    },
  );
}
