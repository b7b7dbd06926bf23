/**
 * Group plans of a live session (GROUPS-LIVE-1, 2): the server makes them because they need the
 * roster and its join answers, then appends the plan to the room's log as a `groups.planned`
 * event, so every screen sees it at once and replays never search again. The day's moves
 * (rounds, swaps, interview roles) go over the socket (core/src/live/groups-decide.ts).
 */
import { randomUUID } from 'node:crypto';
import {
  carryLedger,
  type EncounterLedger,
  GROUPING_LIMITS,
  type GroupingFailure,
  type GroupPlan,
  makeGroupPlan,
  peopleOf,
  playedLedger,
  type RosterPerson,
  replanGroupPlan,
} from '@cercle/core';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../context.ts';
import type { Db } from '../db/database.ts';
import { AppError } from '../errors.ts';
import { errorResponses, uuid } from '../http/schemas.ts';
import { type SessionRow, sessionInOrg } from '../live/lookups.ts';
import { namesOf } from '../openspace/routes.ts';
import { requireMember } from '../organisations/access.ts';

const tags = ['groups'];
const params = z.strictObject({ orgId: uuid, sessionId: uuid });
const BASE = '/api/organisations/:orgId/live-sessions/:sessionId/groups';
const ids = z.array(z.string().min(1).max(64)).max(GROUPING_LIMITS.maxPeople);
const seed = z
  .number()
  .int()
  .min(0)
  .max(2 ** 31 - 1);

const DEFAULT_TITLES = {
  tables: 'Tables',
  'world-cafe': 'World Café',
  interviews: 'Interviews',
  foursomes: 'Foursomes',
} as const;

const planBody = z.strictObject({
  kind: z.enum(['tables', 'world-cafe', 'interviews', 'foursomes']),
  title: z.string().trim().min(1).max(120).optional(),
  mode: z.enum(['random', 'mixed', 'homogeneous']).optional(),
  size: z.number().int().min(2).max(GROUPING_LIMITS.maxPeople).optional(),
  rounds: z.number().int().min(1).max(GROUPING_LIMITS.maxRounds).optional(),
  hosts: ids.optional(),
  attributes: z.array(z.string().min(1).max(40)).max(20).optional(),
  participants: ids.optional(),
  /** One round of tables: sets of people who must not share a table, or must (FORM-6). */
  apart: z.array(ids.min(2).max(50)).max(100).optional(),
  together: z.array(ids.min(2).max(50)).max(100).optional(),
  seed: seed.optional(),
});

const planResponse = z.object({
  plan: z.any(),
  seq: z.number(),
  diversity: z.any(),
  warnings: z.array(z.string()),
});

/** The session's participants with their join answers, in order of arrival. */
async function rosterOf(db: Db, sessionId: string): Promise<RosterPerson[]> {
  const rows = await db
    .selectFrom('participants')
    .select(['id', 'nickname', 'attributes'])
    .where('live_session_id', '=', sessionId)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  return rows.map((p) => ({ id: p.id, nickname: p.nickname, attributes: p.attributes ?? {} }));
}

/** A grouping refusal as a 400 whose message says why (GROUP-*, ROT-*, FORM-* rules). */
function refused(failure: GroupingFailure): AppError {
  return new AppError('VALIDATION_FAILED', `${failure.message} (${failure.rule})`);
}

const randomSeed = () => Math.floor(Math.random() * 2 ** 31);

