/**
 * Missions, minimal for now (title, client, context, dates): the design
 * issue grows them into steps, workshops and runs of show.
 */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../context.ts';
import type { Db } from '../db/database.ts';
import { AppError } from '../errors.ts';
import { errorResponses, orgParams, uuid } from '../http/schemas.ts';
import { requireMember } from '../organisations/access.ts';

const day = z.iso.date();
export const missionInput = z.strictObject({
  title: z.string().trim().min(1).max(200),
  clientName: z.string().trim().max(200).default(''),
  context: z.string().trim().max(10_000).default(''),
  startsOn: day.nullable().default(null),
  endsOn: day.nullable().default(null),
});
const missionSchema = z.object({
  id: z.string(),
  title: z.string(),
  clientName: z.string(),
  context: z.string(),
  startsOn: z.string().nullable(),
  endsOn: z.string().nullable(),
  status: z.string(),
  createdAt: z.string(),
});
const tags = ['missions'];

const columns = [
  'id',
  'title',
  'client_name as clientName',
  'context',
  'starts_on as startsOn',
  'ends_on as endsOn',
  'status',
  'created_at as createdAt',
] as const;

interface MissionRow {
  id: string;
  title: string;
  clientName: string;
  context: string;
  startsOn: unknown;
  endsOn: unknown;
  status: string;
  createdAt: Date;
}

const present = (m: MissionRow) => ({
  ...m,
  startsOn: isoDay(m.startsOn),
  endsOn: isoDay(m.endsOn),
  createdAt: new Date(m.createdAt).toISOString(),
});
const isoDay = (d: unknown) =>
  d == null ? null : d instanceof Date ? d.toISOString().slice(0, 10) : String(d).slice(0, 10);

export async function createMission(db: Db, organisationId: string, input: z.output<typeof missionInput>) {
  return db
    .insertInto('missions')
    .values({
      organisation_id: organisationId,
      title: input.title,
      client_name: input.clientName,
      context: input.context,
      starts_on: input.startsOn,
      ends_on: input.endsOn,
    })
    .returning(columns)
    .executeTakeFirstOrThrow();
}

export function missionRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = ctx;

  r.get(
    '/api/organisations/:orgId/missions',
    {
      schema: {
        tags,
        params: orgParams,
        response: { 200: z.object({ missions: z.array(missionSchema) }), ...errorResponses },
      },
    },
    async (request) => {
      await requireMember(db, request, request.params.orgId, 'read');
      const rows = await db
        .selectFrom('missions')
        .select(columns)
        .where('organisation_id', '=', request.params.orgId)
        .orderBy('created_at', 'desc')
        .execute();
      return { missions: rows.map(present) };
    },
  );

  r.post(
    '/api/organisations/:orgId/missions',
    {
      schema: {
        tags,
        params: orgParams,
        body: missionInput,
        response: { 201: z.object({ mission: missionSchema }), ...errorResponses },
      },
    },
    async (request, reply) => {
      await requireMember(db, request, request.params.orgId, 'write');
      const mission = await createMission(db, request.params.orgId, request.body);
      return reply.status(201).send({ mission: present(mission) });
    },
  );

  r.get(
    '/api/organisations/:orgId/missions/:missionId',
    {
      schema: {
        tags,
        params: z.strictObject({ orgId: uuid, missionId: uuid }),
        response: { 200: z.object({ mission: missionSchema }), ...errorResponses },
      },
    },
    async (request) => {
      await requireMember(db, request, request.params.orgId, 'read');
      const mission = await db
        .selectFrom('missions')
        .select(columns)
        .where('organisation_id', '=', request.params.orgId)
        .where('id', '=', request.params.missionId)
        .executeTakeFirst();
      if (!mission) throw new AppError('NOT_FOUND');
      return { mission: present(mission) };
    },
  );
}
