import { LIMITS } from '@cercle/core';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../context.ts';
import { AppError } from '../errors.ts';
import { clearSessionCookie, currentUser, requireUser, setSessionCookie } from '../http/auth.ts';
import { email, errorResponses, personName } from '../http/schemas.ts';
import { createAuthSession, destroyAuthSession } from './auth-sessions.ts';
import { logIn } from './log-in.ts';
import { signUp } from './sign-up.ts';

const password = z.string().min(LIMITS.passwordMin).max(LIMITS.passwordMax);
const userSchema = z.object({ id: z.string(), email: z.string(), name: z.string() });
const authAnswer = z.object({ user: userSchema, csrfToken: z.string() });
/** Login and sign-up are the brute-force targets: a tight per-address limit. */
const authRateLimit = { rateLimit: { max: 20, timeWindow: '1 minute' } };

export function accountRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db, config } = ctx;

  r.post(
    '/api/auth/signup',
    {
      config: authRateLimit,
      schema: {
        tags: ['accounts'],
        body: z.strictObject({ email, password, name: personName }),
        response: { 201: authAnswer, ...errorResponses },
      },
    },
    async (request, reply) => {
      const user = await signUp(db, request.body);
      const { cookie, csrfToken } = await createAuthSession(db, user.id);
      setSessionCookie(reply, cookie, config.secure);
      return reply.status(201).send({ user, csrfToken });
    },
  );

  r.post(
    '/api/auth/login',
    {
      config: authRateLimit,
      schema: {
        tags: ['accounts'],
        body: z.strictObject({ email, password: z.string().min(1).max(LIMITS.passwordMax) }),
        response: { 200: authAnswer, ...errorResponses },
      },
    },
    async (request, reply) => {
      const user = await logIn(db, ctx.loginThrottle, request.body);
      const { cookie, csrfToken } = await createAuthSession(db, user.id);
      setSessionCookie(reply, cookie, config.secure);
      return { user, csrfToken };
    },
  );

  r.post(
    '/api/auth/logout',
    { schema: { tags: ['accounts'], response: { 204: z.null(), ...errorResponses } } },
    async (request, reply) => {
      const user = await requireUser(db, request);
      await destroyAuthSession(db, user.sessionId);
      clearSessionCookie(reply, config.secure);
      return reply.status(204).send(null);
    },
  );

  r.get(
    '/api/auth/me',
    {
      schema: {
        tags: ['accounts'],
        response: {
          200: authAnswer.extend({
            memberships: z.array(
              z.object({ organisation: z.object({ id: z.string(), name: z.string() }), role: z.string() }),
            ),
          }),
          ...errorResponses,
        },
      },
    },
    async (request) => {
      const user = await currentUser(db, request);
      if (!user) throw new AppError('UNAUTHENTICATED');
      const rows = await db
        .selectFrom('memberships as m')
        .innerJoin('organisations as o', 'o.id', 'm.organisation_id')
        .select(['o.id', 'o.name', 'm.role'])
        .where('m.user_id', '=', user.id)
        .orderBy('o.name')
        .execute();
      return {
        user: { id: user.id, email: user.email, name: user.name },
        csrfToken: user.csrfToken,
        memberships: rows.map((m) => ({ organisation: { id: m.id, name: m.name }, role: m.role })),
      };
    },
  );
}
