import { LIMITS } from '@cercle/core';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../context.ts';
import { AppError } from '../errors.ts';
import { requireUser } from '../http/auth.ts';
import { errorResponses, orgParams, role, uuid } from '../http/schemas.ts';
import { requireMember } from './access.ts';
import { acceptInvitation, createInvitation, findOpenInvitation } from './invitations.ts';
import { removeMember } from './remove-member.ts';

const organisationSchema = z.object({ id: z.string(), name: z.string(), role });
const tags = ['organisations'];

export function organisationRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = ctx;

  r.get(
    '/api/organisations',
    {
      schema: {
        tags,
        response: { 200: z.object({ organisations: z.array(organisationSchema) }), ...errorResponses },
      },
    },
    async (request) => {
      const user = await requireUser(db, request);
      const organisations = await db
        .selectFrom('memberships as m')
        .innerJoin('organisations as o', 'o.id', 'm.organisation_id')
        .select(['o.id', 'o.name', 'm.role'])
        .where('m.user_id', '=', user.id)
        .orderBy('o.name')
        .execute();
      return { organisations };
    },
  );

  r.post(
    '/api/organisations',
    {
      schema: {
        tags,
        body: z.strictObject({ name: z.string().trim().min(1).max(LIMITS.organisationNameMax) }),
        response: { 201: z.object({ organisation: organisationSchema }), ...errorResponses },
      },
    },
    async (request, reply) => {
      const user = await requireUser(db, request);
      const organisation = await db.transaction().execute(async (trx) => {
        const org = await trx
          .insertInto('organisations')
          .values({ name: request.body.name })
          .returning(['id', 'name'])
          .executeTakeFirstOrThrow();
        await trx
          .insertInto('memberships')
          .values({ organisation_id: org.id, user_id: user.id, role: 'owner' })
          .execute();
        return { ...org, role: 'owner' as const };
      });
      return reply.status(201).send({ organisation });
    },
  );

  r.get(
    '/api/organisations/:orgId',
    {
      schema: {
        tags,
        params: orgParams,
        response: { 200: z.object({ organisation: organisationSchema }), ...errorResponses },
      },
    },
    async (request) => {
      const { role } = await requireMember(db, request, request.params.orgId, 'read');
      const org = await db
        .selectFrom('organisations')
        .select(['id', 'name'])
        .where('id', '=', request.params.orgId)
        .executeTakeFirstOrThrow();
      return { organisation: { ...org, role } };
    },
  );

  r.get(
    '/api/organisations/:orgId/members',
    {
      schema: {
        tags,
        params: orgParams,
        response: {
          200: z.object({
            members: z.array(
              z.object({
                userId: z.string(),
                name: z.string(),
                email: z.string(),
                role,
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
      const rows = await db
        .selectFrom('memberships as m')
        .innerJoin('users as u', 'u.id', 'm.user_id')
        .select(['u.id', 'u.name', 'u.email', 'm.role', 'm.created_at'])
        .where('m.organisation_id', '=', request.params.orgId)
        .orderBy('u.name')
        .execute();
      return {
        members: rows.map((m) => ({
          userId: m.id,
          name: m.name,
          email: m.email,
          role: m.role,
          joinedAt: new Date(m.created_at).toISOString(),
        })),
      };
    },
  );

  r.delete(
    '/api/organisations/:orgId/members/:userId',
    {
      schema: {
        tags,
        params: z.strictObject({ orgId: uuid, userId: uuid }),
        response: { 204: z.null(), ...errorResponses },
      },
    },
    async (request, reply) => {
      const { orgId, userId } = request.params;
      // Anyone may leave; only owners remove others.
      const member = await requireMember(db, request, orgId, 'read');
      if (member.user.id !== userId && member.role !== 'owner') throw new AppError('FORBIDDEN');
      await removeMember(db, orgId, userId);
      await ctx.hub.memberRemoved(orgId, userId);
      return reply.status(204).send(null);
    },
  );

  r.post(
    '/api/organisations/:orgId/invitations',
    {
      schema: {
        tags,
        params: orgParams,
        body: z.strictObject({ role }),
        response: {
          201: z.object({
            invitation: z.object({ token: z.string(), url: z.string(), role, expiresAt: z.string() }),
          }),
          ...errorResponses,
        },
      },
    },
    async (request, reply) => {
      const { user } = await requireMember(db, request, request.params.orgId, 'manage');
      const { token, expiresAt } = await createInvitation(db, {
        organisationId: request.params.orgId,
        role: request.body.role,
        createdBy: user.id,
      });
      return reply.status(201).send({
        invitation: {
          token,
          url: `${ctx.config.publicUrl}/invite/${token}`,
          role: request.body.role,
          expiresAt: expiresAt.toISOString(),
        },
      });
    },
  );

  const tokenParams = z.strictObject({ token: z.string().min(10).max(100) });

  r.get(
    '/api/invitations/:token',
    {
      config: { rateLimit: { max: 30, timeWindow: '1 minute' } },
      schema: {
        tags,
        params: tokenParams,
        response: {
          200: z.object({
            invitation: z.object({ organisationName: z.string(), role, expiresAt: z.string() }),
          }),
          ...errorResponses,
          410: errorResponses[404],
        },
      },
    },
    async (request) => {
      const invitation = await findOpenInvitation(db, request.params.token);
      return {
        invitation: {
          organisationName: invitation.name,
          role: invitation.role,
          expiresAt: new Date(invitation.expires_at).toISOString(),
        },
      };
    },
  );

  r.post(
    '/api/invitations/:token/accept',
    {
      config: { rateLimit: { max: 30, timeWindow: '1 minute' } },
      schema: {
        tags,
        params: tokenParams,
        response: {
          200: z.object({ organisation: organisationSchema }),
          ...errorResponses,
          410: errorResponses[404],
        },
      },
    },
    async (request) => {
      const user = await requireUser(db, request);
      return { organisation: await acceptInvitation(db, request.params.token, user.id) };
    },
  );
}