export function groupRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = ctx;

  async function load(orgId: string, sessionId: string) {
    const session = await sessionInOrg(db, orgId, sessionId);
    const state = await ctx.hub.stateOf(session.id);
    if (state.closed) throw new AppError('SESSION_CLOSED');
    const roster = await rosterOf(db, session.id);
    return { session, state, roster, missionLedger: await missionLedgerOf(session, roster) };
  }

  /** GROUPS-LIVE-8: who met whom in the mission's other sessions, carried over by nickname. */
  async function missionLedgerOf(session: SessionRow, roster: RosterPerson[]): Promise<EncounterLedger> {
    if (!session.missionId) return {};
    const others = await db
      .selectFrom('live_sessions')
      .select('id')
      .where('organisation_id', '=', session.organisationId)
      .where('mission_id', '=', session.missionId)
      .where('id', '!=', session.id)
      .execute();
    const ledgers = [];
    for (const other of others) {
      const groups = (await ctx.hub.stateOf(other.id)).groups;
      if (!groups) continue;
      ledgers.push({ ledger: playedLedger(groups), names: await namesOf(db, other.id) });
    }
    return carryLedger(ledgers, roster);
  }

  async function publish(sessionId: string, plan: GroupPlan, replanned: boolean): Promise<number> {
    return ctx.hub.appendSystemEvent(sessionId, {
      type: 'groups.planned',
      data: { plan, ...(replanned ? { replanned } : {}) },
    });
  }

  r.post(
    BASE,
    { schema: { tags, params, body: planBody, response: { 201: planResponse, ...errorResponses } } },
    async (request, reply) => {
      await requireMember(db, request, request.params.orgId, 'write');
      const { session, state, roster, missionLedger } = await load(
        request.params.orgId,
        request.params.sessionId,
      );
      const body = request.body;
      let people = roster;
      if (body.participants) {
        const known = new Map(roster.map((p) => [p.id, p]));
        const unknown = body.participants.find((id) => !known.has(id));
        if (unknown)
          throw new AppError('VALIDATION_FAILED', `participants: ${unknown} has not joined this session`);
        people = body.participants.map((id) => known.get(id) as RosterPerson);
      }
      if (body.kind !== 'foursomes' && people.length < 2)
        throw new AppError(
          'VALIDATION_FAILED',
          `Groups need at least 2 participants; ${people.length} joined.`,
        );
      const made = makeGroupPlan(
        {
          kind: body.kind,
          title: body.title ?? DEFAULT_TITLES[body.kind],
          ...(body.mode ? { mode: body.mode } : {}),
          ...(body.size ? { size: body.size } : {}),
          ...(body.rounds ? { rounds: body.rounds } : {}),
          ...(body.hosts ? { hosts: body.hosts } : {}),
          ...(body.attributes ? { attributes: body.attributes } : {}),
          ...(body.apart ? { apart: body.apart } : {}),
          ...(body.together ? { together: body.together } : {}),
          seed: body.seed ?? randomSeed(),
        },
        people,
        state.groups,
        randomUUID(),
        missionLedger,
      );
      if (!made.ok) throw refused(made);
      const seq = await publish(session.id, made.plan, false);
      return reply
        .code(201)
        .send({ plan: made.plan, seq, diversity: made.diversity, warnings: made.plan.warnings });
    },
  );

  r.post(
    `${BASE}/replan`,
    {
      schema: {
        tags,
        params,
        body: z.strictObject({ arrivals: ids.optional(), departures: ids.optional(), seed: seed.optional() }),
        response: {
          201: planResponse.omit({ diversity: true }).extend({ moved: z.number() }),
          ...errorResponses,
        },
      },
    },
    async (request, reply) => {
      await requireMember(db, request, request.params.orgId, 'write');
      const { session, state, roster, missionLedger } = await load(
        request.params.orgId,
        request.params.sessionId,
      );
      const plan = state.groups?.plan;
      if (!plan) throw new AppError('NOT_FOUND', 'No groups are planned.');
      const inPlan = new Set(peopleOf(plan));
      const known = new Set(roster.map((p) => p.id));
      const arrivals = request.body.arrivals ?? roster.filter((p) => !inPlan.has(p.id)).map((p) => p.id);
      const unknown = arrivals.find((id) => !known.has(id));
      if (unknown)
        throw new AppError('VALIDATION_FAILED', `arrivals: ${unknown} has not joined this session`);
      const replanned = replanGroupPlan(
        state.groups,
        roster,
        { arrivals, departures: request.body.departures ?? [], seed: request.body.seed ?? randomSeed() },
        randomUUID(),
        missionLedger,
      );
      if (!replanned.ok) throw refused(replanned);
      const seq = await publish(session.id, replanned.plan, true);
      return reply
        .code(201)
        .send({ plan: replanned.plan, seq, moved: replanned.moved, warnings: replanned.plan.warnings });
    },
  );
}
