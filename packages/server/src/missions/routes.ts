/**
 * Missions as documents: create (blank, from a template, from an archive),
 * read with run-of-show warnings, save with optimistic concurrency, the
 * dashboard, opening a workshop live, and the downloads.
 */
import { LIMITS, MISSION_TEMPLATES } from '@cercle/core';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../context.ts';
import { AppError } from '../errors.ts';
import { errorResponses, orgParams, uuid } from '../http/schemas.ts';
import { openLiveSession } from '../live/open-session.ts';
import { presentSession } from '../live/present.ts';
import { organisationLibrary } from '../methods/organisation-library.ts';
import { requireMember } from '../organisations/access.ts';
import { buildArchive, importArchive } from './archive.ts';
import { createBlankMission, createMissionFromTemplate } from './create-mission.ts';
import { missionDashboard } from './dashboard.ts';
import { deleteMission, listMissions, loadMission, saveMission } from './mission-store.ts';
import { presentMission } from './present.ts';
import { validateMission } from './validate.ts';

const tags = ['missions'];
/**
 * Big enough that an oversized text is refused by the design schema, which names the field
 * ("context must be at most 10000 characters"), rather than by the body limit.
 */
const MISSION_BODY_LIMIT = 16 * 1024 * 1024;
const day = z.iso.date();
const locale = z.enum(['fr', 'en']);
const missionParams = z.strictObject({ orgId: uuid, missionId: uuid });
const workshopParams = z.strictObject({
  orgId: uuid,
  missionId: uuid,
  workshopId: z.string().min(1).max(100),
});
/** The document itself is validated by the design schemas of @cercle/core, which name the failing field. */
const missionAnswer = z.object({
  mission: z.any(),
  version: z.number(),
  warnings: z.record(z.string(), z.any()),
});
const summary = z.object({
  id: z.string(),
  title: z.string(),
  clientName: z.string(),
  startsOn: z.string(),
  endsOn: z.string(),
  status: z.string(),
  locale: z.string(),
  version: z.number(),
  updatedAt: z.string(),
});

