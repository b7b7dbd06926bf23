import { checkJoinAnswers, joinQuestionSchema, LIMITS, normaliseJoinCode, tallyActivity } from '@cercle/core';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import QRCode from 'qrcode';
import { z } from 'zod';
import type { AppContext } from '../context.ts';
import type { Db } from '../db/database.ts';
import { AppError } from '../errors.ts';
import { currentUser, requireUser } from '../http/auth.ts';
import { errorResponses, orgParams, uuid } from '../http/schemas.ts';
import { requireMember } from '../organisations/access.ts';
import { joinSession } from './join-session.ts';
import {
  findParticipantByToken,
  findRole,
  findSessionByCode,
  findSessionById,
  sessionInOrg as findSessionInOrg,
  type SessionRow,
} from './lookups.ts';
import { MissCounter } from './miss-counter.ts';
import { openLiveSession } from './open-session.ts';
import { joinUrl, presentSession } from './present.ts';

const sessionSchema = z.object({
  id: z.string(),
  organisationId: z.string(),
  missionId: z.string().nullable(),
  workshopId: z.string().nullable(),
  title: z.string(),
  code: z.string(),
  status: z.enum(['open', 'closed']),
  joinUrl: z.string(),
  createdAt: z.string(),
  participantCount: z.number(),
  joinQuestions: z.array(joinQuestionSchema),
});
const sessionParams = z.strictObject({ orgId: uuid, sessionId: uuid });
const codeParams = z.strictObject({ code: z.string().min(1).max(20) });
const tags = ['live'];
/** A whole room joins from one venue address: generous per address; wrong codes are limited separately. */
const joinRateLimit = { rateLimit: { max: 600, timeWindow: '1 minute' } };

async function participantCounts(db: Db, ids: string[]): Promise<Map<string, number>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .selectFrom('participants')
    .select(['live_session_id', (eb) => eb.fn.countAll<string>().as('n')])
    .where('live_session_id', 'in', ids)
    .groupBy('live_session_id')
    .execute();
  return new Map(rows.map((r) => [r.live_session_id, Number(r.n)]));
}