export function missionRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = ctx;
  const answer = async (orgId: string, stored: Awaited<ReturnType<typeof loadMission>>) =>
    presentMission(stored, await organisationLibrary(db, orgId));

  r.get(
    '/api/mission-templates',
    {
      schema: {
        tags,
        response: {
          200: z.object({
            templates: z.array(
              z.object({
                id: z.string(),
                title: z.object({ fr: z.string(), en: z.string() }),
                summary: z.object({ fr: z.string(), en: z.string() }),
                lengthDays: z.number(),
                workshops: z.number(),
              }),
            ),
          }),
          ...errorResponses,
        },
      },
    },
    async () => ({
      templates: MISSION_TEMPLATES.map((t) => ({
        id: t.id,
        title: t.name,
        summary: t.summary,
        lengthDays: t.lengthDays,
        workshops: t.steps.filter((s) => s.kind === 'workshop').length,
      })),
    }),
  );

  r.get(
    '/api/organisations/:orgId/missions',
    {
      schema: {
        tags,
        params: orgParams,
        response: { 200: z.object({ missions: z.array(summary) }), ...errorResponses },
      },
    },
    async (request) => {
      await requireMember(db, request, request.params.orgId, 'read');
      return { missions: await listMissions(db, request.params.orgId) };
    },
  );

  r.post(
    '/api/organisations/:orgId/missions',
    {
      schema: {
        tags,
        params: orgParams,
        body: z.strictObject({
          title: z.string().trim().min(1).max(200),
          clientName: z.string().trim().max(200).default(''),
          context: z.string().trim().max(10_000).default(''),
          startsOn: day.default(() => new Date().toISOString().slice(0, 10)),
          endsOn: day.nullable().default(null),
          locale: locale.default('fr'),
        }),
        response: { 201: missionAnswer, ...errorResponses },
      },
    },
    async (request, reply) => {
      await requireMember(db, request, request.params.orgId, 'write');
      const stored = await createBlankMission(db, request.params.orgId, request.body);
      return reply.status(201).send(await answer(request.params.orgId, stored));
    },
  );

  r.post(
    '/api/organisations/:orgId/missions/from-template',
    {
      schema: {
        tags,
        params: orgParams,
        body: z.strictObject({
          templateId: z.string().min(1).max(100),
          startsOn: day,
          locale: locale.default('fr'),
        }),
        response: { 201: missionAnswer, ...errorResponses },
      },
    },
    async (request, reply) => {
      await requireMember(db, request, request.params.orgId, 'write');
      const stored = await createMissionFromTemplate(db, request.params.orgId, request.body);
      return reply.status(201).send(await answer(request.params.orgId, stored));
    },
  );

  r.post(
    '/api/organisations/:orgId/missions/import',
    {
      bodyLimit: MISSION_BODY_LIMIT,
      schema: {
        tags,
        params: orgParams,
        body: z.record(z.string(), z.unknown()),
        response: { 201: missionAnswer, ...errorResponses },
      },
    },
    async (request, reply) => {
      const { user } = await requireMember(db, request, request.params.orgId, 'write');
      const stored = await importArchive(db, request.params.orgId, user.id, request.body);
      return reply.status(201).send(await answer(request.params.orgId, stored));
    },
  );

  r.get(
    '/api/organisations/:orgId/missions/:missionId',
    { schema: { tags, params: missionParams, response: { 200: missionAnswer, ...errorResponses } } },
    async (request) => {
      await requireMember(db, request, request.params.orgId, 'read');
      return answer(
        request.params.orgId,
        await loadMission(db, request.params.orgId, request.params.missionId),
      );
    },
  );

  r.put(
    '/api/organisations/:orgId/missions/:missionId',
    {
      bodyLimit: MISSION_BODY_LIMIT,
      schema: {
        tags,
        params: missionParams,
        body: z.strictObject({ mission: z.unknown(), version: z.number().int().min(1) }),
        response: { 200: missionAnswer, ...errorResponses },
      },
    },
    async (request) => {
      const { orgId, missionId } = request.params;
      await requireMember(db, request, orgId, 'write');
      const library = await organisationLibrary(db, orgId);
      const mission = validateMission(request.body.mission, library);
      if (mission.id !== missionId)
        throw new AppError('VALIDATION_FAILED', 'mission.id: must be the id in the address');
      return presentMission(await saveMission(db, orgId, mission, request.body.version), library);
    },
  );

  r.delete(
    '/api/organisations/:orgId/missions/:missionId',
    { schema: { tags, params: missionParams, response: { 204: z.null(), ...errorResponses } } },
    async (request, reply) => {
      await requireMember(db, request, request.params.orgId, 'write');
      await deleteMission(db, request.params.orgId, request.params.missionId);
      return reply.status(204).send(null);
    },
  );

  r.get(
    '/api/organisations/:orgId/missions/:missionId/dashboard',
    {
      schema: {
        tags,
        params: missionParams,
        response: { 200: z.object({ steps: z.array(z.any()) }), ...errorResponses },
      },
    },
    async (request) => {
      await requireMember(db, request, request.params.orgId, 'read');
      const { mission } = await loadMission(db, request.params.orgId, request.params.missionId);
      return missionDashboard(db, request.params.orgId, mission);
    },
  );

  r.post(
    '/api/organisations/:orgId/missions/:missionId/workshops/:workshopId/live-sessions',
    {
      schema: {
        tags,
        params: workshopParams,
        response: { 201: z.object({ session: z.any() }), ...errorResponses },
      },
    },
    async (request, reply) => {
      const { orgId, missionId, workshopId } = request.params;
      const { user } = await requireMember(db, request, orgId, 'write');
      const { mission } = await loadMission(db, orgId, missionId);
      const workshop = mission.steps.find((s) => s.workshop?.id === workshopId)?.workshop;
      if (!workshop) throw new AppError('NOT_FOUND');
      const session = await openLiveSession(db, {
        organisationId: orgId,
        missionId,
        workshopId,
        title: workshop.title.slice(0, LIMITS.sessionTitleMax),
        createdBy: user.id,
      });
      return reply.status(201).send({ session: presentSession(ctx.config, session, 0) });
    },
  );

  r.get(
    '/api/organisations/:orgId/missions/:missionId/archive.json',
    { schema: { tags, params: missionParams } },
    async (request, reply) => {
      await requireMember(db, request, request.params.orgId, 'read');
      const { mission } = await loadMission(db, request.params.orgId, request.params.missionId);
      const archive = await buildArchive(db, request.params.orgId, mission);
      return reply
        .header('content-disposition', attachment(`${mission.title}.cercle.json`))
        .type('application/json; charset=utf-8')
        .send(JSON.stringify(archive, null, 2));
    },
  );
}

/** A download name that survives accents and quotes (RFC 6266 with an ASCII fallback). */
export function attachment(filename: string): string {
  const ascii = filename
    .normalize('NFD')
    .replace(/[^\x20-\x7E]/g, '')
    .replace(/["\\/]/g, '-');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(filename.replace(/[/\\]/g, '-'))}`;
}