export function liveRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db, config } = ctx;
  // A venue of people mistyping stays well under the limit; guessing codes stays slow.
  const wrongCodes = new MissCounter(LIMITS.joinCodeMisses, LIMITS.joinCodeMissWindowMs);

  const presentOne = async (s: SessionRow) =>
    presentSession(config, s, (await participantCounts(db, [s.id])).get(s.id) ?? 0);

  const sessionInOrg = (orgId: string, sessionId: string) => findSessionInOrg(db, orgId, sessionId);

  /** Resolves a typed code, counting misses against the caller's address. */
  async function sessionByCode(request: FastifyRequest, raw: string): Promise<SessionRow> {
    if (wrongCodes.blocked(request.ip)) throw new AppError('RATE_LIMITED');
    const code = normaliseJoinCode(raw);
    const session = code ? await findSessionByCode(db, code) : undefined;
    if (!session) {
      wrongCodes.miss(request.ip);
      throw new AppError('JOIN_CODE_NOT_FOUND');
    }
    return session;
  }

  r.get(
    '/api/organisations/:orgId/live-sessions',
    {
      schema: {
        tags,
        params: orgParams,
        response: { 200: z.object({ sessions: z.array(sessionSchema) }), ...errorResponses },
      },
    },
    async (request) => {
      await requireMember(db, request, request.params.orgId, 'read');
      const rows = await db
        .selectFrom('live_sessions')
        .select('id')
        .where('organisation_id', '=', request.params.orgId)
        .orderBy('created_at', 'desc')
        .execute();
      const sessions = (await Promise.all(rows.map((row) => findSessionById(db, row.id)))) as SessionRow[];
      const counts = await participantCounts(
        db,
        sessions.map((s) => s.id),
      );
      return { sessions: sessions.map((s) => presentSession(config, s, counts.get(s.id) ?? 0)) };
    },
  );

  r.post(
    '/api/organisations/:orgId/live-sessions',
    {
      schema: {
        tags,
        params: orgParams,
        body: z.strictObject({
          title: z.string().trim().min(1).max(LIMITS.sessionTitleMax),
          missionId: uuid.nullable().optional(),
        }),
        response: { 201: z.object({ session: sessionSchema }), ...errorResponses },
      },
    },
    async (request, reply) => {
      const { user } = await requireMember(db, request, request.params.orgId, 'write');
      const session = await openLiveSession(db, {
        organisationId: request.params.orgId,
        title: request.body.title,
        missionId: request.body.missionId ?? null,
        createdBy: user.id,
      });
      return reply.status(201).send({ session: presentSession(config, session, 0) });
    },
  );

  r.get(
    '/api/organisations/:orgId/live-sessions/:sessionId',
    {
      schema: {
        tags,
        params: sessionParams,
        response: { 200: z.object({ session: sessionSchema }), ...errorResponses },
      },
    },
    async (request) => {
      await requireMember(db, request, request.params.orgId, 'read');
      return {
        session: await presentOne(await sessionInOrg(request.params.orgId, request.params.sessionId)),
      };
    },
  );

  r.post(
    '/api/organisations/:orgId/live-sessions/:sessionId/close',
    {
      schema: {
        tags,
        params: sessionParams,
        response: { 200: z.object({ session: sessionSchema }), ...errorResponses },
      },
    },
    async (request) => {
      await requireMember(db, request, request.params.orgId, 'write');
      const session = await sessionInOrg(request.params.orgId, request.params.sessionId);
      if (session.status === 'open')
        await ctx.hub.appendSystemEvent(session.id, { type: 'session.closed', data: {} });
      return { session: await presentOne((await findSessionById(db, session.id)) as SessionRow) };
    },
  );

  r.get(
    '/api/organisations/:orgId/live-sessions/:sessionId/results',
    {
      schema: {
        tags,
        params: sessionParams,
        response: {
          200: z.object({
            sequence: z.any(),
            activities: z.array(z.object({ activity: z.any(), result: z.any() })),
          }),
          ...errorResponses,
        },
      },
    },
    async (request) => {
      await requireMember(db, request, request.params.orgId, 'read');
      const session = await sessionInOrg(request.params.orgId, request.params.sessionId);
      const state = await ctx.hub.stateOf(session.id);
      // Results are filed per activity, each under the run-of-show sequence it belongs to.
      return {
        sequence: state.sequence,
        activities: state.activities.map((activity) => ({
          activity,
          result: tallyActivity(activity, state),
        })),
      };
    },
  );

  r.get(
    '/api/live-sessions/by-code/:code',
    {
      schema: {
        tags,
        params: codeParams,
        response: { 200: z.object({ session: sessionSchema }), ...errorResponses },
      },
    },
    async (request) => {
      const user = await requireUser(db, request);
      const code = normaliseJoinCode(request.params.code);
      const session = code ? await findSessionByCode(db, code) : undefined;
      if (!session || !(await findRole(db, session.organisationId, user.id))) throw new AppError('NOT_FOUND');
      return { session: await presentOne(session) };
    },
  );

  // ---- participants ----------------------------------------------------------------------------

  const publicSession = z.object({
    title: z.string(),
    code: z.string(),
    status: z.enum(['open', 'closed']),
    joinQuestions: z.array(joinQuestionSchema),
  });
  const participantSchema = z.object({ id: z.string(), nickname: z.string() });

  r.get(
    '/api/join/:code',
    {
      config: joinRateLimit,
      schema: {
        tags,
        params: codeParams,
        response: { 200: z.object({ session: publicSession }), ...errorResponses },
      },
    },
    async (request) => {
      const s = await sessionByCode(request, request.params.code);
      return { session: { title: s.title, code: s.code, status: s.status, joinQuestions: s.joinQuestions } };
    },
  );

  r.post(
    '/api/join/:code',
    {
      config: joinRateLimit,
      schema: {
        tags,
        params: codeParams,
        body: z.strictObject({
          nickname: z.string().trim().min(LIMITS.nicknameMin).max(LIMITS.nicknameMax),
          /** Answers to the session's join questions (JOIN-1). */
          attributes: z.record(z.string().max(40), z.unknown()).default({}),
        }),
        response: {
          201: z.object({ participant: participantSchema, token: z.string(), sessionId: z.string() }),
          ...errorResponses,
        },
      },
    },
    async (request, reply) => {
      const session = await sessionByCode(request, request.params.code);
      if (session.status !== 'open') throw new AppError('SESSION_CLOSED');
      const answers = checkJoinAnswers(session.joinQuestions, request.body.attributes);
      if (!answers.ok) throw new AppError('VALIDATION_FAILED', answers.message);
      return reply
        .status(201)
        .send(await joinSession(db, session, request.body.nickname, answers.attributes));
    },
  );

  r.get(
    '/api/join/:code/me',
    {
      config: joinRateLimit,
      schema: {
        tags,
        params: codeParams,
        headers: z.object({ authorization: z.string().max(300).optional() }),
        response: {
          200: z.object({ participant: participantSchema, sessionId: z.string() }),
          ...errorResponses,
        },
      },
    },
    async (request) => {
      const token = request.headers.authorization?.replace(/^Bearer\s+/i, '');
      const found = token ? await findParticipantByToken(db, token) : undefined;
      const code = normaliseJoinCode(request.params.code);
      if (!found || found.session.code !== code) throw new AppError('INVALID_TOKEN');
      return { participant: found.participant, sessionId: found.session.id };
    },
  );

  for (const format of ['svg', 'png'] as const) {
    r.get(
      `/api/join/:code/qr.${format}`,
      { config: joinRateLimit, schema: { tags, params: codeParams } },
      async (request, reply) => {
        const session = await sessionByCode(request, request.params.code);
        const url = joinUrl(config, session.code);
        reply.header('cache-control', 'public, max-age=3600');
        if (format === 'svg') {
          const svg = await QRCode.toString(url, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
          return reply.type('image/svg+xml').send(svg);
        }
        const png = await QRCode.toBuffer(url, {
          type: 'png',
          errorCorrectionLevel: 'M',
          margin: 2,
          width: 512,
        });
        return reply.type('image/png').send(png);
      },
    );
  }

  // ---- the hub ---------------------------------------------------------------------------------

  const allowedOrigin = new URL(config.publicUrl).origin;
  const socketUsers = new WeakMap<FastifyRequest, string | null>();
  r.get(
    '/api/live/ws',
    {
      websocket: true,
      schema: { tags, hide: true },
      preValidation: async (request) => {
        // Browsers always send Origin on upgrade: a page from another site cannot ride a facilitator's cookie.
        const origin = request.headers.origin;
        if (origin !== undefined && origin !== allowedOrigin && !isSameHost(origin, request)) {
          throw new AppError('ORIGIN_FORBIDDEN');
        }
        // Resolved before the upgrade: the socket handler must attach its listeners synchronously.
        socketUsers.set(request, (await currentUser(db, request))?.id ?? null);
      },
    },
    (socket, request) => {
      ctx.hub.accept(socket, socketUsers.get(request) ?? null);
    },
  );
}

/** The origin matches the Host the request came to (a local dev port, a second hostname). */
function isSameHost(origin: string, request: FastifyRequest): boolean {
  try {
    return new URL(origin).host === request.headers.host;
  } catch {
    return false;
  }
}
